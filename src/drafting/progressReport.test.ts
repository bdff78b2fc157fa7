import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import type { UserActor } from '../accounts/actor.ts';
import { testDb, type TestDatabase } from '../testing/database.ts';
import { actorFor } from '../testing/factories.ts';
import { AppError } from '../foundation/errors.ts';
import { runChecks } from './checksPanel.ts';
import { createDraft } from './commands/createDraft.ts';
import { draftById, paragraphsOf } from './queries.ts';

// The Global Mechanism's progress report is drafted on the same workbench as the OEWG's reports, but
// tagged and balanced under the Global Mechanism's framework version (src/drafting/framework.ts).
let t: TestDatabase;
let chair: UserActor;
before(async () => {
  t = await testDb();
  chair = await actorFor(t.db, 'chair@accord.test');
});
after(() => t.close());

const DTG = 'The dedicated thematic groups met twice between the substantive plenary sessions, and their co-facilitators reported on the guiding questions.';
const paragraphs = [
  { section: 'introduction' as const, text: 'This first progress report was adopted by consensus.' },
  { section: 'norms' as const, text: 'States should not conduct or knowingly support ICT activity that intentionally damages critical infrastructure.' },
  { section: 'institutional-dialogue' as const, text: DTG },
];

test("a progress report of the Global Mechanism is tagged with the Global Mechanism's elements, an OEWG report with the 2025 ones", async () => {
  const gm = await createDraft(t.db, chair, { title: 'First progress report', process: 'global-mechanism', paragraphs });
  const oewg = await createDraft(t.db, chair, { title: 'Annual progress report', process: 'oewg-2021-2025', paragraphs });
  const gmDtg = (await paragraphsOf(t.db, gm.versionId)).find((p) => p.text === DTG)!;
  const oewgDtg = (await paragraphsOf(t.db, oewg.versionId)).find((p) => p.text === DTG)!;
  assert.ok(gmDtg.autoElements.includes('gm-thematic-groups'), JSON.stringify(gmDtg.autoElements));
  assert.ok(!oewgDtg.autoElements.some((e) => e.startsWith('gm-')), JSON.stringify(oewgDtg.autoElements));
  const { draft } = await draftById(t.db, chair, gm.id);
  const process = await t.db.selectFrom('processes').select('slug').where('id', '=', draft.process_id).executeTakeFirstOrThrow();
  assert.equal(process.slug, 'global-mechanism');
});

test("the checks balance a progress report across the Global Mechanism's pillars", async () => {
  const gm = await createDraft(t.db, chair, { title: 'Progress report for the checks', process: 'global-mechanism', paragraphs });
  const oewg = await createDraft(t.db, chair, { title: 'OEWG report for the checks', process: 'oewg-2021-2025', paragraphs });
  const row = async (id: number) => (await draftById(t.db, chair, id)).draft;
  const gmChecks = (await runChecks(t.db, { id: gm.versionId }, await row(gm.id))).result;
  const oewgChecks = (await runChecks(t.db, { id: oewg.versionId }, await row(oewg.id))).result;
  // The introduction's sentence on the progress report is about the mechanism itself only under the
  // Global Mechanism's version (the 2025 lexicons have no "progress report" and no "by consensus").
  const intro = (r: typeof gmChecks) => r.sentences.find((s) => s.text.startsWith('This first progress report'))!;
  assert.deepEqual(intro(gmChecks).pillars, ['institutional-dialogue']);
  assert.deepEqual(intro(oewgChecks).pillars, []);
  assert.ok(
    gmChecks.balance['institutional-dialogue'].words > oewgChecks.balance['institutional-dialogue'].words,
    `${gmChecks.balance['institutional-dialogue'].words} vs ${oewgChecks.balance['institutional-dialogue'].words}`,
  );
  // Law/norm confusion is checked the same way under either version.
  const law = await createDraft(t.db, chair, {
    title: 'Confused progress report',
    process: 'global-mechanism',
    paragraphs: [{ section: 'norms', text: 'The voluntary norms of responsible State behaviour are legally binding obligations for every State.' }],
  });
  const confused = (await runChecks(t.db, { id: law.versionId }, await row(law.id))).result;
  assert.ok(
    confused.sentences.some((s) => s.flags.some((f) => f.kind === 'law-norm-confusion')),
    JSON.stringify(confused.sentences.map((s) => s.flags.map((f) => f.kind))),
  );
});

test('a draft for a process that does not exist is refused and nothing is written', async () => {
  const before = await t.db
    .selectFrom('drafts')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  await assert.rejects(
    createDraft(t.db, chair, { title: 'Nowhere report', process: 'no-such-process' }),
    (e: unknown) => e instanceof AppError && e.code === 'draft.process_unknown' && e.status === 400,
  );
  const after = await t.db
    .selectFrom('drafts')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  assert.equal(Number(after.n), Number(before.n));
});

test("the demo's progress report is the Global Mechanism's, issued, touches every pillar and reuses the mechanism's agreed language", async () => {
  const { seedDemo } = await import('./demo.ts');
  const r = await seedDemo(t.db);
  assert.ok(r.seeded && r.progressReportId);
  const { draft, current } = await draftById(t.db, chair, r.progressReportId!);
  assert.equal(current?.number, 0);
  const checks = (await runChecks(t.db, { id: current!.id }, draft)).result;
  assert.deepEqual(checks.missingPillars, []);
  const reused = checks.sentences.filter((s) => s.match?.symbol === 'A/DEMO/3');
  assert.ok(reused.length >= 1, JSON.stringify(checks.sentences.map((s) => s.match?.symbol)));
});
