import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { testApp } from '../testing/app.ts';

let ctx: Awaited<ReturnType<typeof testApp>>;
before(async () => { ctx = await testApp(); });
after(() => ctx.close());

test('API: stale edits, superseded amendments and bad reference files get clear errors', async () => {
  const chair = await ctx.as('chair');
  const nzl = await ctx.as('delegate');
  const ref = await chair.request('/api/v1/reference', { json: { symbol: 'A/API/1', title: 'API agreed text', consensus: true, filename: 'a.txt', contentBase64: Buffer.from('1. States should cooperate to prevent harmful ICT practices in every region of the world.').toString('base64') } });
  assert.equal(ref.status, 201);
  const empty = await chair.request('/api/v1/reference', { json: { symbol: 'A/API/2', title: 'Empty', filename: 'e.txt', contentBase64: Buffer.from('   ').toString('base64') } });
  assert.deepEqual([empty.status, (await empty.json()).error.code], [400, 'upload.empty']);
  const binary = await chair.request('/api/v1/reference', { json: { symbol: 'A/API/3', title: 'Binary', filename: 'b.txt', contentBase64: Buffer.from([0, 1, 2, 0, 255]).toString('base64') } });
  assert.deepEqual([binary.status, (await binary.json()).error.code], [400, 'upload.binary']);

  const created = await (await chair.request('/api/v1/drafts', { json: { title: 'API report', paragraphs: [{ section: 'cbms', text: 'States should cooperate to prevent harmful ICT practices in every region.' }] } })).json();
  const id = created.draft.id;
  const v0 = await (await chair.request(`/api/v1/drafts/${id}/versions/0`)).json();
  const p = v0.paragraphs[0];
  assert.equal((await chair.request(`/api/v1/drafts/${id}/paragraphs/${p.id}`, { method: 'PATCH', json: { text: 'First save.', lockVersion: p.lockVersion } })).status, 200);
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
