import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { apiContract } from '../testing/apiContract.ts';
import { testApp } from '../testing/app.ts';
import { REPORT } from './testing.ts';

/** Every records API route's real response parses with the schema its OpenAPI operation declares. */
let ctx: Awaited<ReturnType<typeof testApp>>;
before(async () => {
  ctx = await testApp();
});
after(() => ctx.close());

test('records API: each response is what its declared schema says, in camelCase', async () => {
  const api = apiContract('records');
  const sec = await ctx.as('secretariat');
  const pub = await ctx.as('public');
  const process = await ctx.db.selectFrom('processes').select('id').where('slug', '=', 'oewg-2021-2025').executeTakeFirstOrThrow();
  const { session } = await api.check(
    await sec.request('/api/v1/sessions', {
      json: { processId: process.id, number: 801, title: 'Contract session', startsOn: '2022-03-28', endsOn: '2022-04-01' },
    }),
    'post',
    '/api/v1/sessions',
  );
  const { meeting } = await api.check(
    await sec.request('/api/v1/meetings', { json: { sessionId: session.id, number: 1, heldOn: '2022-03-29', agenda: 'institutional-dialogue' } }),
    'post',
    '/api/v1/meetings',
  );
  assert.equal(meeting.sessionId, session.id);
  const { document } = await api.check(
    await sec.request('/api/v1/documents', {
      json: { meetingId: meeting.id, kind: 'event-report', filename: 'contract.txt', contentBase64: Buffer.from(REPORT).toString('base64') },
    }),
    'post',
    '/api/v1/documents',
  );
  assert.ok(document.statements > 0);
  // A draft is seen by the Secretariat only; published, by everyone, with the same shape.
  const draft = await api.check(await sec.request(`/api/v1/documents/${document.id}`), 'get', `/api/v1/documents/${document.id}`);
  assert.equal(draft.document.status, 'draft');
  assert.equal((await pub.request(`/api/v1/documents/${document.id}`)).status, 404);
  const nzl = draft.statements.find((s: { speaker: string }) => s.speaker === 'NZL');
  await api.check(
    await sec.request(`/api/v1/documents/${document.id}/corrections`, {
      json: { statement: nzl.id, field: 'element', id: 'threat-critical-infrastructure', present: true },
    }),
    'post',
    `/api/v1/documents/${document.id}/corrections`,
  );
  await api.check(await sec.request(`/api/v1/documents/${document.id}/publish`, { json: {} }), 'post', `/api/v1/documents/${document.id}/publish`);
  const published = await api.check(await pub.request(`/api/v1/documents/${document.id}`), 'get', `/api/v1/documents/${document.id}`);
  assert.match(published.document.createdAt, /^\d{4}-\d{2}-\d{2}T/);
  await api.check(await pub.request('/api/v1/meetings'), 'get', '/api/v1/meetings');
  const detail = await api.check(await pub.request(`/api/v1/meetings/${meeting.id}`), 'get', `/api/v1/meetings/${meeting.id}`);
  assert.ok(detail.statements.length > 0);
  await api.check(await pub.request('/api/v1/positions/new-institutional-body'), 'get', '', { op: '/api/v1/positions/{question}' });
  const { proposals } = await api.check(await pub.request('/api/v1/proposals'), 'get', '/api/v1/proposals');
  assert.ok(proposals.length > 0);
  await api.check(
    await sec.request(`/api/v1/proposals/${proposals[0].id}/status`, { json: { status: 'agreed' } }),
    'post',
    `/api/v1/proposals/${proposals[0].id}/status`,
  );
  const { results } = await api.check(await pub.request('/api/v1/search?q=programme'), 'get', '/api/v1/search');
  assert.ok(results.length > 0);
  await api.check(await sec.request('/api/v1/classifier/retrain', { json: {} }), 'post', '/api/v1/classifier/retrain');
  assert.deepEqual(api.unchecked(), []);
});
