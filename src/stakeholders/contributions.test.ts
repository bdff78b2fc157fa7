import assert from 'node:assert/strict';
import crypto from 'node:crypto';
import { after, before, test } from 'node:test';
import { testApp } from '../testing/app.ts';

let ctx: Awaited<ReturnType<typeof testApp>>;
before(async () => {
  ctx = await testApp();
});
after(() => ctx.close());

const DOC = `# Protecting hospitals from ransomware

Ransomware attacks on hospitals and other critical infrastructure endanger lives. We urge States to
designate points of contact able to answer requests for assistance, and to protect computer emergency
response teams. Ransomware gangs exploit unpatched vulnerabilities; responsible reporting of
vulnerabilities helps.`;

const submit = async (doc: string, extra: Record<string, unknown> = {}) => {
  const stakeholder = await ctx.as('stakeholder');
  return stakeholder.request('/api/v1/contributions', {
    json: {
      session: 'Tenth substantive session',
      process: 'OEWG',
      title: 'Hospitals and ransomware',
      summary: 'Calls for protecting hospitals and CERTs from ransomware.',
      document: { filename: 'hospitals.md', mediaType: 'text/markdown', base64: Buffer.from(doc).toString('base64') },
      ...extra,
    },
  });
};

test('an accredited organisation submits a contribution: bytes and SHA-256 kept, framework tags suggested', async () => {
  const res = await submit(DOC);
  assert.equal(res.status, 201);
  const { contribution } = (await res.json()) as {
    contribution: { id: number; sha256: string; elementIds: string[]; suggestedElementIds: string[]; kind: string };
  };
  assert.equal(contribution.kind, 'stakeholder-input');
  assert.equal(contribution.sha256, crypto.createHash('sha256').update(DOC).digest('hex'));
  assert.ok(contribution.suggestedElementIds.includes('threat-ransomware'), `suggested: ${contribution.suggestedElementIds.join(', ')}`);
  assert.deepEqual(contribution.elementIds, contribution.suggestedElementIds);
  const doc = await (await ctx.as('public')).request(`/stakeholders/contributions/${contribution.id}/document`);
  assert.equal(doc.status, 200);
  assert.equal(Buffer.from(await doc.arrayBuffer()).toString(), DOC);
  const pageRes = await (await ctx.as('public')).request(`/stakeholders/contributions/${contribution.id}`);
  const html = await pageRes.text();
  assert.match(html, /Stakeholder input: not the position of any State/);
});

test("a submitter's own choice of elements wins over the suggestion; unknown ids are refused", async () => {
  const res = await submit(DOC, { title: 'Chosen tags', elementIds: ['norm-k'] });
  assert.equal(res.status, 201);
  const { contribution } = (await res.json()) as { contribution: { elementIds: string[]; pillarIds: string[] } };
  assert.deepEqual(contribution.elementIds, ['norm-k']);
  assert.deepEqual(contribution.pillarIds, ['norms']);
  const bad = await submit(DOC, { elementIds: ['norm-zz'] });
  assert.equal(bad.status, 400);
});

test('contributions are searchable with full-text search and show highlighted snippets', async () => {
  const anon = await ctx.as('public');
  const res = await anon.request('/api/v1/contributions?q=' + encodeURIComponent('hospitals ransomware'));
  const { contributions } = (await res.json()) as { contributions: Array<{ title: string; snippet: string; kind: string; statePosition: boolean }> };
  assert.ok(contributions.length >= 1);
  assert.ok(contributions.every((c) => c.kind === 'stakeholder-input' && c.statePosition === false));
  assert.match(contributions[0]!.snippet, /⟦(hospitals|Ransomware|ransomware)⟧/);
  const none = (await (await anon.request('/api/v1/contributions?q=' + encodeURIComponent('"submarine cables"'))).json()) as { contributions: unknown[] };
  assert.equal(none.contributions.length, 0);
  const html = await (await anon.request('/stakeholders/contributions?q=ransomware')).text();
  assert.match(html, /<mark>[Rr]ansomware<\/mark>/);
});

test('only stakeholder accounts submit; an unreadable document is refused with a clear error', async () => {
  const nzl = await ctx.as('delegate');
  const res = await nzl.request('/api/v1/contributions', {
    json: { session: 'S1 session', title: 'x y z', summary: 'A summary long enough here.', document: { filename: 'a.txt', base64: 'aGVsbG8=' } },
  });
  assert.equal(res.status, 403);
  const fake = await submit('not a pdf at all', { document: { filename: 'fake.pdf', base64: Buffer.from('not a pdf at all').toString('base64') } });
  assert.equal(fake.status, 400);
  const body = (await fake.json()) as { error: { message: string } };
  assert.match(body.error.message, /PDF/);
});

test('the public application form keeps what was typed when a field is wrong', async () => {
  const anon = await ctx.as('public');
  const res = await anon.request('/stakeholders/apply', {
    form: {
      name: 'Form Org',
      kind: 'ngo',
      ecosocStatus: 'none',
      description: 'A long enough description of the work.',
      contactName: 'Ann',
      contactEmail: 'ann@@example',
    },
  });
  assert.equal(res.status, 400);
  const html = await res.text();
  assert.match(html, /value="Form Org"/);
  assert.match(html, /class="field-error" id="contactEmail-error"/);
});

test('the demo seed gives one accredited, one open and one refused application, and a contribution', async () => {
  const { seedDemo } = await import('./demo.ts');
  await seedDemo(ctx.db);
  const apps = await ctx.db
    .selectFrom('accreditation_applications')
    .select(['organisation_name', 'status'])
    .where('organisation_name', 'like', '%(synthetic demo organisation)')
    .orderBy('id')
    .execute();
  assert.deepEqual(
    apps.map((a) => a.status),
    ['accredited', 'objection-window', 'not-accredited'],
  );
  const res = await (await ctx.as('public')).request('/api/v1/contributions?q=' + encodeURIComponent('emergency response teams'));
  const { contributions } = (await res.json()) as { contributions: Array<{ title: string }> };
  assert.ok(contributions.some((c) => /synthetic demo contribution/.test(c.title)));
});
