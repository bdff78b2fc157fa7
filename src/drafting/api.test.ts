import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { apiContract } from '../testing/apiContract.ts';
import { testApp } from '../testing/app.ts';

let ctx: Awaited<ReturnType<typeof testApp>>;
before(async () => {
  ctx = await testApp();
});
after(() => ctx.close());

test('API: stale edits, superseded amendments and bad agreed-language files get clear errors', async () => {
  const chair = await ctx.as('chair');
  const nzl = await ctx.as('delegate');
  const ref = await chair.request('/api/v1/agreed-language', {
    json: {
      symbol: 'A/API/1',
      title: 'API agreed text',
      consensus: true,
      filename: 'a.txt',
      contentBase64: Buffer.from('1. States should cooperate to prevent harmful ICT practices in every region of the world.').toString('base64'),
    },
  });
  assert.equal(ref.status, 201);
  const empty = await chair.request('/api/v1/agreed-language', {
    json: { symbol: 'A/API/2', title: 'Empty', filename: 'e.txt', contentBase64: Buffer.from('   ').toString('base64') },
  });
  assert.deepEqual([empty.status, (await empty.json()).error.code], [400, 'upload.empty']);
  const binary = await chair.request('/api/v1/agreed-language', {
    json: { symbol: 'A/API/3', title: 'Binary', filename: 'b.txt', contentBase64: Buffer.from([0, 1, 2, 0, 255]).toString('base64') },
  });
  assert.deepEqual([binary.status, (await binary.json()).error.code], [400, 'upload.binary']);

  const created = await (
    await chair.request('/api/v1/drafts', {
      json: { title: 'API report', paragraphs: [{ section: 'cbms', text: 'States should cooperate to prevent harmful ICT practices in every region.' }] },
    })
  ).json();
  const id = created.draft.id;
  const v0 = await (await chair.request(`/api/v1/drafts/${id}/versions/0`)).json();
  const p = v0.paragraphs[0];
  assert.equal(
    (await chair.request(`/api/v1/drafts/${id}/paragraphs/${p.id}`, { method: 'PATCH', json: { text: 'First save.', lockVersion: p.lockVersion } })).status,
    200,
  );
  const stale = await chair.request(`/api/v1/drafts/${id}/paragraphs/${p.id}`, { method: 'PATCH', json: { text: 'Second save.', lockVersion: p.lockVersion } });
  const body = await stale.json();
  assert.equal(stale.status, 409);
  assert.deepEqual([body.error.code, body.error.fields.current, body.error.fields.yours], ['draft.stale', 'First save.', 'Second save.']);

  assert.equal((await chair.request(`/api/v1/drafts/${id}/issue`, { method: 'POST' })).status, 200);
  assert.equal((await chair.request(`/api/v1/drafts/${id}/issue`, { method: 'POST' })).status, 200);
  const late = await nzl.request(`/api/v1/drafts/${id}/amendments`, { json: { version: 0, paragraph: 1, kind: 'delete', justification: 'Too late.' } });
  const lateBody = await late.json();
  assert.equal(late.status, 409);
  assert.equal(lateBody.error.code, 'amendment.superseded');
  assert.match(lateBody.error.message, new RegExp(`/drafts/${id}/v/1`));
  const ok = await nzl.request(`/api/v1/drafts/${id}/amendments`, { json: { version: 1, paragraph: 1, kind: 'delete', justification: 'On time.' } });
  assert.equal(ok.status, 201);

  const checks = await (await nzl.request(`/api/v1/drafts/${id}/versions/1/checks`)).json();
  assert.ok(Array.isArray(checks.sentences) && 'balance' in checks && Array.isArray(checks.missingPillars));
});

test('drafting API: each response is what its declared schema says', async () => {
  const api = apiContract('drafting');
  const chair = await ctx.as('chair');
  const nzl = await ctx.as('delegate');
  const fra = await ctx.as('otherDelegate');
  const pub = await ctx.as('public');
  await api.check(
    await chair.request('/api/v1/agreed-language', {
      json: {
        symbol: 'A/CONTRACT/1',
        title: 'Contract agreed text',
        consensus: true,
        filename: 'c.txt',
        contentBase64: Buffer.from('1. States should cooperate to prevent harmful ICT practices and should protect critical infrastructure.').toString(
          'base64',
        ),
      },
    }),
    'post',
    '/api/v1/agreed-language',
  );
  const ref = await api.check(await pub.request('/api/v1/agreed-language'), 'get', '/api/v1/agreed-language');
  assert.ok(ref.documents.some((d: { symbol: string }) => d.symbol === 'A/CONTRACT/1'));
  const { draft } = await api.check(
    await chair.request('/api/v1/drafts', {
      json: { title: 'Contract report', paragraphs: [{ section: 'cbms', text: 'States should cooperate to prevent harmful ICT practices.' }] },
    }),
    'post',
    '/api/v1/drafts',
  );
  const id = draft.id;
  const added = await api.check(
    await chair.request(`/api/v1/drafts/${id}/paragraphs`, { json: { section: 'norms', text: 'States should protect critical infrastructure.' } }),
    'post',
    `/api/v1/drafts/${id}/paragraphs`,
  );
  const v0 = await api.check(await chair.request(`/api/v1/drafts/${id}/versions/0`), 'get', `/api/v1/drafts/${id}/versions/0`);
  const p = v0.paragraphs.find((x: { id: number }) => x.id === added.paragraph.id);
  await api.check(
    await chair.request(`/api/v1/drafts/${id}/paragraphs/${p.id}`, {
      method: 'PATCH',
      json: { text: 'States should protect their critical infrastructure.', lockVersion: p.lockVersion },
    }),
    'patch',
    `/api/v1/drafts/${id}/paragraphs/${p.id}`,
  );
  await api.check(await chair.request(`/api/v1/drafts/${id}/issue`, { method: 'POST' }), 'post', `/api/v1/drafts/${id}/issue`);
  for (const client of [pub, chair]) await api.check(await client.request('/api/v1/drafts'), 'get', '/api/v1/drafts');
  const detail = await api.check(await pub.request(`/api/v1/drafts/${id}`), 'get', `/api/v1/drafts/${id}`);
  assert.match(detail.versions[0].issuedAt, /^\d{4}-\d{2}-\d{2}T/);
  await api.check(await pub.request(`/api/v1/drafts/${id}/versions/0/checks`), 'get', `/api/v1/drafts/${id}/versions/0/checks`);
  const { amendment } = await api.check(
    await nzl.request(`/api/v1/drafts/${id}/amendments`, {
      json: { version: 0, paragraph: 1, kind: 'replace', text: 'States shall cooperate to prevent harmful ICT practices.', justification: 'Stronger.' },
    }),
    'post',
    `/api/v1/drafts/${id}/amendments`,
  );
  await api.check(
    await fra.request(`/api/v1/amendments/${amendment.id}/reactions`, { json: { reaction: 'supports' } }),
    'post',
    `/api/v1/amendments/${amendment.id}/reactions`,
  );
  const shown = await api.check(await pub.request(`/api/v1/amendments/${amendment.id}`), 'get', `/api/v1/amendments/${amendment.id}`);
  assert.deepEqual(
    shown.amendment.supporters.map((x: { iso3: string }) => x.iso3),
    ['FRA'],
  );
  await api.check(
    await chair.request(`/api/v1/amendments/${amendment.id}/decision`, { json: { decision: 'accept' } }),
    'post',
    `/api/v1/amendments/${amendment.id}/decision`,
  );
  await api.check(await chair.request(`/api/v1/amendments/${amendment.id}`), 'get', `/api/v1/amendments/${amendment.id}`);
  await api.check(await chair.request(`/api/v1/drafts/${id}/issue`, { method: 'POST' }), 'post', `/api/v1/drafts/${id}/issue`);
  const diff = await api.check(await pub.request(`/api/v1/drafts/${id}/diff?from=0&to=1`), 'get', `/api/v1/drafts/${id}/diff`);
  assert.ok(
    diff.paragraphs.some((r: { changes: unknown[] }) => r.changes.length > 0),
    'the accepted amendment is linked',
  );
  await api.check(await pub.request('/api/v1/reference'), 'get', '/api/v1/reference');
  await api.check(await chair.request('/api/v1/reference', { json: {} }), 'post', '/api/v1/reference');
  assert.deepEqual(api.unchecked(), []);
});

test('the old reference paths answer 308 to the agreed-language ones, which a client following them can use', async () => {
  const chair = await ctx.as('chair');
  const pub = await ctx.as('public');
  const page = await pub.request('/reference?lang=fr');
  assert.deepEqual([page.status, page.headers.get('location')], [308, '/agreed-language?lang=fr']);
  const form = await chair.request('/reference', { form: { symbol: 'A/OLD/0' } });
  assert.deepEqual([form.status, form.headers.get('location')], [308, '/agreed-language']);
  const json = {
    symbol: 'A/OLD/1',
    title: 'Posted to the old path',
    consensus: true,
    filename: 'o.txt',
    contentBase64: Buffer.from('1. States should cooperate to prevent harmful ICT practices in every region.').toString('base64'),
  };
  const old = await chair.request('/api/v1/reference', { json });
  assert.deepEqual([old.status, old.headers.get('location')], [308, '/api/v1/agreed-language']);
  // What a client does on a 308: the same method and body to the Location.
  const followed = await chair.request(old.headers.get('location')!, { json });
  assert.equal(followed.status, 201);
  const list = await (await pub.request((await pub.request('/api/v1/reference')).headers.get('location')!)).json();
  assert.ok(list.documents.some((d: { symbol: string }) => d.symbol === 'A/OLD/1'));
});
