import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { browserSession } from '../server/browser.ts';
import { createCycle } from './createCycle.ts';
import { seedDemo } from './demo.ts';
import { demoActors } from './testActors.ts';

let s: Awaited<ReturnType<typeof browserSession>>;
let cycleId: number;
before(async () => {
  s = await browserSession();
  const A = await demoActors(s.db);
  cycleId = (await createCycle(s.db, A.secretariat, { title: 'Browser survey 2026', opensOn: '2026-01-01', dueOn: '2099-06-30', closesOn: '2099-12-31' })).id;
  await seedDemo(s.db);
});
after(() => s?.close());

const field = (name: string) => `[name="${name}"]`;

test('a delegate fills part of the report, saves, leaves, returns, submits, gets a receipt and revises', async () => {
  const page = await s.newPage('delegate');
  await page.goto(`${s.base}/reporting/cycles/${cycleId}`);
  await Promise.all([page.waitForURL(/\/reports\/\d+\/edit$/), page.click('text=Start our report')]);
  const reportUrl = page.url().replace(/\/edit$/, '');

  await page.click('#el-norm-a summary');
  await page.selectOption(field('elements.norm-a.status'), 'in-progress');
  await page.fill(field('elements.norm-a.measures'), 'An interagency coordination group meets monthly.');
  await page.fill(field('general.pointsOfContact'), 'National Cyber Security Centre');
  await Promise.all([page.waitForURL(/saved=/), page.click('button[value=save]')]);
  assert.match(await page.textContent('.alert.ok') ?? '', /Draft saved/);
  await s.screenshot(page, 'reporting-draft-saved');

  // Leave and come back: the draft is still there.
  await page.goto(`${s.base}/reporting`);
  await page.goto(`${reportUrl}/edit`);
  assert.equal(await page.inputValue(field('elements.norm-a.measures')), 'An interagency coordination group meets monthly.');
  assert.equal(await page.inputValue(field('elements.norm-a.status')), 'in-progress');
  assert.match(await page.textContent('table.completeness') ?? '', /1 of 11 answered/);

  await Promise.all([page.waitForURL(/\/receipt\?new=1$/), page.click('button[value=submit]')]);
  const receipt1 = (await page.textContent('.receipt-number'))!.trim();
  assert.match(receipt1, /^OEWG-2026-\d+\/NZL\/R1$/);
  await s.screenshot(page, 'reporting-receipt');

  // Revise: a new revision with its own receipt; the first stays readable; the diff shows the change.
  await page.goto(`${reportUrl}/edit`);
  await page.selectOption(field('elements.norm-a.status'), 'implemented');
  await page.fill(field('elements.norm-a.measures'), 'An interagency coordination group meets monthly and reports to Cabinet.');
  await Promise.all([page.waitForURL(/\/receipt\?new=1$/), page.click('button[value=submit]')]);
  assert.match((await page.textContent('.receipt-number'))!, /\/NZL\/R2$/);
  await page.goto(`${reportUrl}/revisions/1`);
  assert.match(await page.textContent('main') ?? '', /meets monthly\./);
  await page.goto(`${reportUrl}/diff?from=1&to=2`);
  assert.match(await page.textContent('table.diff ins') ?? '', /reports to Cabinet/);
  assert.ok(await page.$('tr[data-field="elements.norm-a.status"]'));
  await s.screenshot(page, 'reporting-diff');
  await page.goto(reportUrl);
  await s.screenshot(page, 'reporting-report-page');

  // Another State's delegate cannot see this secretariat-only report.
  const fra = await s.newPage('otherDelegate');
  const res = await fra.goto(reportUrl);
  assert.equal(res?.status(), 404);
  await page.context().close(); await fra.context().close();
});

test('the public sees only public reports; the Secretariat sees who has reported', async () => {
  const pub = await s.newPage('public');
  await pub.goto(`${s.base}/reporting`);
  const list = await pub.textContent('table.reports');
  assert.match(list ?? '', /France/);
  assert.doesNotMatch(list ?? '', /New Zealand|Mexico/);
  await s.screenshot(pub, 'reporting-public-list');

  const sec = await s.newPage('secretariat');
  await sec.goto(`${s.base}/reporting/cycles/${cycleId}/monitor`);
  assert.equal(await sec.getAttribute('tr[data-state="NZL"]', 'data-status'), 'submitted-on-time');
  assert.equal(await sec.getAttribute('tr[data-state="FRA"]', 'data-status'), 'not-started');
  await s.screenshot(sec, 'reporting-monitor');
  await pub.context().close(); await sec.context().close();
});
