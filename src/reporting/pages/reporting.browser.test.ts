import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import type { Page } from 'playwright-core';
import { browserSession } from '../../server/browser.ts';
import { addValidationRule } from '../commands/addValidationRule.ts';
import { createCycle } from '../commands/createCycle.ts';
import { seedDemo } from '../demo.ts';
import { demoActors, testCycle } from '../../testing/factories.ts';
import { assertAccessible } from '../testing.ts';

// Autosave every 2 s instead of 30 so the test can watch it; the page reads this when it renders.
process.env.ACCORD_AUTOSAVE_SECONDS = '2';

let s: Awaited<ReturnType<typeof browserSession>>;
let cycleId: number;
let arabicCycleId: number;
before(async () => {
  s = await browserSession();
  const A = await demoActors(s.db);
  cycleId = (await createCycle(s.db, A.secretariat, { title: 'Browser survey 2026', opensOn: '2026-01-01', dueOn: '2099-06-30', closesOn: '2099-12-31' })).id;
  arabicCycleId = (await testCycle(s.db, { title: 'Arabic survey 2026', states: ['FRA', 'NZL'] })).id;
  for (const id of [cycleId, arabicCycleId])
    await addValidationRule(s.db, A.secretariat, id, { kind: 'min-length', field: 'measures', amount: 20, severity: 'error' });
  await seedDemo(s.db);
});
after(() => s?.close());

const field = (name: string) => `[name="${name}"]`;

/** Keyboard only: presses Tab until the focused element matches, and counts the presses. */
function keyboard(page: Page) {
  let tabs = 0;
  return {
    get tabs() {
      return tabs;
    },
    async tabTo(selector: string, max = 200) {
      for (let i = 0; i < max; i++) {
        if (await page.evaluate((sel) => !!document.activeElement?.matches(sel), selector)) return;
        await page.keyboard.press('Tab');
        tabs++;
      }
      throw new Error(`Tab never reached ${selector}`);
    },
    /** From a freshly loaded page: Tab to the skip link and follow it, as a keyboard user passes the header. */
    async skip() {
      await page.keyboard.press('Tab');
      tabs++;
      assert.ok(await page.evaluate(() => !!document.activeElement?.matches('a.skip')), 'the first Tab reaches the skip link');
      await page.keyboard.press('Enter');
    },
    /** Types into the focused field, replacing what it held. */
    async replace(text: string) {
      await page.keyboard.press('Control+A');
      await page.keyboard.press('Delete');
      if (text) await page.keyboard.type(text);
    },
    /** Enter on a button or link that loads another page. */
    async enter(url: RegExp) {
      await Promise.all([page.waitForURL(url), page.keyboard.press('Enter')]);
    },
  };
}

test('by keyboard: fill, an inline error keeps what was typed, the review step refuses a broken rule, autosave, submit (English)', async () => {
  const page = await s.newPage('delegate');
  await page.goto(`${s.base}/reporting/cycles/${cycleId}`);
  await assertAccessible(page, 'cycle page (delegate)');
  await Promise.all([page.waitForURL(/\/reports\/\d+\/edit$/), page.click('text=Start our report')]);
  const reportUrl = page.url().replace(/\/edit$/, '');
  const started = Date.now();
  const k = keyboard(page);

  await k.tabTo(field('general.pointsOfContact'));
  await page.keyboard.type('National Cyber Security Centre');
  await k.tabTo('#el-norm-a > summary');
  await page.keyboard.press('Enter'); // opens the element
  await k.tabTo(field('elements.norm-a.status'));
  for (let i = 0; i < 4; i++) await page.keyboard.press('ArrowDown'); // — → not started → planned → in progress → implemented
  await k.tabTo(field('elements.norm-a.measures'));
  await page.keyboard.type('Monthly group.');
  await k.tabTo(field('elements.norm-a.links'));
  await page.keyboard.type('not a web address');
  await k.tabTo('button[value=save]');
  await k.enter(/\/edit$/);

  // Refused: the error beside its field, in words at the top, and everything typed still there.
  assert.match((await page.textContent('#err-elements\\.norm-a\\.links')) ?? '', /full web address starting with https:\/\//);
  assert.match((await page.textContent('#form-errors')) ?? '', /Cooperate for stability; prevent harmful practices · Links to laws and policies/);
  assert.equal(await page.inputValue(field('elements.norm-a.measures')), 'Monthly group.');
  assert.equal(await page.inputValue(field('elements.norm-a.status')), 'implemented');
  assert.equal(await page.inputValue(field('general.pointsOfContact')), 'National Cyber Security Centre');
  await assertAccessible(page, 'form with an error');
  await s.screenshot(page, 'reporting-inline-error');
  await page.locator('#el-norm-a').screenshot({ path: 'test-output/screenshots/reporting-inline-error-field.png' });

  await k.tabTo(field('elements.norm-a.links'));
  await k.replace('');
  await k.tabTo('button[value=review]');
  await k.enter(/\/review$/);
  // The review step: the broken rule (a 14-character measure where 20 are asked) blocks submission.
  assert.match((await page.textContent('#review-errors')) ?? '', /At least 20 characters are asked for \(now 14\)/);
  assert.equal(await page.$('form.review-submit'), null, 'no Submit while a blocking rule is broken');
  assert.match((await page.textContent('tr[data-section="norms"]')) ?? '', /1 of 11 answered/);
  await assertAccessible(page, 'review, blocked');
  await s.screenshot(page, 'reporting-review-blocked');

  await k.tabTo('a.button[href$="/edit"]');
  await k.enter(/\/edit$/);
  assert.match((await page.textContent('#warn-elements\\.norm-a\\.measures')) ?? '', /At least 20 characters.*must be fixed before submitting/);
  await k.tabTo(field('elements.norm-a.measures'));
  await k.replace('An interagency coordination group meets monthly.');
  // Autosave: within a few seconds the draft is saved without pressing anything (typing may span two saves).
  await page.waitForFunction(() => /saved automatically/.test(document.getElementById('autosave-status')?.textContent ?? ''), null, { timeout: 10_000 });
  const measuresSaved = async () =>
    (
      await s.db
        .selectFrom('national_reports')
        .select('draft_answers')
        .where('id', '=', Number(reportUrl.split('/').pop()))
        .executeTakeFirstOrThrow()
    ).draft_answers.elements?.['norm-a']?.measures;
  for (let i = 0; i < 40 && (await measuresSaved()) !== 'An interagency coordination group meets monthly.'; i++) await page.waitForTimeout(250);
  assert.equal(await measuresSaved(), 'An interagency coordination group meets monthly.');
  await s.screenshot(page, 'reporting-autosaved');

  await k.tabTo('button[value=review]');
  await k.enter(/\/review$/);
  assert.equal(await page.$('#review-errors'), null);
  assert.match((await page.textContent('tr[data-section="norms"] td')) ?? '', /Cooperate for stability; prevent harmful practices · Implemented/);
  assert.match((await page.textContent('tr[data-section="general"]')) ?? '', /Points of contact/);
  await assertAccessible(page, 'review');
  await s.screenshot(page, 'reporting-review');
  await k.tabTo('form.review-submit button[type=submit]');
  await k.enter(/\/receipt\?new=1$/);
  const elapsed = Date.now() - started;
  const receipt1 = (await page.textContent('.receipt-number'))!.trim();
  assert.match(receipt1, /^OEWG-2026-\d+\/NZL\/R1$/);
  await assertAccessible(page, 'receipt');
  await s.screenshot(page, 'reporting-receipt');
  console.log(
    `# keyboard, English, with an invalid link, a blocked review and a fix: ${k.tabs} Tab presses, ${(elapsed / 1000).toFixed(1)} s from the empty form to the receipt`,
  );

  // Revise: a new revision with its own receipt; the first stays readable; the diff shows the change.
  await page.goto(`${reportUrl}/edit`);
  await page.selectOption(field('elements.norm-a.status'), 'in-progress');
  await page.fill(field('elements.norm-a.measures'), 'An interagency coordination group meets monthly and reports to Cabinet.');
  await Promise.all([page.waitForURL(/\/review$/), page.click('p.sticky-actions button[value=review]')]);
  await Promise.all([page.waitForURL(/\/receipt\?new=1$/), page.click('form.review-submit button[type=submit]')]);
  assert.match((await page.textContent('.receipt-number'))!, /\/NZL\/R2$/);
  await page.goto(`${reportUrl}/revisions/1`);
  assert.match((await page.textContent('main')) ?? '', /meets monthly\./);
  await page.goto(`${reportUrl}/diff?from=1&to=2`);
  assert.match((await page.textContent('table.diff ins')) ?? '', /reports to Cabinet/);
  assert.ok(await page.$('tr[data-field="elements.norm-a.status"]'));
  await s.screenshot(page, 'reporting-diff');
  await page.goto(reportUrl);
  await assertAccessible(page, 'report page (owner)');
  await s.screenshot(page, 'reporting-report-page');

  // Unsaved typing: leaving asks first (the browser's own question); staying keeps the text.
  await page.goto(`${reportUrl}/edit`);
  await page.click(field('general.internationalLawViews'));
  await page.keyboard.type('Typed but not saved.');
  const asked = new Promise<string>((resolve) =>
    page.once('dialog', (d) => {
      resolve(d.type());
      void d.dismiss();
    }),
  );
  await page.evaluate(() => {
    location.href = '/reporting';
  });
  assert.equal(await asked, 'beforeunload');
  await page.waitForTimeout(300);
  assert.match(page.url(), /\/edit$/, 'stayed on the form');
  assert.equal(await page.inputValue(field('general.internationalLawViews')), 'Typed but not saved.');

  // Another State's delegate cannot see this secretariat-only report.
  const fra = await s.newPage('otherDelegate');
  const res = await fra.goto(reportUrl);
  assert.equal(res?.status(), 404);
  await page.context().close();
  await fra.context().close();
});

test('by keyboard in Arabic: an empty report cannot be submitted; fill and submit, counting the Tab presses', async () => {
  const page = await s.newPage('otherDelegate', { locale: 'ar' });
  await page.goto(`${s.base}/reporting/cycles/${arabicCycleId}?lang=ar`);
  assert.equal(await page.getAttribute('html', 'dir'), 'rtl');
  await Promise.all([page.waitForURL(/\/reports\/\d+\/edit$/), page.click('form[action$="/reports"] button[type=submit]')]);
  const k = keyboard(page);

  // Review an empty report: refused, with nothing to submit.
  await k.tabTo('button[value=review]');
  await k.enter(/\/review$/);
  assert.match((await page.textContent('#review-empty')) ?? '', /لا يحتوي التقرير على أي إجابة/);
  assert.equal(await page.$('form.review-submit'), null);
  await assertAccessible(page, 'empty review (ar)');
  await s.screenshot(page, 'reporting-review-empty-ar');
  await page.goto(page.url().replace(/\/review$/, '/edit'));

  // The shortest honest report by keyboard: points of contact, one element's status and measures, review, submit.
  const fill = keyboard(page);
  const started = Date.now();
  await fill.skip();
  await fill.tabTo(field('general.pointsOfContact'));
  await page.keyboard.type('المركز الوطني للأمن السيبراني');
  await fill.tabTo('#el-norm-b > summary');
  await page.keyboard.press('Enter');
  await fill.tabTo(field('elements.norm-b.status'));
  for (let i = 0; i < 3; i++) await page.keyboard.press('ArrowDown'); // — → not started → planned → in progress
  await fill.tabTo(field('elements.norm-b.measures'));
  await page.keyboard.type('تقييم الحوادث ومشاركة المعلومات مع الشركاء الإقليميين.');
  const toReview = fill.tabs;
  await fill.tabTo('button[value=review]');
  const formTabs = fill.tabs;
  await fill.enter(/\/review$/);
  assert.match((await page.textContent('form.review-submit')) ?? '', /تقديم التنقيح رقم 1/);
  await assertAccessible(page, 'review (ar)');
  await s.screenshot(page, 'reporting-review-ar');
  await fill.skip();
  await fill.tabTo('form.review-submit button[type=submit]');
  await fill.enter(/\/receipt\?new=1$/);
  assert.match((await page.textContent('.receipt-number'))!, /\/FRA\/R1$/);
  await s.screenshot(page, 'reporting-receipt-ar');
  console.log(
    `# keyboard, Arabic, three answers, review and submit, using the skip link on each page: ${fill.tabs} Tab presses (${toReview} to reach and fill the fields, ${formTabs - toReview} from the last field to "Review and submit", ${fill.tabs - formTabs} on the review page), ${((Date.now() - started) / 1000).toFixed(1)} s`,
  );

  // Revising with a measure shorter than the cycle asks: saved, with the rule's warning beside the field, in Arabic.
  await page.goto(page.url().replace(/\/revisions\/.*$/, '/edit'));
  const revise = keyboard(page);
  await revise.tabTo(field('elements.norm-b.measures'));
  await revise.replace('قصير');
  await revise.tabTo('button[value=save]');
  await revise.enter(/\/edit\?saved=\d+$/);
  assert.match((await page.textContent('#warn-elements\\.norm-b\\.measures')) ?? '', /المطلوب 20 حرف على الأقل \(الآن 4\)/);
  assert.equal(await page.inputValue(field('elements.norm-b.measures')), 'قصير');
  await assertAccessible(page, 'form with a warning (ar)');
  await s.screenshot(page, 'reporting-rule-warning-ar');
  await page.locator('#el-norm-b').screenshot({ path: 'test-output/screenshots/reporting-rule-warning-ar-field.png' });
  await page.context().close();
});

test('the public sees only public reports, filtered and paged; the Secretariat sees who has reported and sets the rules', async () => {
  const pub = await s.newPage('public');
  await pub.goto(`${s.base}/reporting`);
  const list = await pub.textContent('table.reports');
  assert.match(list ?? '', /France/);
  assert.doesNotMatch(list ?? '', /New Zealand|Mexico/);
  await pub.selectOption('#f-state', 'FRA');
  await Promise.all([pub.waitForURL(/state=FRA/), pub.click('form[role=search] button[type=submit]')]);
  assert.match((await pub.textContent('#reports [role=status]')) ?? '', /Reports 1–1 of 1/);
  await assertAccessible(pub, 'reports list (public)');
  await s.screenshot(pub, 'reporting-public-list');

  const sec = await s.newPage('secretariat');
  await sec.goto(`${s.base}/reporting/cycles/${cycleId}/monitor`);
  assert.equal(await sec.getAttribute('tr[data-state="NZL"]', 'data-status'), 'submitted-on-time');
  assert.equal(await sec.getAttribute('tr[data-state="FRA"]', 'data-status'), 'not-started');
  await s.screenshot(sec, 'reporting-monitor');

  // The rule form: a refused rule comes back with its values and the error beside the field.
  await sec.goto(`${s.base}/reporting/cycles/${cycleId}?lang=ar`);
  await sec.click('#rules details > summary');
  await sec.selectOption('#rule-kind', 'max-length');
  await sec.selectOption('#rule-field', 'challenges');
  await Promise.all([sec.waitForLoadState('load'), sec.click('#rules form.stack button[type=submit]')]);
  assert.match((await sec.textContent('#rule-err-amount')) ?? '', /اكتبوا عددا صحيحا/);
  assert.equal(await sec.inputValue('#rule-kind'), 'max-length');
  assert.equal(await sec.inputValue('#rule-field'), 'challenges');
  await assertAccessible(sec, 'cycle page with the rule form (ar)');
  await s.screenshot(sec, 'reporting-rule-form-error-ar');
  await sec.fill('#rule-amount', '4000');
  await Promise.all([sec.waitForURL(/#rules$/), sec.click('#rules form.stack button[type=submit]')]);
  assert.equal((await sec.$$('table.rules tbody tr')).length, 3, 'the default, the test rule and the new one');
  await s.screenshot(sec, 'reporting-rules-ar');

  // The cycle form keeps what was typed when a date is wrong.
  await sec.goto(`${s.base}/reporting?lang=en`);
  await sec.click('#new-cycle > summary');
  await sec.fill('#title', 'Second survey 2027');
  await sec.fill('#opensOn', '2027-03-01');
  await sec.fill('#dueOn', '2027-02-01');
  await sec.fill('#closesOn', '2027-04-01');
  await sec.fill('#states', 'NZL FRA');
  await Promise.all([sec.waitForLoadState('load'), sec.click('#new-cycle button[type=submit]')]);
  assert.match((await sec.textContent('#err-dueOn')) ?? '', /cannot be before the opening date/);
  assert.equal(await sec.inputValue('#title'), 'Second survey 2027');
  assert.equal(await sec.inputValue('#states'), 'NZL FRA');
  await assertAccessible(sec, 'cycle form with an error');
  await s.screenshot(sec, 'reporting-cycle-form-error');
  await pub.context().close();
  await sec.context().close();
});
