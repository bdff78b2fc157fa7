import { strToU8 } from 'fflate';
import { all, type AccessSpec, type MatrixRole } from '../server/accessMatrix.ts';
import type { Db } from '../db/engine.ts';
import { addValidationRule } from './commands/addValidationRule.ts';
import { createCycle } from './commands/createCycle.ts';
import { pdfAvailable } from './exports.ts';
import { previewImport } from './commands/previewImport.ts';
import { saveDraft } from './commands/saveDraft.ts';
import { startReport } from './commands/startReport.ts';
import { submitReport } from './commands/submitReport.ts';
import { demoActors } from '../testing/factories.ts';

type Expect = Record<MatrixRole, number>;
/** NZL's secretariat-only report: only NZL and the Secretariat see it; others get 404 (no existence leak). */
const seen = (ok = 200): Expect => ({ public: 404, secretariat: ok, chair: 404, delegate: ok, otherDelegate: 404, stakeholder: 404 });
/** Writing NZL's report after reading it: the Secretariat sees it but may not write. */
const ownRead = (ok: number): Expect => ({ public: 404, secretariat: 403, chair: 404, delegate: ok, otherDelegate: 404, stakeholder: 404 });
const secretariat = (ok: number): Expect => all(403, { public: 401, secretariat: ok });
const anyDelegate = (ok: number): Expect => ({ public: 401, secretariat: 403, chair: 403, delegate: ok, otherDelegate: ok, stakeholder: 403 });

/** Fixtures: each row that changes something gets its own report, so rows do not depend on their order. */
async function fixtures(db: Db) {
  const A = await demoActors(db);
  let n = 0;
  const cycle = async (states = ['NZL', 'FRA', 'MEX']) =>
    (
      await createCycle(db, A.secretariat, {
        title: `Access matrix cycle ${++n}`,
        code: `MATRIX-${n}`,
        opensOn: '2026-01-01',
        dueOn: '2099-06-30',
        closesOn: '2099-12-31',
        states,
      })
    ).id;
  const nzl = async (kind: 'draft' | 'submitted' | 'changed') => {
    const r = await startReport(db, A.nzl, await cycle(), { visibility: 'secretariat' });
    const s = await saveDraft(db, A.nzl, r.id, {
      lockVersion: 0,
      answers: { elements: { 'norm-a': { status: 'implemented', measures: 'National strategy.' } } },
    });
    if (kind === 'draft') return { id: r.id, lock: s.lockVersion };
    await submitReport(db, A.nzl, r.id);
    if (kind === 'submitted') return { id: r.id, lock: s.lockVersion };
    const c = await saveDraft(db, A.nzl, r.id, {
      lockVersion: s.lockVersion,
      answers: { elements: { 'norm-a': { status: 'implemented', measures: 'National strategy and action plan.' } } },
    });
    return { id: r.id, lock: c.lockVersion };
  };
  const main = await nzl('submitted');
  const fraCycle = await cycle();
  const fra = await startReport(db, A.fra, fraCycle, { visibility: 'public', language: 'fr' });
  await saveDraft(db, A.fra, fra.id, { lockVersion: 0, answers: { elements: { 'norm-e': { status: 'implemented' } } } });
  await submitReport(db, A.fra, fra.id);
  const put = await nzl('draft');
  const submit = await nzl('changed');
  const withdraw = await nzl('submitted');
  const withdrawPage = await nzl('submitted');
  const edit = await nzl('draft');
  const submitPage = await nzl('changed');
  const autosave = await nzl('draft');
  const review = await nzl('changed');
  const importApi = await nzl('draft');
  const importPage = await nzl('draft');
  const reviewPage = await nzl('draft');
  const cancelPage = await nzl('draft');
  const cancelApi = await nzl('draft');
  // The upload keeps the draft's answers and adds one: confirming it needs no emptying confirmation.
  const body = strToU8(
    JSON.stringify({ general: { pointsOfContact: 'NCSC' }, elements: { 'norm-a': { status: 'implemented', measures: 'National strategy.' } } }),
  );
  const impApi = await previewImport(db, A.nzl, importApi.id, 'json', body);
  const impPage = await previewImport(db, A.nzl, importPage.id, 'json', body);
  const impReview = await previewImport(db, A.nzl, reviewPage.id, 'json', body);
  const impCancelPage = await previewImport(db, A.nzl, cancelPage.id, 'json', body);
  const impCancelApi = await previewImport(db, A.nzl, cancelApi.id, 'json', body);
  return {
    rep_cycle: fraCycle,
    rep_report: main.id,
    rep_publicReport: fra.id,
    rep_putReport: put.id,
    rep_putLock: put.lock,
    rep_submitReport: submit.id,
    rep_withdrawReport: withdraw.id,
    rep_withdrawPageReport: withdrawPage.id,
    rep_editReport: edit.id,
    rep_editLock: edit.lock,
    rep_importApiReport: importApi.id,
    rep_importApiId: impApi.importId!,
    rep_importPageReport: importPage.id,
    rep_importPageId: impPage.importId!,
    rep_reviewReport: reviewPage.id,
    rep_reviewId: impReview.importId!,
    rep_cancelPageReport: cancelPage.id,
    rep_cancelPageId: impCancelPage.importId!,
    rep_cancelApiReport: cancelApi.id,
    rep_cancelApiId: impCancelApi.importId!,
    rep_startCycle: await cycle(),
    rep_startPageCycle: await cycle(),
    rep_submitPageReport: submitPage.id,
    rep_submitPageLock: submitPage.lock,
    rep_autosaveReport: autosave.id,
    rep_autosaveLock: autosave.lock,
    rep_reviewPage: review.id,
    rep_rulePageRetire: (await addValidationRule(db, A.secretariat, fraCycle, { kind: 'required', target: 'norm-b', severity: 'warning' })).id,
    rep_ruleApiRetire: (await addValidationRule(db, A.secretariat, fraCycle, { kind: 'required', target: 'norm-c', severity: 'warning' })).id,
  };
}

const translation = {
  language: 'fr',
  method: 'human',
  translator: 'Matrix',
  answers: { elements: { 'norm-a': { status: 'implemented', measures: 'Stratégie nationale.' } } },
};
const publicTranslation = { language: 'en', method: 'human', translator: 'Matrix', answers: { elements: { 'norm-e': { status: 'implemented' } } } };
const cycleForm = { title: 'Matrix survey via the form', opensOn: '2026-01-01', dueOn: '2026-06-30', closesOn: '2026-07-31', states: 'NZL FRA' };

export const access: AccessSpec = {
  fixtures,
  rows: [
    // pages
    { route: 'GET /reporting', path: '/reporting', expect: all(200) },
    { route: 'POST /reporting/cycles', path: '/reporting/cycles', body: cycleForm, expect: secretariat(303) },
    { route: 'GET /reporting/cycles/:id', path: (f) => `/reporting/cycles/${f.rep_cycle}`, expect: all(200) },
    {
      route: 'POST /reporting/cycles/:id/reports',
      path: (f) => `/reporting/cycles/${f.rep_startPageCycle}/reports`,
      body: { language: 'en', visibility: 'states' },
      expect: anyDelegate(303),
    },
    { route: 'GET /reporting/cycles/:id/monitor', path: (f) => `/reporting/cycles/${f.rep_cycle}/monitor`, expect: secretariat(200) },
    {
      route: 'POST /reporting/cycles/:id/reminders',
      path: (f) => `/reporting/cycles/${f.rep_cycle}/reminders`,
      body: { states: 'missing', note: 'Matrix' },
      expect: secretariat(303),
    },
    {
      route: 'POST /reporting/cycles/:id/reopen',
      path: (f) => `/reporting/cycles/${f.rep_cycle}/reopen`,
      body: { stateIso3: 'MEX', until: '2099-01-31' },
      expect: secretariat(303),
    },
    { route: 'GET /reports/:id', path: (f) => `/reports/${f.rep_report}`, expect: seen() },
    { route: 'GET /reports/:id', path: (f) => `/reports/${f.rep_publicReport}`, expect: all(200) },
    { route: 'GET /reports/:id/edit', path: (f) => `/reports/${f.rep_report}/edit`, expect: ownRead(200) },
    {
      route: 'POST /reports/:id/edit',
      path: (f) => `/reports/${f.rep_editReport}/edit`,
      body: (f: Record<string, string | number>) => ({ lockVersion: String(f.rep_editLock), intent: 'save', 'general.pointsOfContact': 'NCSC' }),
      expect: ownRead(303),
    },
    { route: 'GET /reports/:id/review', path: (f) => `/reports/${f.rep_reviewPage}/review`, expect: ownRead(200) },
    {
      route: 'POST /reports/:id/submit',
      path: (f) => `/reports/${f.rep_submitPageReport}/submit`,
      body: (f: Record<string, string | number>) => ({ lockVersion: String(f.rep_submitPageLock) }),
      expect: ownRead(303),
    },
    {
      route: 'POST /reports/:id/autosave',
      path: (f) => `/reports/${f.rep_autosaveReport}/autosave`,
      body: (f: Record<string, string | number>) => ({ lockVersion: String(f.rep_autosaveLock), 'general.pointsOfContact': 'NCSC (autosaved)' }),
      expect: ownRead(200),
    },
    {
      route: 'POST /reporting/cycles/:id/rules',
      path: (f) => `/reporting/cycles/${f.rep_cycle}/rules`,
      body: { kind: 'min-length', field: 'measures', amount: '20', severity: 'warning' },
      expect: secretariat(303),
    },
    {
      route: 'POST /reporting/cycles/:id/rules/:ruleId/retire',
      path: (f) => `/reporting/cycles/${f.rep_cycle}/rules/${f.rep_rulePageRetire}/retire`,
      body: {},
      expect: secretariat(303),
    },
    { route: 'POST /reports/:id/settings', path: (f) => `/reports/${f.rep_report}/settings`, body: { visibility: 'secretariat' }, expect: ownRead(303) },
    { route: 'POST /reports/:id/withdraw', path: (f) => `/reports/${f.rep_withdrawPageReport}/withdraw`, body: { reason: 'Matrix' }, expect: ownRead(303) },
    { route: 'GET /reports/:id/revisions/:n', path: (f) => `/reports/${f.rep_report}/revisions/1`, expect: seen() },
    { route: 'GET /reports/:id/revisions/:n/receipt', path: (f) => `/reports/${f.rep_report}/revisions/1/receipt`, expect: seen() },
    { route: 'GET /reports/:id/diff', path: (f) => `/reports/${f.rep_report}/diff?from=1&to=1`, expect: seen() },
    { route: 'GET /reports/:id/import', path: (f) => `/reports/${f.rep_report}/import`, expect: ownRead(200) },
    // a form without a file: access passes for the owner, then the missing file is a 400
    { route: 'POST /reports/:id/import', path: (f) => `/reports/${f.rep_report}/import`, body: { note: 'no file' }, expect: ownRead(400) },
    { route: 'GET /reports/:id/imports/:importId', path: (f) => `/reports/${f.rep_reviewReport}/imports/${f.rep_reviewId}`, expect: ownRead(200) },
    {
      route: 'POST /reports/:id/imports/:importId/cancel',
      path: (f) => `/reports/${f.rep_cancelPageReport}/imports/${f.rep_cancelPageId}/cancel`,
      body: {},
      expect: ownRead(303),
    },
    {
      route: 'POST /reports/:id/imports/:importId/confirm',
      path: (f) => `/reports/${f.rep_importPageReport}/imports/${f.rep_importPageId}/confirm`,
      body: {},
      expect: ownRead(303),
    },
    // API
    { route: 'GET /api/v1/reporting/cycles', path: '/api/v1/reporting/cycles', expect: all(200) },
    {
      route: 'POST /api/v1/reporting/cycles',
      path: '/api/v1/reporting/cycles',
      body: { title: 'Matrix survey via the API', opensOn: '2026-01-01', dueOn: '2026-06-30', closesOn: '2026-07-31', states: ['NZL'] },
      expect: secretariat(201),
    },
    { route: 'GET /api/v1/reporting/cycles/:id', path: (f) => `/api/v1/reporting/cycles/${f.rep_cycle}`, expect: all(200) },
    {
      route: 'GET /api/v1/reporting/cycles/:id/questionnaire.docx',
      path: (f) => `/api/v1/reporting/cycles/${f.rep_cycle}/questionnaire.docx?lang=fr`,
      expect: all(200),
    },
    // 200 with Chromium installed, 501 export.pdf_unavailable without: the matrix checks the access part
    {
      route: 'GET /api/v1/reporting/cycles/:id/questionnaire.pdf',
      path: (f) => `/api/v1/reporting/cycles/${f.rep_cycle}/questionnaire.pdf?lang=ar`,
      expect: all(pdfAvailable() ? 200 : 501),
    },
    { route: 'GET /api/v1/reporting/cycles/:id/rules', path: (f) => `/api/v1/reporting/cycles/${f.rep_cycle}/rules`, expect: all(200) },
    {
      route: 'POST /api/v1/reporting/cycles/:id/rules',
      path: (f) => `/api/v1/reporting/cycles/${f.rep_cycle}/rules`,
      body: { kind: 'max-length', field: '*', amount: 5000, severity: 'warning' },
      expect: secretariat(201),
    },
    {
      route: 'POST /api/v1/reporting/cycles/:id/rules/:ruleId/retire',
      path: (f) => `/api/v1/reporting/cycles/${f.rep_cycle}/rules/${f.rep_ruleApiRetire}/retire`,
      body: {},
      expect: secretariat(200),
    },
    {
      route: 'POST /api/v1/reporting/cycles/:id/reopen',
      path: (f) => `/api/v1/reporting/cycles/${f.rep_cycle}/reopen`,
      body: { stateIso3: 'NZL' },
      expect: secretariat(200),
    },
    { route: 'GET /api/v1/reporting/cycles/:id/monitor', path: (f) => `/api/v1/reporting/cycles/${f.rep_cycle}/monitor`, expect: secretariat(200) },
    {
      route: 'POST /api/v1/reporting/cycles/:id/reminders',
      path: (f) => `/api/v1/reporting/cycles/${f.rep_cycle}/reminders`,
      body: { states: ['NZL'] },
      expect: secretariat(201),
    },
    {
      route: 'POST /api/v1/reporting/cycles/:id/reports',
      path: (f) => `/api/v1/reporting/cycles/${f.rep_startCycle}/reports`,
      body: { language: 'en' },
      expect: anyDelegate(201),
    },
    { route: 'GET /api/v1/reports', path: '/api/v1/reports', expect: all(200) },
    { route: 'GET /api/v1/reports/:id', path: (f) => `/api/v1/reports/${f.rep_report}`, expect: seen() },
    { route: 'GET /api/v1/reports/:id', path: (f) => `/api/v1/reports/${f.rep_publicReport}`, expect: all(200) },
    { route: 'PATCH /api/v1/reports/:id', path: (f) => `/api/v1/reports/${f.rep_report}`, body: { visibility: 'secretariat' }, expect: ownRead(200) },
    { route: 'GET /api/v1/reports/:id/draft', path: (f) => `/api/v1/reports/${f.rep_report}/draft`, expect: ownRead(200) },
    {
      route: 'PUT /api/v1/reports/:id/draft',
      path: (f) => `/api/v1/reports/${f.rep_putReport}/draft`,
      body: (f: Record<string, string | number>) => ({ lockVersion: f.rep_putLock, answers: { general: { pointsOfContact: 'NCSC' } } }),
      expect: ownRead(200),
    },
    { route: 'POST /api/v1/reports/:id/submit', path: (f) => `/api/v1/reports/${f.rep_submitReport}/submit`, body: {}, expect: ownRead(201) },
    {
      route: 'POST /api/v1/reports/:id/withdraw',
      path: (f) => `/api/v1/reports/${f.rep_withdrawReport}/withdraw`,
      body: { reason: 'Matrix' },
      expect: ownRead(200),
    },
    { route: 'GET /api/v1/reports/:id/revisions', path: (f) => `/api/v1/reports/${f.rep_report}/revisions`, expect: seen() },
    { route: 'GET /api/v1/reports/:id/revisions/:n', path: (f) => `/api/v1/reports/${f.rep_report}/revisions/1`, expect: seen() },
    { route: 'GET /api/v1/reports/:id/diff', path: (f) => `/api/v1/reports/${f.rep_report}/diff?from=1&to=1`, expect: seen() },
    { route: 'GET /api/v1/reports/:id/revisions/:n/translations', path: (f) => `/api/v1/reports/${f.rep_report}/revisions/1/translations`, expect: seen() },
    {
      route: 'POST /api/v1/reports/:id/revisions/:n/translations',
      path: (f) => `/api/v1/reports/${f.rep_report}/revisions/1/translations`,
      body: translation,
      expect: seen(201),
    },
    // A public report everyone reads: only its own delegation (FRA) and the Secretariat translate it (report.translate).
    {
      route: 'POST /api/v1/reports/:id/revisions/:n/translations',
      path: (f) => `/api/v1/reports/${f.rep_publicReport}/revisions/1/translations`,
      body: publicTranslation,
      expect: { public: 401, secretariat: 201, chair: 403, delegate: 403, otherDelegate: 201, stakeholder: 403 },
    },
    // Access before input: a translation that does not match the original is a 400 for those two only.
    {
      route: 'POST /api/v1/reports/:id/revisions/:n/translations',
      path: (f) => `/api/v1/reports/${f.rep_publicReport}/revisions/1/translations`,
      body: { ...publicTranslation, language: 'fr' },
      expect: { public: 401, secretariat: 400, chair: 403, delegate: 403, otherDelegate: 400, stakeholder: 403 },
    },
    { route: 'GET /api/v1/reports/:id/export.docx', path: (f) => `/api/v1/reports/${f.rep_report}/export.docx?lang=ar`, expect: seen() },
    { route: 'GET /api/v1/reports/:id/export.json', path: (f) => `/api/v1/reports/${f.rep_report}/export.json`, expect: seen() },
    { route: 'GET /api/v1/reports/:id/export.csv', path: (f) => `/api/v1/reports/${f.rep_report}/export.csv`, expect: seen() },
    // 200 with Chromium installed, 501 export.pdf_unavailable without: the matrix checks the access part
    { route: 'GET /api/v1/reports/:id/export.pdf', path: (f) => `/api/v1/reports/${f.rep_report}/export.pdf`, expect: seen(pdfAvailable() ? 200 : 501) },
    {
      route: 'POST /api/v1/reports/:id/imports',
      path: (f) => `/api/v1/reports/${f.rep_report}/imports`,
      body: { general: { pointsOfContact: 'NCSC' } },
      expect: ownRead(200),
    },
    {
      route: 'POST /api/v1/reports/:id/imports/:importId/cancel',
      path: (f) => `/api/v1/reports/${f.rep_cancelApiReport}/imports/${f.rep_cancelApiId}/cancel`,
      body: {},
      expect: ownRead(200),
    },
    {
      route: 'POST /api/v1/reports/:id/imports/:importId/confirm',
      path: (f) => `/api/v1/reports/${f.rep_importApiReport}/imports/${f.rep_importApiId}/confirm`,
      body: {},
      expect: ownRead(200),
    },
  ],
};
