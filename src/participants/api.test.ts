import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { ingestDocument } from '../records/commands/ingestDocument.ts';
import { enc, REPORT } from '../records/testing.ts';
import { createCycle } from '../reporting/commands/createCycle.ts';
import { saveDraft } from '../reporting/commands/saveDraft.ts';
import { startReport } from '../reporting/commands/startReport.ts';
import { submitReport } from '../reporting/commands/submitReport.ts';
import { apiContract } from '../testing/apiContract.ts';
import { testApp } from '../testing/app.ts';
import { demoActors, testMeeting } from '../testing/factories.ts';

/** A public report of New Zealand's and an invented meeting record give the comparison something in every list. */
let ctx: Awaited<ReturnType<typeof testApp>>;
before(async () => {
  ctx = await testApp();
  const A = await demoActors(ctx.db);
  const cycle = (
    await createCycle(ctx.db, A.secretariat, {
      title: 'Contract cycle',
      code: 'CON-1',
      opensOn: '2026-01-01',
      dueOn: '2099-06-30',
      closesOn: '2099-12-31',
      states: ['NZL', 'RUS'],
    })
  ).id;
  const r = await startReport(ctx.db, A.nzl, cycle, { visibility: 'public' });
  await saveDraft(ctx.db, A.nzl, r.id, { lockVersion: 0, answers: { elements: { 'norm-a': { status: 'implemented' } } } });
  await submitReport(ctx.db, A.nzl, r.id);
  const { meeting } = await testMeeting(ctx.db, 7);
  await ingestDocument(
    ctx.db,
    A.chair,
    { bytes: enc(REPORT), filename: 'contract.txt', mediaType: 'text/plain' },
    { meetingId: meeting.id, kind: 'event-report' },
  );
});
after(() => ctx.close());

test('every participants API route answers what its OpenAPI schema declares (camelCase, nothing undeclared)', async () => {
  const api = apiContract('participants');
  const sec = await ctx.as('secretariat'); // the invented record is not published: the Secretariat reads its stances
  const go = (path: string, op?: string) => sec.request(path).then((res) => api.check(res, 'get', path, { op }));

  const cmp = await go('/api/v1/states/compare?states=NZL,RUS,BRA', '/api/v1/states/compare');
  assert.equal(cmp.statuses.NZL.elements['norm-a'], 'implemented');
  assert.ok(cmp.stances.length && cmp.statements.length && cmp.reports.NZL.length, 'every list has an item for its schema to read');
  const all = await go('/api/v1/states');
  const fra = all.states.find((s: { iso3: string }) => s.iso3 === 'FRA');
  assert.ok(fra.regionalOrganisations.includes('eu'));
  await go('/api/v1/states?group=weog&organisation=eu&q=fra');
  const one = await go('/api/v1/states/FRA', '/api/v1/states/{iso3}');
  assert.ok(one.regionalOrganisations.includes('eu') && one.adjectives.length);
  await go('/api/v1/regional-groups');
  const orgs = await go('/api/v1/organisations');
  assert.ok(new Set(orgs.organisations.map((o: { kind: string }) => o.kind)).size === 3);
  const who = await go('/api/v1/resolve?text=the%20Russian%20delegate');
  assert.deepEqual(who.participant, { kind: 'state', id: 'RUS' });
  await go('/api/v1/resolve?text=nobody');
  assert.deepEqual(api.unchecked(), []);
});
