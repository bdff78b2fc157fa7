import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import type { Actor } from '../accounts/actor.ts';
import { createCycle } from '../reporting/commands/createCycle.ts';
import type { Answers } from '../reporting/answers.ts';
import { testApp } from '../testing/app.ts';
import { actorFor, testReport } from '../testing/factories.ts';
import { compileAnalysis } from './compile.ts';
import { cycleCatalogue, publishedCycle, seriesOfCode } from './cycleSeries.ts';
import { setCycleSettings } from './commands/setCycleSettings.ts';

/**
 * Which cycle public figures come from, and what progress is compared with. Series PUB: 2021
 * (closed), 2023 (closed), 2025 (open, one report). In 2022 an unrelated survey (closed, three
 * reports) opened between them. The published cycle is PUB 2023; PUB 2025's baseline is PUB 2023,
 * PUB 2023's is PUB 2021, never the survey, unless the reader chooses it.
 */
let ctx: Awaited<ReturnType<typeof testApp>>;
let secretariat: Actor;
const ids: Record<string, number> = {};
const day = (d: string) => new Date(`${d}T12:00:00Z`);

const report = async (cycleId: number, iso3: string, elements: Answers['elements'], when: string) =>
  testReport(ctx.db, { ...(await actorFor(ctx.db, 'nzl@accord.test')), stateIso3: iso3 }, cycleId, { elements }, { language: 'en', at: day(when) });

before(async () => {
  ctx = await testApp({ minAggregate: 3, minPublishedReports: 3 });
  secretariat = await actorFor(ctx.db, 'secretariat@accord.test');
  const states = ['NZL', 'FRA', 'CAN', 'AUS'];
  const make = async (key: string, code: string, year: number, closes: string) => {
    ids[key] = (
      await createCycle(ctx.db, secretariat, { title: `Cycle ${key}`, code, opensOn: `${year}-01-01`, dueOn: `${year}-06-30`, closesOn: closes, states })
    ).id;
  };
  await make('pub2021', 'PUB-2021-1', 2021, '2021-12-31');
  await make('survey', 'SURVEY-2022', 2022, '2022-12-31');
  await make('pub2023', 'PUB-2023-1', 2023, '2023-12-31');
  await make('pub2025', 'PUB-2025-1', 2025, '2099-12-31');
  for (const s of ['NZL', 'FRA', 'CAN']) await report(ids.pub2021!, s, { 'norm-f': { status: 'planned' } }, '2021-03-01');
  for (const s of ['NZL', 'FRA', 'CAN']) await report(ids.survey!, s, { 'norm-f': { status: 'not-started' } }, '2022-03-01');
  for (const s of ['NZL', 'FRA', 'CAN']) await report(ids.pub2023!, s, { 'norm-f': { status: s === 'NZL' ? 'implemented' : 'in-progress' } }, '2023-03-01');
  await report(ids.pub2025!, 'NZL', { 'norm-f': { status: 'implemented' } }, '2025-03-01');
});
after(() => ctx.close());

test('a series is the code without its trailing numbers', () => {
  assert.equal(seriesOfCode('OEWG-2026-1'), 'OEWG');
  assert.equal(seriesOfCode('SURVEY-2025'), 'SURVEY');
  assert.equal(seriesOfCode('UNIDIR-SURVEY-2024-2'), 'UNIDIR-SURVEY');
  assert.equal(seriesOfCode('2024'), '2024');
});

test('public figures come from the latest cycle that is closed or has enough reports, and say which', async () => {
  const list = await cycleCatalogue(ctx.db, { minAggregate: 3, minPublished: 3 });
  assert.equal(list.find((c) => c.id === ids.pub2025)!.publication, 'provisional');
  assert.equal(publishedCycle(list)!.id, ids.pub2023);
  const html = await (await (await ctx.as('public')).request('/framework/elements/norm-f')).text();
  assert.match(html, /Figures from the cycle “Cycle pub2023”/);
  assert.match(html, /3 reporting States/);
  assert.doesNotMatch(html, /1 reporting State/, 'the open cycle with one report is not the public figure');
  const profile = await (await (await ctx.as('public')).request('/states/NZL')).text();
  assert.match(profile, /Figures from the cycle “Cycle pub2023”/, 'the profile keeps its analysis when a new cycle opens');
  assert.match(profile, /Since “Cycle pub2021”: 1 elements moved up/);
  const page = await (await (await ctx.as('public')).request(`/analysis/cycles/${ids.pub2025}`)).text();
  assert.match(page, /Provisional figures/, 'the open cycle itself is shown, marked provisional');
  const latest = await (await (await ctx.as('public')).request('/api/v1/analysis/cycles/latest')).json();
  assert.equal(latest.cycle.id, ids.pub2023, '"latest" is the latest publishable cycle');
  assert.equal(latest.cycle.publication.status, 'closed');
});

test('the baseline is the previous cycle of the same series, not the survey that opened in between; the reader may choose another', async () => {
  const a = await compileAnalysis(ctx.db, secretariat, ids.pub2023!, { minAggregate: 3 });
  assert.deepEqual([a.previous?.id, a.previous?.chosen, a.cycle.series], [ids.pub2021, false, 'PUB']);
  assert.deepEqual(
    a.baselines.map((b) => b.id),
    [ids.survey, ids.pub2021],
  );
  const pub = await ctx.as('public');
  const chosen = await (await pub.request(`/api/v1/analysis/cycles/${ids.pub2023}?baseline=${ids.survey}`)).json();
  assert.deepEqual([chosen.previous.id, chosen.previous.chosen, chosen.previous.series], [ids.survey, true, 'SURVEY']);
  assert.equal(chosen.progress.overall.up, 3, 'not-started → in-progress or implemented for all three');
  const html = await (await pub.request(`/analysis/cycles/${ids.pub2023}?baseline=${ids.survey}`)).text();
  assert.match(html, new RegExp(`<option value="${ids.survey}" selected="">`), 'the form control shows the choice');
  for (const bad of [String(ids.pub2025), String(ids.pub2023), 'abc', '99999']) {
    const res = await pub.request(`/api/v1/analysis/cycles/${ids.pub2023}?baseline=${bad}`);
    assert.equal(res.status, 400, bad);
    assert.equal(((await res.json()) as { error: { code: string } }).error.code, 'analysis.unknown_baseline');
  }
});

test("the Secretariat sets a cycle's series and threshold; one below the aggregate minimum is raised to it", async () => {
  await assert.rejects(setCycleSettings(ctx.db, secretariat, ids.pub2025!, { series: 'bad series!', minReports: '' }), /Capital letters/);
  await assert.rejects(setCycleSettings(ctx.db, secretariat, ids.pub2025!, { series: '', minReports: '0' }), /At least 1/);
  // The survey joins the series: it becomes PUB 2023's baseline (it opened after PUB 2021).
  await setCycleSettings(ctx.db, secretariat, ids.survey!, { series: 'pub', minReports: '' });
  assert.equal((await compileAnalysis(ctx.db, secretariat, ids.pub2023!, { minAggregate: 3 })).previous?.id, ids.survey);
  await setCycleSettings(ctx.db, secretariat, ids.survey!, { series: '', minReports: '' });
  assert.equal((await compileAnalysis(ctx.db, secretariat, ids.pub2023!, { minAggregate: 3 })).previous?.id, ids.pub2021, "empty: back to the code's series");
  // A threshold below the aggregate minimum is raised to it: one report never publishes.
  await setCycleSettings(ctx.db, secretariat, ids.pub2025!, { minReports: '1' });
  assert.equal(publishedCycle(await cycleCatalogue(ctx.db, { minAggregate: 3, minPublished: 3 }))!.id, ids.pub2023);
  const sec = await ctx.as('secretariat');
  const form = await (await sec.request(`/analysis/cycles/${ids.pub2025}`)).text();
  assert.match(form, /id="settings"/);
  assert.doesNotMatch(await (await (await ctx.as('public')).request(`/analysis/cycles/${ids.pub2025}`)).text(), /id="settings"/);
  const audit = await ctx.db.selectFrom('audit_events').select('action').where('action', '=', 'analysis.cycle_settings_changed').execute();
  assert.equal(audit.length, 3);
});
