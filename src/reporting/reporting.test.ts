import assert from 'node:assert/strict';
import { strToU8 } from 'fflate';
import { sql } from 'kysely';
import { after, before, test } from 'node:test';
import { ANONYMOUS } from '../accounts/actor.ts';
import { testDb, type TestDatabase } from '../testing/database.ts';
import { addTranslation } from './commands/addTranslation.ts';
import { createCycle } from './commands/createCycle.ts';
import { getCycle } from './cycles.ts';
import { diffAnswers } from './diff.ts';
import { answersCsv } from './exports.ts';
import { confirmImport } from './commands/confirmImport.ts';
import { previewImport } from './commands/previewImport.ts';
import { cycleMonitor, elementStatusDistribution, listReports } from './queries.ts';
import { completeness, loadQuestionnaire } from './questionnaire.ts';
import { recordReminders } from './commands/recordReminders.ts';
import { reopenCycle } from './commands/reopenCycle.ts';
import { StaleDraft } from './reports.ts';
import { saveDraft } from './commands/saveDraft.ts';
import { startReport } from './commands/startReport.ts';
import { submitReport } from './commands/submitReport.ts';
import { updateReportSettings } from './commands/updateReportSettings.ts';
import { withdrawReport } from './commands/withdrawReport.ts';
import { demoActors, testCycle } from '../testing/factories.ts';
import { codeOf, rejection } from './testing.ts';

let t: TestDatabase;
let A: Awaited<ReturnType<typeof demoActors>>;
let open: number; // an open cycle, all States expected
let closed: number; // a cycle whose closing date is past
before(async () => {
  t = await testDb();
  A = await demoActors(t.db);
  open = (await createCycle(t.db, A.secretariat, { title: 'Test survey 2026', opensOn: '2026-01-01', dueOn: '2099-06-30', closesOn: '2099-12-31' })).id;
  closed = (await testCycle(t.db, { title: 'Past survey 2024', opensOn: '2024-01-01', dueOn: '2024-03-01', closesOn: '2024-04-01', states: ['NZL', 'FRA'] }))
    .id;
});
after(() => t.close());

test('a cycle expects all 195 States by default and its questionnaire covers law, norms, CBMs and capacity-building', async () => {
  const c = await getCycle(t.db, open);
  assert.match(c.code, /^OEWG-2026-\d+$/);
  const n = await t.db
    .selectFrom('reporting_expected_states')
    .select(sql<number>`count(*)`.as('n'))
    .where('cycle_id', '=', open)
    .executeTakeFirstOrThrow();
  assert.equal(Number(n.n), 195);
  const q = await loadQuestionnaire(t.db, c.framework_version);
  assert.deepEqual(
    q.pillars.map((p) => p.id),
    ['international-law', 'norms', 'cbms', 'capacity-building'],
  );
  assert.ok(q.elementIds.includes('norm-k') && q.elementIds.includes('law-ihl') && q.elementIds.includes('cbm-poc') && q.elementIds.includes('cb-funding'));
  assert.ok(!q.elementIds.some((id) => id.startsWith('threat-') || id.startsWith('dialogue-')));
  assert.equal(
    await codeOf(createCycle(t.db, A.nzl, { title: 'Not allowed', opensOn: '2026-01-01', dueOn: '2026-02-01', closesOn: '2026-03-01' })),
    'auth.forbidden',
  );
  assert.equal(
    await codeOf(createCycle(t.db, A.secretariat, { title: 'Bad dates', opensOn: '2026-05-01', dueOn: '2026-02-01', closesOn: '2026-03-01' })),
    'cycle.invalid',
  );
});

test('draft, stale save, per-field validation, submit with receipt, revise, diff, withdraw', async () => {
  const r = await startReport(t.db, A.nzl, open, { language: 'en', visibility: 'secretariat' });
  assert.equal(r.created, true);
  assert.equal((await startReport(t.db, A.nzl, open)).id, r.id, 'starting twice returns the same report');
  assert.equal(
    await codeOf(saveDraft(t.db, A.fra, r.id, { lockVersion: 0, answers: {} })),
    'report.not_found',
    'another State cannot write, nor learn that the report exists',
  );
  assert.equal(await codeOf(saveDraft(t.db, A.secretariat, r.id, { lockVersion: 0, answers: {} })), 'auth.forbidden');

  const first = await saveDraft(t.db, A.nzl, r.id, {
    lockVersion: 0,
    answers: { elements: { 'norm-a': { status: 'implemented', measures: 'National cyber strategy 2025.' } } },
  });
  assert.equal(first.lockVersion, 1);
  // A second delegate who opened version 0 saves later: refused, with both versions.
  const err = await saveDraft(t.db, A.nzl, r.id, { lockVersion: 0, answers: { elements: { 'norm-b': { status: 'planned' } } } }).catch((e) => e);
  assert.ok(err instanceof StaleDraft);
  assert.equal(err.status, 409);
  assert.equal(err.current.lockVersion, 1);
  assert.equal(err.current.answers.elements?.['norm-a']?.status, 'implemented');
  assert.equal(err.yours.answers.elements?.['norm-b']?.status, 'planned');

  const bad = await rejection(
    saveDraft(t.db, A.nzl, r.id, {
      lockVersion: 1,
      answers: {
        elements: { 'norm-a': { status: 'done' as never, measures: 'x'.repeat(20_001), links: ['not a url'] }, 'threat-ransomware': { status: 'planned' } },
      },
    }),
  );
  assert.equal(bad.code, 'report.invalid');
  assert.ok(bad.fields?.['elements.norm-a.status']);
  assert.match(bad.fields?.['elements.norm-a.measures'] ?? '', /20,000/);
  assert.match(bad.fields?.['elements.norm-a.links'] ?? '', /https:\/\//);
  assert.ok(bad.fields?.['elements.threat-ransomware']);

  const answers1 = {
    general: { internationalLawViews: 'International law, and in particular the Charter, applies.' },
    elements: {
      'norm-a': { status: 'implemented' as const, measures: 'National cyber strategy 2025.', links: ['https://www.dpmc.govt.nz/cyber-strategy'] },
      'cbm-poc': { status: 'in-progress' as const },
    },
    capacityNeeds: [{ element: 'cbm-poc', kind: 'training' as const, priority: 'high' as const, description: 'Exercises for the PoC network.' }],
  };
  const saved = await saveDraft(t.db, A.nzl, r.id, { lockVersion: 1, answers: answers1 });
  const q = await loadQuestionnaire(t.db, 'oewg-2025');
  assert.deepEqual(
    completeness(q, saved.answers).find((c) => c.pillar === 'norms'),
    { pillar: 'norms', answered: 1, total: 11 },
  );

  const s1 = await submitReport(t.db, A.nzl, r.id, { lockVersion: saved.lockVersion });
  const cycle = await getCycle(t.db, open);
  assert.equal(s1.receipt, `${cycle.code}/NZL/R1`);
  assert.equal(s1.on_time, true);
  assert.match(s1.checksum, /^[0-9a-f]{64}$/);
  assert.equal(await codeOf(submitReport(t.db, A.nzl, r.id)), 'report.unchanged');

  const s2draft = await saveDraft(t.db, A.nzl, r.id, {
    lockVersion: saved.lockVersion,
    answers: {
      ...answers1,
      elements: { ...answers1.elements, 'norm-a': { ...answers1.elements['norm-a'], measures: 'National cyber strategy 2025 and its action plan.' } },
    },
  });
  const s2 = await submitReport(t.db, A.nzl, r.id, { lockVersion: s2draft.lockVersion });
  assert.equal(s2.revision, 2);
  assert.match(s2.receipt, /\/NZL\/R2$/);
  const revs = await t.db.selectFrom('national_report_revisions').select(['revision', 'answers']).where('report_id', '=', r.id).orderBy('revision').execute();
  assert.equal(revs.length, 2);
  const d = diffAnswers(revs[0]!.answers, revs[1]!.answers);
  assert.deepEqual(
    d.map((x) => [x.field, x.kind]),
    [['elements.norm-a.measures', 'changed']],
  );
  const needs = await t.db.selectFrom('national_report_capacity_needs').selectAll().where('report_id', '=', r.id).execute();
  assert.equal(needs.length, 2, 'one need row per revision');

  // Revisions are append-only in the database itself.
  await assert.rejects(sql`update national_report_revisions set receipt = 'x' where report_id = ${r.id}`.execute(t.db), /append-only/);

  // Visibility: secretariat-only is hidden from FRA and the public, shown to NZL and the Secretariat.
  const ids = async (actor: Parameters<typeof listReports>[1]) => (await listReports(t.db, actor, { cycleId: open })).map((x) => x.id);
  assert.ok((await ids(A.nzl)).includes(r.id));
  assert.ok((await ids(A.secretariat)).includes(r.id));
  assert.ok(!(await ids(A.fra)).includes(r.id));
  assert.ok(!(await ids(ANONYMOUS)).includes(r.id));
  await updateReportSettings(t.db, A.nzl, r.id, { visibility: 'states' });
  assert.ok((await ids(A.fra)).includes(r.id));
  assert.ok(!(await ids(ANONYMOUS)).includes(r.id));
  assert.ok(!(await ids(A.stakeholder)).includes(r.id));
  await updateReportSettings(t.db, A.nzl, r.id, { visibility: 'public' });
  assert.ok((await ids(ANONYMOUS)).includes(r.id));
  assert.ok(
    (await listReports(t.db, ANONYMOUS, { q: 'action plan' })).some((x) => x.id === r.id),
    'full-text search finds submitted text',
  );

  const dist = await elementStatusDistribution(t.db, ANONYMOUS, open, 'norm-a');
  assert.deepEqual(dist, [{ status: 'implemented', n: 1 }]);

  await withdrawReport(t.db, A.nzl, r.id, { reason: 'Superseded' });
  assert.ok(!(await ids(ANONYMOUS)).includes(r.id), 'withdrawn reports leave public lists');
  assert.ok((await ids(A.secretariat)).includes(r.id));
  assert.equal((await t.db.selectFrom('national_report_revisions').select('revision').where('report_id', '=', r.id).execute()).length, 2, 'nothing deleted');
});

test('submitting after the closing date is refused until the Secretariat reopens the cycle for that State', async () => {
  const r = await startReport(t.db, A.fra, closed, { language: 'fr' });
  await saveDraft(t.db, A.fra, r.id, { lockVersion: 0, answers: { elements: { 'norm-e': { status: 'implemented' } } } });
  const err = await rejection(submitReport(t.db, A.fra, r.id));
  assert.equal(err.code, 'report.cycle_closed');
  assert.match(err.message, /closed on 2024-04-01/);
  assert.equal(await codeOf(reopenCycle(t.db, A.nzl, closed, { stateIso3: 'FRA' })), 'auth.forbidden');
  await reopenCycle(t.db, A.secretariat, closed, { stateIso3: 'FRA' });
  const s = await submitReport(t.db, A.fra, r.id);
  assert.equal(s.on_time, false);
  assert.equal(s.window, 'reopened');
  const nzl = await startReport(t.db, A.nzl, closed);
  assert.equal(await codeOf(submitReport(t.db, A.nzl, nzl.id)), 'report.cycle_closed', 'reopening is per State');

  const m = await cycleMonitor(t.db, closed);
  assert.equal(m.totals.expected, 2);
  assert.equal(m.totals['submitted-late'], 1);
  assert.equal(m.totals.draft, 1);
  const rem = await recordReminders(t.db, A.secretariat, closed, { states: 'missing', note: 'Please submit' });
  assert.deepEqual(rem.states, ['NZL']);
  assert.equal((await cycleMonitor(t.db, closed)).groups.flatMap((g) => g.states).find((s) => s.state_iso3 === 'NZL')?.reminders, 1);
  assert.equal(await codeOf(recordReminders(t.db, A.secretariat, closed, { states: ['MEX'] })), 'reminder.invalid');
});

// The DOCX round trip (Word form, signature, tampering, the earlier table layout) is in questionnaireDocx.test.ts.

test('CSV and JSON uploads preview with per-field errors and are saved only on confirmation', async () => {
  const r = await startReport(t.db, A.nzl, closed);
  const q = await loadQuestionnaire(t.db, 'oewg-2025');
  const csv = answersCsv(q, { elements: { 'norm-j': { status: 'planned', measures: 'Vulnerability disclosure policy, "draft".' } } });
  const ok = await previewImport(t.db, A.nzl, r.id, 'csv', strToU8(csv));
  assert.equal(ok.valid, true);
  assert.deepEqual(ok.changes.map((c) => c.field).sort(), ['elements.norm-j.measures', 'elements.norm-j.status']);
  assert.equal(ok.changes.find((c) => c.field === 'elements.norm-j.measures')?.after, 'Vulnerability disclosure policy, "draft".');
  const badCsv = 'field,value\nelements.norm-j.status,finished\nelements.norm-z.status,planned\nsomething,else\n';
  const bad = await previewImport(t.db, A.nzl, r.id, 'csv', strToU8(badCsv));
  assert.equal(bad.valid, false);
  assert.equal(bad.importId, null);
  assert.ok(bad.errors['elements.norm-j.status'] && bad.errors['elements.norm-z'] && bad.errors.something);
  const badJson = await previewImport(
    t.db,
    A.nzl,
    r.id,
    'json',
    strToU8(JSON.stringify({ capacityNeeds: [{ element: 'norm-a', kind: 'money', priority: 'urgent' }] })),
  );
  assert.ok(badJson.errors['capacityNeeds.0.kind'] && badJson.errors['capacityNeeds.0.priority']);
  // Confirming an upload whose base version was overtaken is refused as stale.
  await saveDraft(t.db, A.nzl, r.id, { lockVersion: 0, answers: { general: { pointsOfContact: 'NCSC' } } });
  assert.equal(await codeOf(confirmImport(t.db, A.nzl, r.id, ok.importId!)), 'report.stale');
});

test('translations sit beside the original and must keep its codes', async () => {
  assert.equal(await codeOf(startReport(t.db, A.mex, closed)), 'report.not_expected');
  await reopenCycle(t.db, A.secretariat, closed, { stateIso3: 'MEX' }); // a State not expected becomes expected
  const r = await startReport(t.db, A.mex, closed, { language: 'es' });
  await saveDraft(t.db, A.mex, r.id, { lockVersion: 0, answers: { elements: { 'norm-c': { status: 'implemented', measures: 'Código penal reformado.' } } } });
  await submitReport(t.db, A.mex, r.id);
  const tr = await addTranslation(t.db, A.secretariat, r.id, 1, {
    language: 'en',
    method: 'machine',
    answers: { elements: { 'norm-c': { status: 'implemented', measures: 'Amended criminal code.' } } },
  });
  assert.equal(tr.method, 'machine');
  const wrong = await rejection(
    addTranslation(t.db, A.mex, r.id, 1, {
      language: 'fr',
      method: 'human',
      answers: { elements: { 'norm-c': { status: 'planned', measures: 'Code pénal modifié.' } } },
    }),
  );
  assert.equal(wrong.code, 'translation.invalid');
  assert.ok(wrong.fields?.['elements.norm-c.status']);
  assert.equal(await codeOf(addTranslation(t.db, A.mex, r.id, 1, { language: 'es', method: 'human', answers: {} })), 'translation.same_language');
  const original = await t.db.selectFrom('national_report_revisions').select('answers').where('report_id', '=', r.id).executeTakeFirstOrThrow();
  assert.equal(original.answers.elements?.['norm-c']?.measures, 'Código penal reformado.');
});
