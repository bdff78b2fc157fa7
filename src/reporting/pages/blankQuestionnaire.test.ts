import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { testApp } from '../../testing/app.ts';
import { blankQuestionnaireHtml } from './blankQuestionnaire.tsx';
import { createCycle } from '../commands/createCycle.ts';
import { getCycle } from '../cycles.ts';
import { pdfAvailable } from '../exports.ts';
import { loadQuestionnaire } from '../questionnaire.ts';
import { demoActors } from '../../testing/factories.ts';

let app: Awaited<ReturnType<typeof testApp>>;
let cycleId: number;
before(async () => {
  app = await testApp();
  const A = await demoActors(app.db);
  cycleId = (await createCycle(app.db, A.secretariat, { title: 'Printed survey', opensOn: '2026-01-01', dueOn: '2099-06-30', closesOn: '2099-12-31' })).id;
});
after(() => app.close());

test('the blank questionnaire to print has every question, the guidance and citations in the reader’s language, choices as tick boxes', async () => {
  const cycle = await getCycle(app.db, cycleId);
  const q = await loadQuestionnaire(app.db, cycle.framework_version);
  const ar = await blankQuestionnaireHtml(app.db, cycle, q, 'ar');
  assert.match(ar, /<html lang="ar" dir="rtl">/);
  assert.match(ar, /حماية البنية التحتية الحيوية الوطنية/);
  assert.match(ar, /A\/70\/174، الفقرة 13 \(g\)/);
  const ru = await blankQuestionnaireHtml(app.db, cycle, q, 'ru');
  assert.equal((ru.match(/<article>/g) ?? []).length, q.elementIds.length, 'one block per element');
  assert.equal((ru.match(/<div class="box">/g) ?? []).length, 2 + q.elementIds.length * 4 + 5, 'one box per text question');
  for (const s of ['Не начато', 'В процессе', 'Обучение', 'Высокий']) assert.ok(ru.includes(`<li>${s}</li>`), s);
  assert.doesNotMatch(ru, /elements\.|norm-g|in-progress/, 'no field keys or codes');
});

test('the PDF is printed by Chromium, or refused with export.pdf_unavailable when it is not installed', async () => {
  const res = await (await app.as('public')).request(`/api/v1/reporting/cycles/${cycleId}/questionnaire.pdf?lang=fr`);
  if (pdfAvailable()) {
    assert.equal(res.status, 200);
    assert.equal(res.headers.get('content-type'), 'application/pdf');
    assert.equal(
      Buffer.from(await res.arrayBuffer())
        .subarray(0, 5)
        .toString(),
      '%PDF-',
    );
  } else {
    assert.equal(res.status, 501);
    assert.equal(((await res.json()) as { error: { code: string } }).error.code, 'export.pdf_unavailable');
  }
});
