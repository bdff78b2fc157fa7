import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import type { Actor } from '../accounts/actor.ts';
import { createCycle } from '../reporting/commands/createCycle.ts';
import type { Answers } from '../reporting/answers.ts';
import { testApp } from '../testing/app.ts';
import { actorFor, testReport } from '../testing/factories.ts';
import { addElementMappings } from '../framework/commands/addElementMappings.ts';
import { createFrameworkVersion } from '../framework/commands/createFrameworkVersion.ts';
import { compileAnalysis } from './compile.ts';

// Progress across the change of process: an OEWG cycle (2025 framework) as the baseline of a Global
// Mechanism cycle (its own version). Elements that carry over one to one compare; an element split
// among several successors has no earlier status (src/analysis/queries/analysisInput.ts, comparableElements).
let ctx: Awaited<ReturnType<typeof testApp>>;
let secretariat: Actor;
let gmCycle: { id: number; code: string; framework_version: string };

const report = async (cycleId: number, iso3: string, answers: Answers, when: string) =>
  testReport(ctx.db, { ...(await actorFor(ctx.db, 'nzl@accord.test')), stateIso3: iso3 }, cycleId, answers, {
    language: 'en',
    at: new Date(`${when}T12:00:00Z`),
  });

before(async () => {
  ctx = await testApp({ minAggregate: 3 });
  secretariat = await actorFor(ctx.db, 'secretariat@accord.test');
  const states = ['NZL', 'FRA', 'CAN'];
  const oewg = await createCycle(ctx.db, secretariat, {
    title: 'Survey under the OEWG',
    code: 'SURVEY-2024',
    opensOn: '2024-01-01',
    dueOn: '2024-06-30',
    closesOn: '2024-12-31',
    states,
  });
  gmCycle = await createCycle(ctx.db, secretariat, {
    title: 'Survey under the Global Mechanism',
    process: 'global-mechanism',
    code: 'SURVEY-2026',
    opensOn: '2026-01-01',
    dueOn: '2026-06-30',
    closesOn: '2099-12-31',
    states,
  });
  for (const s of states) {
    await report(oewg.id, s, { elements: { 'norm-a': { status: 'planned' }, 'norm-c': { status: 'in-progress' } } }, '2024-03-01');
    await report(gmCycle.id, s, { elements: { 'norm-a': { status: 'implemented' }, 'norm-c': { status: 'implemented' } } }, '2026-03-01');
  }
});
after(() => ctx.close());

test("a Global Mechanism cycle asks under the Global Mechanism's framework", async () => {
  assert.equal(gmCycle.framework_version, 'global-mechanism');
  const process = await ctx.db
    .selectFrom('reporting_cycles as c')
    .innerJoin('processes as p', 'p.id', 'c.process_id')
    .select('p.slug')
    .where('c.id', '=', gmCycle.id)
    .executeTakeFirstOrThrow();
  assert.equal(process.slug, 'global-mechanism');
  const unnamed = await createCycle(ctx.db, secretariat, {
    title: 'Unnamed Global Mechanism survey',
    process: 'global-mechanism',
    opensOn: '2027-01-01',
    dueOn: '2027-06-30',
    closesOn: '2027-12-31',
    states: ['NZL'],
  });
  assert.equal(unnamed.code, 'GM-2027-1');
});

test('progress from an OEWG cycle to a Global Mechanism cycle, element by element', async () => {
  const a = await compileAnalysis(ctx.db, secretariat, gmCycle.id, { minAggregate: 3 });
  assert.equal(a.previous?.code, 'SURVEY-2024');
  const nzl = a.progress.byState.find((s) => s.state === 'NZL')!;
  assert.deepEqual(nzl.changes.map((c) => `${c.element}:${c.from}>${c.to}`).sort(), ['norm-a:planned>implemented', 'norm-c:in-progress>implemented']);
});

test('under a later version that renames one element and splits another, the renamed one compares and the split one does not', async () => {
  // A successor of the Global Mechanism's version (invented): norm 13(a) under a new id, norm 13(c) divided in two.
  await createFrameworkVersion(ctx.db, secretariat, {
    id: 'gm-test-next',
    title: 'A later framework for the test',
    predecessor: 'global-mechanism',
    pillars: [{ id: 'norms', title: 'Norms of responsible State behaviour' }],
    elements: [
      { id: 'norm-a-next', pillar: 'norms', title: 'Cooperation to increase stability and security', source: { symbol: 'A/TEST/9', paragraph: '1' } },
      { id: 'norm-c-territory', pillar: 'norms', title: 'Territory not used for wrongful acts', source: { symbol: 'A/TEST/9', paragraph: '2' } },
      { id: 'norm-c-response', pillar: 'norms', title: 'Responding to notifications of wrongful acts', source: { symbol: 'A/TEST/9', paragraph: '3' } },
    ],
  });
  await addElementMappings(ctx.db, secretariat, 'gm-test-next', {
    mappings: [
      { fromElement: 'norm-a', toElement: 'norm-a-next', relation: 'same' },
      { fromElement: 'norm-c', toElement: 'norm-c-territory', relation: 'split' },
      { fromElement: 'norm-c', toElement: 'norm-c-response', relation: 'split' },
    ],
  });
  const next = await createCycle(ctx.db, secretariat, {
    title: 'Survey under the later framework',
    process: 'global-mechanism',
    frameworkVersion: 'gm-test-next',
    code: 'SURVEY-2026-2',
    opensOn: '2026-10-01',
    dueOn: '2027-06-30',
    closesOn: '2099-12-31',
    states: ['NZL', 'FRA', 'CAN'],
  });
  for (const s of ['NZL', 'FRA', 'CAN']) {
    await report(next.id, s, { elements: { 'norm-a-next': { status: 'in-progress' }, 'norm-c-territory': { status: 'planned' } } }, '2026-11-01');
  }
  const a = await compileAnalysis(ctx.db, secretariat, next.id, { minAggregate: 3 });
  assert.equal(a.previous?.code, 'SURVEY-2026');
  const nzl = a.progress.byState.find((s) => s.state === 'NZL')!;
  assert.deepEqual(
    nzl.changes.map((c) => `${c.element}:${c.from}>${c.to}`),
    ['norm-a-next:implemented>in-progress'],
  );
});

test('an unknown process is refused beside its field and nothing is written', async () => {
  const before = await ctx.db
    .selectFrom('reporting_cycles')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  await assert.rejects(
    createCycle(ctx.db, secretariat, {
      title: 'Nowhere survey',
      process: 'no-such-process',
      opensOn: '2027-01-01',
      dueOn: '2027-06-30',
      closesOn: '2027-12-31',
    }),
    (e: { code?: string; fields?: Record<string, unknown> }) => e.code === 'cycle.invalid' && !!e.fields?.process,
  );
  const after = await ctx.db
    .selectFrom('reporting_cycles')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  assert.equal(Number(after.n), Number(before.n));
});
