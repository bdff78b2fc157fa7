/**
 * National reports: time to generate the questionnaire and render a complete report page, time to
 * import a filled DOCX, and 193 States saving concurrently (two colleagues per State racing on the
 * same version), repeated, on PGlite and — with ACCORD_BENCH_DATABASE_URL — on PostgreSQL. Verifies
 * the counts of saves and revisions and that no acknowledged save was lost.
 */
import { sql } from 'kysely';
import { signIn } from '../src/accounts/signIn.ts';
import { toActor } from '../src/accounts/signIn.ts';
import { DEMO_PASSWORD } from '../src/seed.ts';
import { testDb, type TestDatabase } from '../src/testing/database.ts';
import { createApp } from '../src/server/app.tsx';
import { configFromEnv } from '../src/server/config.ts';
import { canonicalJson, type Answers } from '../src/reporting/answers.ts';
import { createCycle } from '../src/reporting/commands/createCycle.ts';
import { getCycle } from '../src/reporting/cycles.ts';
import { questionnaireDocx } from '../src/reporting/docxExport.ts';
import { previewImport } from '../src/reporting/commands/previewImport.ts';
import { loadQuestionnaire, type Questionnaire } from '../src/reporting/questionnaire.ts';
import { StaleDraft } from '../src/reporting/reports.ts';
import { saveDraft } from '../src/reporting/commands/saveDraft.ts';
import { startReport } from '../src/reporting/commands/startReport.ts';
import { submitReport } from '../src/reporting/commands/submitReport.ts';
import { demoActors } from '../src/testing/factories.ts';

const ms = (t0: bigint) => Number(process.hrtime.bigint() - t0) / 1e6;
const round = (n: number) => Math.round(n * 100) / 100;

/** Every question answered, so the page and the DOCX are as large as a report gets. */
function fullAnswers(q: Questionnaire, tag: string): Answers {
  const elements: NonNullable<Answers['elements']> = {};
  for (const id of q.elementIds) {
    elements[id] = {
      status: 'in-progress',
      measures: `${tag} measures for ${id}. `.repeat(8),
      authorities: `${tag} ministry`,
      challenges: `${tag} challenges `.repeat(5),
      goodPractices: `${tag} practice`,
      links: [`https://example.org/${id}`],
    };
  }
  return {
    general: { internationalLawViews: `${tag} views. `.repeat(50), pointsOfContact: `${tag} NCSC` },
    elements,
    capacityNeeds: [{ element: 'norm-g', kind: 'training', priority: 'high', description: tag }],
  };
}

async function concurrentSaves(t: TestDatabase, rounds: number) {
  const db = t.db;
  const A = await demoActors(db);
  const members = await db.selectFrom('states').select('iso3').where('observer', '=', false).orderBy('iso3').execute();
  const have = new Set((await db.selectFrom('users').select('state_iso3').where('role', '=', 'delegate').execute()).map((u) => u.state_iso3));
  const fresh = members.filter((m) => !have.has(m.iso3));
  if (fresh.length) {
    await db
      .insertInto('users')
      .values(
        fresh.map((m) => ({
          email: `bench-${m.iso3.toLowerCase()}@accord.test`,
          display_name: `Bench delegate ${m.iso3}`,
          password_hash: 'x',
          role: 'delegate' as const,
          state_iso3: m.iso3,
        })),
      )
      .execute();
  }
  const users = await db
    .selectFrom('users')
    .select(['id', 'email', 'display_name', 'role', 'state_iso3', 'organisation_id'])
    .where('role', '=', 'delegate')
    .execute();
  const actorOf = new Map(users.map((u) => [u.state_iso3!, toActor(u)]));
  const cycle = await createCycle(db, A.secretariat, {
    title: `Bench cycle ${Date.now()}`,
    code: `BENCH-${Date.now()}`,
    opensOn: '2026-01-01',
    dueOn: '2099-06-30',
    closesOn: '2099-12-31',
  });
  const reports = await Promise.all(members.map(async (m) => ({ iso3: m.iso3, id: (await startReport(db, actorOf.get(m.iso3)!, cycle.id)).id })));
  const lastAck = new Map<number, Answers>();
  let saves = 0;
  let stale = 0;
  let submitted = 0;
  const t0 = process.hrtime.bigint();
  for (let r = 1; r <= rounds; r++) {
    await Promise.all(
      reports.map(async (rep) => {
        const actor = actorOf.get(rep.iso3)!;
        const { lock_version: lock } = await db.selectFrom('national_reports').select('lock_version').where('id', '=', rep.id).executeTakeFirstOrThrow();
        // Two colleagues of the same delegation save from the same version at once: one must be refused.
        const outcomes = await Promise.all(
          ['a', 'b'].map(async (who) => {
            const answers: Answers = {
              general: { pointsOfContact: `${rep.iso3} round ${r} by ${who}` },
              elements: { 'norm-a': { status: 'implemented', measures: `round ${r}` } },
            };
            try {
              await saveDraft(db, actor, rep.id, { lockVersion: lock, answers });
              lastAck.set(rep.id, answers);
              return 'saved';
            } catch (e) {
              if (e instanceof StaleDraft) return 'stale';
              throw e;
            }
          }),
        );
        saves += outcomes.filter((o) => o === 'saved').length;
        stale += outcomes.filter((o) => o === 'stale').length;
        await submitReport(db, actor, rep.id);
        submitted++;
      }),
    );
  }
  const elapsed = ms(t0);
  // Verification straight from the tables.
  const rows = await db
    .selectFrom('national_reports')
    .select(['id', 'lock_version', 'draft_answers', 'current_revision'])
    .where('cycle_id', '=', cycle.id)
    .execute();
  const revisions = Number(
    (
      await db
        .selectFrom('national_report_revisions')
        .innerJoin('national_reports', 'national_reports.id', 'national_report_revisions.report_id')
        .select(sql<number>`count(*)`.as('n'))
        .where('national_reports.cycle_id', '=', cycle.id)
        .executeTakeFirstOrThrow()
    ).n,
  );
  let lost = 0;
  for (const row of rows) {
    if (row.lock_version !== rounds || row.current_revision !== rounds) lost++;
    else if (canonicalJson(row.draft_answers) !== canonicalJson(lastAck.get(row.id))) lost++;
  }
  if (saves !== reports.length * rounds || stale !== reports.length * rounds || revisions !== reports.length * rounds || lost) {
    throw new Error(`verification failed: saves ${saves}, stale ${stale}, revisions ${revisions}, lost ${lost}`);
  }
  return {
    states: reports.length,
    rounds,
    saves,
    staleRefused: stale,
    revisionsVerified: revisions,
    submitted,
    lostUpdates: lost,
    ms: round(elapsed),
    savesPerSecond: round((saves + stale) / (elapsed / 1000)),
  };
}

export async function run(): Promise<Record<string, number | string>> {
  const out: Record<string, number | string> = {};
  const t = await testDb();
  try {
    const db = t.db;
    const A = await demoActors(db);
    const cycle = await getCycle(
      db,
      (await createCycle(db, A.secretariat, { title: 'Bench survey', code: 'BENCH-PAGE', opensOn: '2026-01-01', dueOn: '2099-06-30', closesOn: '2099-12-31' }))
        .id,
    );
    let q = await loadQuestionnaire(db, cycle.framework_version);
    let t0 = process.hrtime.bigint();
    for (let i = 0; i < 50; i++) q = await loadQuestionnaire(db, cycle.framework_version);
    out.questionnaireMs = round(ms(t0) / 50);
    t0 = process.hrtime.bigint();
    for (let i = 0; i < 10; i++) await questionnaireDocx(db, { cycle, questionnaire: q, lang: 'fr' });
    out.blankDocxMs = round(ms(t0) / 10);

    const r = await startReport(db, A.nzl, cycle.id);
    const s = await saveDraft(db, A.nzl, r.id, { lockVersion: 0, answers: fullAnswers(q, 'Full') });
    await submitReport(db, A.nzl, r.id, { lockVersion: s.lockVersion });
    const app = createApp(db, configFromEnv());
    const { token } = await signIn(db, 'secretariat@accord.test', DEMO_PASSWORD);
    const get = () => app.request(`/reports/${r.id}`, { headers: { cookie: `accord_session=${token}` } });
    const first = await get();
    if (first.status !== 200) throw new Error(`report page answered ${first.status}`);
    out.reportPageBytes = (await first.text()).length;
    t0 = process.hrtime.bigint();
    for (let i = 0; i < 20; i++) await (await get()).text();
    out.reportPageMs = round(ms(t0) / 20);

    const filled = await questionnaireDocx(db, {
      cycle,
      questionnaire: q,
      lang: 'en',
      report: { id: r.id, stateIso3: 'NZL', stateName: 'New Zealand', lockVersion: s.lockVersion, answers: fullAnswers(q, 'Imported') },
    });
    out.filledDocxBytes = filled.length;
    t0 = process.hrtime.bigint();
    let changes = 0;
    for (let i = 0; i < 5; i++) changes = (await previewImport(db, A.nzl, r.id, 'docx', new Uint8Array(filled))).changes.length;
    out.docxImportMs = round(ms(t0) / 5);
    out.docxImportFieldChanges = changes;

    for (const [k, v] of Object.entries(await concurrentSaves(t, 3))) out[`pglite_${k}`] = v;
  } finally {
    await t.close();
  }
  const pgUrl = process.env.ACCORD_BENCH_DATABASE_URL;
  if (pgUrl) {
    const saved = process.env.ACCORD_TEST_DATABASE_URL;
    process.env.ACCORD_TEST_DATABASE_URL = pgUrl;
    const pg = await testDb();
    try {
      for (const [k, v] of Object.entries(await concurrentSaves(pg, 3))) out[`postgres_${k}`] = v;
    } finally {
      await pg.close();
      if (saved === undefined) delete process.env.ACCORD_TEST_DATABASE_URL;
      else process.env.ACCORD_TEST_DATABASE_URL = saved;
    }
  } else {
    out.postgres = 'skipped (set ACCORD_BENCH_DATABASE_URL)';
  }
  return out;
}

if (import.meta.url === `file://${process.argv[1]}`) console.log(await run());
