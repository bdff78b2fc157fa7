import assert from 'node:assert/strict';
import path from 'node:path';
import { after, before, test } from 'node:test';
import type { Page } from 'playwright-core';
import { browserSession, SCREENSHOTS } from '../../server/browser.ts';
import { blankQuestionnaireHtml } from './blankQuestionnaire.tsx';
import { getCycle } from '../cycles.ts';
import { loadQuestionnaire } from '../questionnaire.ts';
import { saveDraft } from '../commands/saveDraft.ts';
import { startReport } from '../commands/startReport.ts';
import { demoActors, testCycle } from '../../testing/factories.ts';
import { assertAccessible } from '../testing.ts';

let s: Awaited<ReturnType<typeof browserSession>>;
let A: Awaited<ReturnType<typeof demoActors>>;
let cycleId: number;
before(async () => {
  s = await browserSession();
  A = await demoActors(s.db);
  cycleId = (await testCycle(s.db, { title: 'Offline survey 2026', states: ['NZL', 'FRA'] })).id;
});
after(() => s?.close());

const six = {
  elements: Object.fromEntries(['norm-a', 'norm-b', 'norm-c'].map((id) => [id, { status: 'implemented' as const, measures: `Measures for ${id}.` }])),
};
async function reportWithSixAnswers(actor: typeof A.nzl) {
  const r = await startReport(s.db, actor, cycleId);
  const lock = (await s.db.selectFrom('national_reports').select('lock_version').where('id', '=', r.id).executeTakeFirstOrThrow()).lock_version;
  await saveDraft(s.db, actor, r.id, { lockVersion: lock, answers: six });
  return r.id;
}
const draftOf = async (id: number) =>
  (await s.db.selectFrom('national_reports').select('draft_answers').where('id', '=', id).executeTakeFirstOrThrow()).draft_answers;
async function upload(page: Page, reportId: number, answers: unknown) {
  await page.goto(`${s.base}/reports/${reportId}/import`);
  await page.setInputFiles('#file', { name: 'answers.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(answers)) });
  await Promise.all([page.waitForURL(/\/imports\/\d+$/), page.click('form[enctype] button[type=submit]')]);
}

test('an upload that would empty most answers lists them; Cancel keeps the draft, Confirm saves (English)', async () => {
  const reportId = await reportWithSixAnswers(A.nzl);
  const page = await s.newPage('delegate');
  await page.goto(`${s.base}/reporting/cycles/${cycleId}`);
  assert.ok(await page.$(`a[href="/api/v1/reporting/cycles/${cycleId}/questionnaire.pdf?lang=ar"]`), 'blank questionnaire as PDF in each language');
  assert.ok(await page.$(`a[href="/api/v1/reporting/cycles/${cycleId}/questionnaire.docx?lang=fr"]`));

  await upload(page, reportId, { general: { pointsOfContact: 'National Cyber Security Centre' } });
  assert.match((await page.textContent('.emptying h3')) ?? '', /This upload would empty most of your answers/);
  assert.equal((await page.$$('table.emptied tbody tr')).length, 6);
  assert.match((await page.textContent('table.emptied')) ?? '', /Cooperate for stability; prevent harmful practices · Measures taken\s*Measures for norm-a\./);
  assert.match((await page.textContent('table.emptied tr[data-field="elements.norm-a.status"] td')) ?? '', /^Implemented$/, 'statuses by their label');
  await assertAccessible(page, 'emptying review');
  await s.screenshot(page, 'reporting-import-emptying');

  await Promise.all([page.waitForURL(/\/import\?cancelled=1$/), page.click('text=Cancel the upload')]);
  assert.match((await page.textContent('.alert.ok')) ?? '', /The upload was cancelled; the draft is unchanged\./);
  assert.deepEqual(await draftOf(reportId), six);

  await upload(page, reportId, { general: { pointsOfContact: 'National Cyber Security Centre' } });
  await Promise.all([page.waitForURL(/\/edit\?saved=\d+$/), page.click('text=Empty these answers and save the upload')]);
  assert.deepEqual(await draftOf(reportId), { general: { pointsOfContact: 'National Cyber Security Centre' } });
  await page.context().close();
});

test('the same confirmation in Arabic, right to left; the printable blank questionnaire in Arabic', async () => {
  const reportId = await reportWithSixAnswers(A.fra);
  const page = await s.newPage('otherDelegate', { locale: 'ar' });
  await upload(page, reportId, {});
  assert.equal(await page.getAttribute('html', 'dir'), 'rtl');
  assert.match((await page.textContent('.emptying h3')) ?? '', /سيؤدي هذا الملف إلى إفراغ معظم إجاباتكم/);
  assert.equal((await page.$$('table.emptied tbody tr')).length, 6);
  await assertAccessible(page, 'emptying review (ar)');
  await s.screenshot(page, 'reporting-import-emptying-ar');
  await Promise.all([page.waitForURL(/cancelled=1$/), page.click('.import-actions button.secondary')]);
  assert.deepEqual(await draftOf(reportId), six);

  // The print layout, as Chromium prints it to PDF.
  const cycle = await getCycle(s.db, cycleId);
  await page.setContent(await blankQuestionnaireHtml(s.db, cycle, await loadQuestionnaire(s.db, cycle.framework_version), 'ar'));
  await page.emulateMedia({ media: 'print' });
  // The first screen only: the whole questionnaire is some 30 screens long.
  await page.screenshot({ path: path.join(SCREENSHOTS, 'reporting-blank-questionnaire-ar.png') });
  const pdf = await page.request.get(`${s.base}/api/v1/reporting/cycles/${cycleId}/questionnaire.pdf?lang=ar`);
  assert.equal(pdf.status(), 200);
  assert.equal((await pdf.body()).subarray(0, 5).toString(), '%PDF-');
  await page.context().close();
});
