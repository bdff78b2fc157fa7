import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { apiContract } from '../testing/apiContract.ts';
import { testApp } from '../testing/app.ts';
import { accreditDirectly, dtgMeeting } from './testing.ts';

/** Every stakeholders API route's real response parses with the schema its OpenAPI operation declares. */
let ctx: Awaited<ReturnType<typeof testApp>>;
let meeting = 0;
before(async () => {
  ctx = await testApp();
  const org = await ctx.db.selectFrom('users').select('organisation_id').where('email', '=', 'stakeholder@accord.test').executeTakeFirstOrThrow();
  await accreditDirectly(ctx.db, org.organisation_id!, 'global-mechanism');
  meeting = await dtgMeeting(ctx.db, 960);
});
after(() => ctx.close());

const apply = (name: string, ecosocStatus: string) => ({
  name,
  kind: 'ngo',
  ecosocStatus,
  description: 'Civil society work on cyber norms and capacity building.',
  contactName: 'Ana Example',
  contactEmail: 'ana@example.org',
});

test('stakeholders API: each response is what its declared schema says; restricted fields are left out, not sent empty', async () => {
  const api = apiContract('stakeholders');
  const pub = await ctx.as('public');
  const sec = await ctx.as('secretariat');
  const nzl = await ctx.as('delegate');
  const org = await ctx.as('stakeholder');
  const base = '/api/v1/accreditation/applications';
  const ecosoc = (await api.check(await pub.request(base, { json: apply('Contract Ecosoc Institute', 'special') }), 'post', base)).application;
  const open = (await api.check(await pub.request(base, { json: apply('Contract Open Institute', 'none') }), 'post', base)).application;
  assert.equal(open.status, 'objection-window');
  await api.check(
    await nzl.request(`${base}/${open.id}/objections`, { json: { basis: 'A contract basis.', shareWithStates: false } }),
    'post',
    `${base}/${open.id}/objections`,
  );
  await api.check(await sec.request(`${base}/${ecosoc.id}/ecosoc-decision`, { json: { confirmed: true } }), 'post', `${base}/${ecosoc.id}/ecosoc-decision`);
  await api.check(await pub.request(`${base}?process=global-mechanism`), 'get', base);
  const seen = await api.check(await pub.request(`${base}/${open.id}`), 'get', `${base}/${open.id}`);
  assert.equal(seen.application.contact, undefined, 'no contact for the public');
  assert.ok(
    seen.application.history.every((h: { by?: string }) => h.by === undefined),
    'nor who acted',
  );
  assert.deepEqual(seen.application.objections, []);
  const full = await api.check(await sec.request(`${base}/${open.id}`), 'get', `${base}/${open.id}`);
  assert.equal(full.application.contact.email, 'ana@example.org');
  assert.equal(full.application.objections.length, 1);
  await api.check(await pub.request('/api/v1/accreditation/processes'), 'get', '/api/v1/accreditation/processes');
  await api.check(
    await sec.request('/api/v1/accreditation/processes/oewg-2019-2021/modalities', {
      method: 'PUT',
      json: { ecosocBasis: true, noObjectionBasis: true, carryOverFrom: null },
    }),
    'put',
    '',
    { op: '/api/v1/accreditation/processes/{slug}/modalities' },
  );
  await api.check(await org.request('/api/v1/accreditation/processes/oewg-2021-2025/applications', { json: {} }), 'post', '', {
    op: '/api/v1/accreditation/processes/{slug}/applications',
  });
  const reps = `/api/v1/meetings/${meeting}/representatives`;
  const { representative } = await api.check(
    await org.request(reps, { json: { name: 'Contract Representative', email: 'contract-rep@example.org', function: 'Delegate' } }),
    'post',
    reps,
  );
  for (const client of [org, sec]) await api.check(await client.request(reps), 'get', reps);
  await api.check(await org.request(`${reps}/${representative.id}`, { method: 'DELETE' }), 'delete', `${reps}/${representative.id}`);
  const { contribution } = await api.check(
    await org.request('/api/v1/contributions', {
      json: {
        session: 'Contract session',
        title: 'Hospitals and ransomware',
        summary: 'Calls for protecting hospitals and CERTs from ransomware.',
        document: { filename: 'c.md', mediaType: 'text/markdown', base64: Buffer.from('# Hospitals\nProtect hospitals from ransomware.').toString('base64') },
      },
    }),
    'post',
    '/api/v1/contributions',
  );
  const found = await api.check(await pub.request('/api/v1/contributions?q=ransomware'), 'get', '/api/v1/contributions');
  assert.ok(found.contributions.some((c: { id: number; snippet?: string }) => c.id === contribution.id && c.snippet));
  await api.check(await pub.request('/api/v1/contributions'), 'get', '/api/v1/contributions');
  await api.check(await pub.request(`/api/v1/contributions/${contribution.id}`), 'get', `/api/v1/contributions/${contribution.id}`);
  assert.deepEqual(api.unchecked(), []);
});

test("an application's page names the applicant's country as the UN writes it in the page's language", async () => {
  const pub = await ctx.as('public');
  const base = '/api/v1/accreditation/applications';
  const created = (await (await pub.request(base, { json: { ...apply('Country Name Institute', 'none'), country: 'NZL' } })).json()) as {
    application: { id: number };
  };
  const en = await (await pub.request(`/stakeholders/applications/${created.application.id}`)).text();
  assert.match(en, /<dd>New Zealand<\/dd>/);
  const fr = await (await pub.request(`/stakeholders/applications/${created.application.id}?lang=fr`)).text();
  assert.match(fr, /<dd>Nouvelle-Zélande<\/dd>/);
});
