import { Hono } from 'hono';
import { z } from 'zod';
import { requireAccess } from '../../accounts/policy.ts';
import { isLang, translator, type Lang } from '../../i18n/index.ts';
import { readJson } from '../../server/api.ts';
import type { AppEnv, Ctx } from '../../server/context.ts';
import { describeApi } from '../../server/openapi.ts';
import { AppError, NotFound, ValidationError } from '../../foundation/errors.ts';
import { addTranslation, NewTranslation } from '../commands/addTranslation.ts';
import { addValidationRule, NewRule } from '../commands/addValidationRule.ts';
import type { Answers } from '../answers.ts';
import { createCycle, NewCycle } from '../commands/createCycle.ts';
import { getCycle, listCycles, submissionWindow } from '../cycles.ts';
import { diffAnswers } from '../diff.ts';
import { answersCsv, htmlToPdf } from '../exports.ts';
import { blankQuestionnaireHtml } from '../pages/blankQuestionnaire.tsx';
import { cancelImport } from '../commands/cancelImport.ts';
import { printOnce } from '../pdfCache.ts';
import { confirmImport } from '../commands/confirmImport.ts';
import { previewImport } from '../commands/previewImport.ts';
import { type ImportFormat } from '../importReport.ts';
import * as P from '../presenters.ts';
import { countReports, cycleMonitor, cycleRules, getRevision, listReports, listRevisions, listTranslations, reportForActor } from '../queries.ts';
import { completeness, loadQuestionnaire } from '../questionnaire.ts';
import { recordReminders, Reminders } from '../commands/recordReminders.ts';
import { Reopen, reopenCycle } from '../commands/reopenCycle.ts';
import { reportPdfHtml } from '../pages/reportPdf.tsx';
import { reportResource, StaleDraft } from '../reports.ts';
import { retireValidationRule } from '../commands/retireValidationRule.ts';
import { saveDraft } from '../commands/saveDraft.ts';
import { SaveDraft } from '../workingCopy.ts';
import { StartReport, startReport } from '../commands/startReport.ts';
import { Submit, submitReport } from '../commands/submitReport.ts';
import { ReportSettings, updateReportSettings } from '../commands/updateReportSettings.ts';
import { formErrorOf } from '../fieldErrors.ts';
import { Withdraw, withdrawReport } from '../commands/withdrawReport.ts';
import { stateName } from '../../participants/names.ts';

const num = (c: Ctx, name: string) => Number(c.req.param(name));

const en = translator('en');

/** A stale save answers 409 with both versions, so the client can merge and nothing is lost. */
const stale = (c: Ctx, err: StaleDraft) => c.json({ error: { code: err.code, message: err.message }, yours: err.yours, current: err.current }, 409);
async function orStale<T>(c: Ctx, fn: () => Promise<T>, ok: (v: T) => Response | Promise<Response>) {
  try {
    return await ok(await fn());
  } catch (err) {
    if (err instanceof StaleDraft) return stale(c, err);
    throw err;
  }
}

/** Which answers an export shows: a revision (default the latest), or the draft for its own delegation. */
async function exportSource(c: Ctx) {
  const db = c.get('db');
  const x = await reportForActor(db, c.get('actor'), num(c, 'id'));
  const q = await loadQuestionnaire(db, x.cycle.framework_version);
  const wantDraft = c.req.query('source') === 'draft' || (!x.report.current_revision && x.owner);
  if (wantDraft) {
    requireAccess(c.get('actor'), 'report.write', reportResource(x.report));
    return { x, q, answers: x.report.draft_answers as Answers, revision: null as number | null, label: `draft-v${x.report.lock_version}` };
  }
  const n = c.req.query('revision') ? Number(c.req.query('revision')) : x.report.current_revision;
  const rev = await getRevision(db, x.report.id, n);
  return { x, q, answers: rev.answers, revision: rev.revision, label: `R${rev.revision}`, receipt: rev.receipt };
}
const fileBase = (x: { cycle: { code: string }; report: { state_iso3: string } }, label: string) => `${x.cycle.code}_${x.report.state_iso3}_${label}`;
const langOf = (c: Ctx): Lang => {
  const l = c.req.query('lang');
  return isLang(l) ? l : c.get('lang');
};

/** Confirming an upload that would empty most answers needs `confirmEmptying: true` (else 409 import.confirm_emptying). */
export const ConfirmImportBody = z.object({ confirmEmptying: z.boolean().optional() });

export const ReportsQuery = z.object({
  cycle: z.string().optional(),
  state: z.string().optional(),
  q: z.string().optional(),
  status: z.enum(['draft', 'submitted', 'withdrawn']).optional(),
  language: z.enum(['ar', 'zh', 'en', 'fr', 'ru', 'es']).optional(),
  limit: z.coerce.number().int().min(1).max(500).optional(),
  offset: z.coerce.number().int().min(0).optional(),
});

export const api = new Hono<AppEnv>()
  .get('/api/v1/reporting/cycles', async (c) =>
    c.json({ cycles: (await listCycles(c.get('db'))).map((cy) => P.presentCycleListItem(cy, submissionWindow(cy, null))) }),
  )
  .post('/api/v1/reporting/cycles', async (c) => {
    const body = await readJson(c, z.unknown());
    const created = await createCycle(c.get('db'), c.get('actor'), body as z.input<typeof NewCycle>);
    const cycle = await getCycle(c.get('db'), created.id);
    return c.json({ cycle: P.presentCycleListItem({ ...cycle, expected: created.expected }, submissionWindow(cycle, null)) }, 201);
  })
  .get('/api/v1/reporting/cycles/:id', async (c) => {
    const cycle = await getCycle(c.get('db'), num(c, 'id'));
    const q = await loadQuestionnaire(c.get('db'), cycle.framework_version);
    return c.json({ cycle: P.presentCycle(cycle, submissionWindow(cycle, null)), questionnaire: P.presentQuestionnaire(q) });
  })
  .get('/api/v1/reporting/cycles/:id/questionnaire.docx', async (c) => {
    const db = c.get('db');
    const cycle = await getCycle(db, num(c, 'id'));
    const q = await loadQuestionnaire(db, cycle.framework_version);
    const lang = langOf(c);
    const { questionnaireDocx } = await import('../docxExport.ts'); // Word's library loads only when asked
    const buf = await questionnaireDocx(db, { cycle, questionnaire: q, lang });
    return c.body(new Uint8Array(buf), 200, {
      'content-type': 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
      'content-disposition': `attachment; filename="${cycle.code}_questionnaire_${lang}.docx"`,
    });
  })
  .get('/api/v1/reporting/cycles/:id/questionnaire.pdf', async (c) => {
    const db = c.get('db');
    const cycle = await getCycle(db, num(c, 'id'));
    const q = await loadQuestionnaire(db, cycle.framework_version);
    const lang = langOf(c);
    const pdf = await printOnce(await blankQuestionnaireHtml(db, cycle, q, lang)); // public: printed once per content
    return c.body(new Uint8Array(pdf), 200, {
      'content-type': 'application/pdf',
      'content-disposition': `attachment; filename="${cycle.code}_questionnaire_${lang}.pdf"`,
    });
  })
  .post('/api/v1/reporting/cycles/:id/reopen', async (c) => {
    const body = await readJson(c, z.unknown());
    return c.json({ reopened: P.presentReopened(await reopenCycle(c.get('db'), c.get('actor'), num(c, 'id'), body as z.input<typeof Reopen>)) });
  })
  .get('/api/v1/reporting/cycles/:id/monitor', async (c) => {
    requireAccess(c.get('actor'), 'reporting.monitor');
    return c.json(P.presentMonitor(await cycleMonitor(c.get('db'), num(c, 'id'))));
  })
  .post('/api/v1/reporting/cycles/:id/reminders', async (c) => {
    const body = await readJson(c, z.unknown());
    return c.json({ reminders: P.presentReminders(await recordReminders(c.get('db'), c.get('actor'), num(c, 'id'), body as z.input<typeof Reminders>)) }, 201);
  })
  .post('/api/v1/reporting/cycles/:id/reports', async (c) => {
    const body = c.req.header('content-length') === '0' || !c.req.header('content-type') ? {} : await readJson(c, z.unknown());
    const r = await startReport(c.get('db'), c.get('actor'), num(c, 'id'), body as z.input<typeof StartReport>);
    return c.json({ report: { id: r.id, created: r.created } }, r.created ? 201 : 200);
  })
  .get('/api/v1/reports', async (c) => {
    const parsed = ReportsQuery.safeParse(c.req.query());
    if (!parsed.success) throw formErrorOf(parsed.error.issues, 'request.invalid');
    const f = parsed.data;
    const filter = { cycleId: f.cycle ? Number(f.cycle) : undefined, state: f.state, q: f.q, status: f.status, language: f.language };
    const [rows, total] = await Promise.all([
      listReports(c.get('db'), c.get('actor'), { ...filter, limit: f.limit, offset: f.offset }),
      countReports(c.get('db'), c.get('actor'), filter),
    ]);
    return c.json({ total, reports: rows.map(P.presentReportListItem) });
  })
  .get('/api/v1/reports/:id', async (c) => {
    const db = c.get('db');
    const x = await reportForActor(db, c.get('actor'), num(c, 'id'));
    const q = await loadQuestionnaire(db, x.cycle.framework_version);
    const latest = x.report.current_revision ? await getRevision(db, x.report.id, x.report.current_revision) : null;
    return c.json({ report: P.presentReport(x), latest: latest && P.presentLatest(latest, completeness(q, latest.answers)) });
  })
  .patch('/api/v1/reports/:id', async (c) => {
    const body = await readJson(c, z.unknown());
    const r = await updateReportSettings(c.get('db'), c.get('actor'), num(c, 'id'), body as z.input<typeof ReportSettings>);
    return c.json({ report: { id: r.id, visibility: r.visibility, language: r.language } });
  })
  .get('/api/v1/reports/:id/draft', async (c) => {
    const db = c.get('db');
    const x = await reportForActor(db, c.get('actor'), num(c, 'id'));
    requireAccess(c.get('actor'), 'report.write', reportResource(x.report));
    const q = await loadQuestionnaire(db, x.cycle.framework_version);
    const answers = x.report.draft_answers as Answers;
    return c.json(P.presentDraft(x.report, answers, completeness(q, answers)));
  })
  .put('/api/v1/reports/:id/draft', async (c) => {
    const body = await readJson(c, SaveDraft, 'report.invalid');
    return orStale(
      c,
      () => saveDraft(c.get('db'), c.get('actor'), num(c, 'id'), body),
      (s) =>
        c.json({
          ...P.presentSaved(s),
          warnings: s.warnings.map((w) => ({ field: w.field, severity: w.severity, ruleId: w.ruleId, message: en(w.key, w.params) })),
        }),
    );
  })
  .post('/api/v1/reports/:id/submit', async (c) => {
    const body = c.req.header('content-type') ? await readJson(c, Submit, 'report.invalid') : {};
    return orStale(
      c,
      () => submitReport(c.get('db'), c.get('actor'), num(c, 'id'), body),
      (r) => c.json(P.presentReceipt(r), 201),
    );
  })
  .post('/api/v1/reports/:id/withdraw', async (c) => {
    const body = c.req.header('content-type') ? await readJson(c, Withdraw, 'report.invalid') : {};
    return c.json(P.presentWithdrawn(await withdrawReport(c.get('db'), c.get('actor'), num(c, 'id'), body)));
  })
  .get('/api/v1/reports/:id/revisions', async (c) => {
    const x = await reportForActor(c.get('db'), c.get('actor'), num(c, 'id'));
    return c.json({ revisions: (await listRevisions(c.get('db'), x.report.id)).map(P.presentRevisionSummary) });
  })
  .get('/api/v1/reports/:id/revisions/:n', async (c) => {
    const x = await reportForActor(c.get('db'), c.get('actor'), num(c, 'id'));
    return c.json({ revision: P.presentRevision(await getRevision(c.get('db'), x.report.id, num(c, 'n'))) });
  })
  .get('/api/v1/reports/:id/diff', async (c) => {
    const db = c.get('db');
    const x = await reportForActor(db, c.get('actor'), num(c, 'id'));
    const from = Number(c.req.query('from'));
    const to = Number(c.req.query('to'));
    if (!from || !to) throw ValidationError('Give the two revisions to compare: ?from=1&to=2.', { from: 'Required.', to: 'Required.' });
    const [a, b] = await Promise.all([getRevision(db, x.report.id, from), getRevision(db, x.report.id, to)]);
    const q = await loadQuestionnaire(db, x.cycle.framework_version);
    return c.json({ from, to, changes: diffAnswers(a.answers, b.answers, q.elementIds).map(P.presentChange) });
  })
  .get('/api/v1/reports/:id/revisions/:n/translations', async (c) => {
    const x = await reportForActor(c.get('db'), c.get('actor'), num(c, 'id'));
    const rev = await getRevision(c.get('db'), x.report.id, num(c, 'n'));
    return c.json({
      original: { language: rev.language },
      translations: (await listTranslations(c.get('db'), x.report.id, rev.revision)).map(P.presentTranslation),
    });
  })
  .post('/api/v1/reports/:id/revisions/:n/translations', async (c) => {
    const body = await readJson(c, NewTranslation, 'translation.invalid');
    const x = await reportForActor(c.get('db'), c.get('actor'), num(c, 'id'));
    return c.json({ translation: P.presentAddedTranslation(await addTranslation(c.get('db'), c.get('actor'), x.report.id, num(c, 'n'), body)) }, 201);
  })
  .get('/api/v1/reports/:id/export.docx', async (c) => {
    const s = await exportSource(c);
    const lang = langOf(c);
    const { questionnaireDocx } = await import('../docxExport.ts');
    const buf = await questionnaireDocx(c.get('db'), {
      cycle: s.x.cycle,
      questionnaire: s.q,
      lang,
      report: {
        id: s.x.report.id,
        stateIso3: s.x.state.iso3,
        stateName: stateName(s.x.state.iso3, lang) ?? s.x.state.official_name,
        lockVersion: s.x.report.lock_version,
        answers: s.answers,
      },
    });
    return c.body(new Uint8Array(buf), 200, {
      'content-type': 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
      'content-disposition': `attachment; filename="${fileBase(s.x, s.label)}_${lang}.docx"`,
    });
  })
  .get('/api/v1/reports/:id/export.json', async (c) => {
    const s = await exportSource(c);
    return c.json(
      { report: P.presentReport(s.x), revision: s.revision, ...(s.revision ? {} : { lockVersion: s.x.report.lock_version }), answers: s.answers },
      200,
      { 'content-disposition': `attachment; filename="${fileBase(s.x, s.label)}.json"` },
    );
  })
  .get('/api/v1/reports/:id/export.csv', async (c) => {
    const s = await exportSource(c);
    return c.body(answersCsv(s.q, s.answers), 200, {
      'content-type': 'text/csv; charset=utf-8',
      'content-disposition': `attachment; filename="${fileBase(s.x, s.label)}.csv"`,
    });
  })
  .get('/api/v1/reports/:id/export.pdf', async (c) => {
    const s = await exportSource(c);
    const html = reportPdfHtml({ ...s.x, q: s.q, answers: s.answers, receipt: s.receipt, label: s.label }, langOf(c));
    const pdf = await htmlToPdf(html);
    return c.body(new Uint8Array(pdf), 200, {
      'content-type': 'application/pdf',
      'content-disposition': `attachment; filename="${fileBase(s.x, s.label)}.pdf"`,
    });
  })
  .post('/api/v1/reports/:id/imports', async (c) => {
    const type = (c.req.header('content-type') ?? '').toLowerCase();
    const fmtQ = c.req.query('format');
    const format: ImportFormat | null =
      fmtQ === 'docx' || fmtQ === 'json' || fmtQ === 'csv'
        ? fmtQ
        : type.includes('wordprocessingml')
          ? 'docx'
          : type.includes('json')
            ? 'json'
            : type.includes('csv')
              ? 'csv'
              : null;
    if (!format) throw new AppError('request.unsupported_media_type', 415, 'Send the file as the body with ?format=docx|json|csv or a matching Content-Type.');
    const x = await reportForActor(c.get('db'), c.get('actor'), num(c, 'id')).catch((e) => {
      throw e instanceof AppError ? e : NotFound('That report', 'report.not_found');
    });
    requireAccess(c.get('actor'), 'report.write', reportResource(x.report));
    const bytes = new Uint8Array(await c.req.arrayBuffer());
    const preview = await previewImport(c.get('db'), c.get('actor'), x.report.id, format, bytes);
    return c.json({ preview: P.presentPreview(preview) }, preview.valid ? 200 : 422);
  })
  .post('/api/v1/reports/:id/imports/:importId/confirm', async (c) => {
    const body =
      c.req.header('content-type')?.includes('json') && c.req.header('content-length') !== '0' ? await readJson(c, ConfirmImportBody, 'import.invalid') : {};
    return orStale(
      c,
      () => confirmImport(c.get('db'), c.get('actor'), num(c, 'id'), num(c, 'importId'), body),
      (s) => c.json(P.presentSaved(s)),
    );
  })
  .post('/api/v1/reports/:id/imports/:importId/cancel', async (c) =>
    c.json(P.presentCancelledImport(await cancelImport(c.get('db'), c.get('actor'), num(c, 'id'), { importId: num(c, 'importId') }))),
  )
  .get('/api/v1/reporting/cycles/:id/rules', async (c) => {
    const cycle = await getCycle(c.get('db'), num(c, 'id'));
    return c.json({ rules: (await cycleRules(c.get('db'), cycle.id)).map(P.presentRule) });
  })
  .post('/api/v1/reporting/cycles/:id/rules', async (c) => {
    const body = await readJson(c, z.unknown());
    return c.json({ rule: P.presentRule(await addValidationRule(c.get('db'), c.get('actor'), num(c, 'id'), body as z.input<typeof NewRule>)) }, 201);
  })
  .post('/api/v1/reporting/cycles/:id/rules/:ruleId/retire', async (c) =>
    c.json({ rule: P.presentRule(await retireValidationRule(c.get('db'), c.get('actor'), num(c, 'id'), num(c, 'ruleId'))) }),
  );

const tag = 'reporting';
const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
const X = z.object({ lang: z.enum(['ar', 'zh', 'en', 'fr', 'ru', 'es']).optional(), source: z.enum(['draft']).optional(), revision: z.string().optional() });
describeApi({
  method: 'get',
  path: '/api/v1/reporting/cycles',
  tag,
  summary: 'Reporting cycles',
  access: 'public',
  response: z.object({ cycles: z.array(P.CycleListItemSchema) }),
});
describeApi({
  method: 'post',
  path: '/api/v1/reporting/cycles',
  tag,
  summary: 'Open a reporting cycle (expected States: all by default)',
  body: NewCycle,
  access: 'secretariat',
  status: 201,
  response: z.object({ cycle: P.CycleListItemSchema }),
});
describeApi({
  method: 'get',
  path: '/api/v1/reporting/cycles/{id}',
  tag,
  summary: 'A cycle with its questionnaire generated from the framework',
  access: 'public',
  response: z.object({ cycle: P.CycleSchema, questionnaire: P.QuestionnaireSchema }),
});
describeApi({
  method: 'get',
  path: '/api/v1/reporting/cycles/{id}/questionnaire.docx',
  tag,
  summary: 'The blank questionnaire as a signed DOCX in one of six languages',
  query: z.object({ lang: X.shape.lang }),
  access: 'public',
  contentType: DOCX,
  response: z.string(),
});
describeApi({
  method: 'get',
  path: '/api/v1/reporting/cycles/{id}/rules',
  tag,
  summary: 'The validation rules the cycle applies (required elements, implemented needs a measure, text lengths; error blocks submission, warning does not)',
  access: 'public',
  response: z.object({ rules: z.array(P.RuleSchema) }),
});
describeApi({
  method: 'post',
  path: '/api/v1/reporting/cycles/{id}/rules',
  tag,
  summary: 'Add a validation rule (409 cycle.rule_exists for a duplicate)',
  body: NewRule,
  access: 'secretariat',
  status: 201,
  response: z.object({ rule: P.RuleSchema }),
});
describeApi({
  method: 'post',
  path: '/api/v1/reporting/cycles/{id}/rules/{ruleId}/retire',
  tag,
  summary: 'Retire a validation rule (kept, no longer applied)',
  access: 'secretariat',
  response: z.object({ rule: P.RuleSchema }),
});
describeApi({
  method: 'post',
  path: '/api/v1/reporting/cycles/{id}/reopen',
  tag,
  summary: 'Reopen a closed cycle for one State',
  body: Reopen,
  access: 'secretariat',
  response: z.object({ reopened: P.ReopenedSchema }),
});
describeApi({
  method: 'get',
  path: '/api/v1/reporting/cycles/{id}/monitor',
  tag,
  summary: 'Per regional group: expected, draft, on time, late, missing; reminders',
  access: 'secretariat',
  response: P.MonitorSchema,
});
describeApi({
  method: 'post',
  path: '/api/v1/reporting/cycles/{id}/reminders',
  tag,
  summary: 'Record reminders as sent (a list of States, or "missing")',
  body: Reminders,
  access: 'secretariat',
  status: 201,
  response: z.object({ reminders: P.RemindersSchema }),
});
describeApi({
  method: 'post',
  path: '/api/v1/reporting/cycles/{id}/reports',
  tag,
  summary: "Start the State's report (idempotent)",
  body: StartReport,
  access: 'delegate of an expected State',
  status: 201,
  response: z.object({ report: z.object({ id: z.number().int(), created: z.boolean().describe('false (and 200) when the report existed') }) }),
});
describeApi({
  method: 'get',
  path: '/api/v1/reports',
  tag,
  summary: 'Reports the caller may see, newest first, with the total matching; q searches submitted text; limit (≤ 500, default 200) and offset page',
  query: ReportsQuery,
  access: 'by report visibility',
  response: z.object({ total: z.number().int(), reports: z.array(P.ReportListItemSchema) }),
});
describeApi({
  method: 'get',
  path: '/api/v1/reports/{id}',
  tag,
  summary: 'A report with its latest revision',
  access: 'by report visibility',
  response: z.object({ report: P.ReportSchema, latest: P.LatestRevisionSchema.nullable() }),
});
describeApi({
  method: 'patch',
  path: '/api/v1/reports/{id}',
  tag,
  summary: 'Set visibility (public | states | secretariat) or language',
  body: ReportSettings,
  access: 'delegate of the State',
  response: z.object({ report: P.SettingsSchema }),
});
describeApi({
  method: 'get',
  path: '/api/v1/reports/{id}/draft',
  tag,
  summary: 'The working draft with its lockVersion',
  access: 'delegate of the State',
  response: P.DraftSchema,
});
describeApi({
  method: 'put',
  path: '/api/v1/reports/{id}/draft',
  tag,
  summary: 'Save the draft; a stale lockVersion gets 409 report.stale with both versions',
  body: SaveDraft,
  access: 'delegate of the State',
  response: P.SavedDraftSchema,
});
describeApi({
  method: 'post',
  path: '/api/v1/reports/{id}/submit',
  tag,
  summary:
    'Submit: writes an immutable revision and returns its receipt; 422 report.empty when nothing is answered, 422 report.rules_failed (per field) when a rule of severity error is broken',
  body: Submit,
  access: 'delegate of the State',
  status: 201,
  response: P.ReceiptSchema,
});
describeApi({
  method: 'post',
  path: '/api/v1/reports/{id}/withdraw',
  tag,
  summary: 'Withdraw the report (nothing is deleted)',
  body: Withdraw,
  access: 'delegate of the State',
  response: P.WithdrawnSchema,
});
describeApi({
  method: 'get',
  path: '/api/v1/reports/{id}/revisions',
  tag,
  summary: 'Revisions with receipts',
  access: 'by report visibility',
  response: z.object({ revisions: z.array(P.RevisionSummarySchema) }),
});
describeApi({
  method: 'get',
  path: '/api/v1/reports/{id}/revisions/{n}',
  tag,
  summary: 'One revision with its full answers',
  access: 'by report visibility',
  response: z.object({ revision: P.RevisionSchema }),
});
describeApi({
  method: 'get',
  path: '/api/v1/reports/{id}/diff',
  tag,
  summary: 'Field-level differences between two revisions',
  query: z.object({ from: z.string(), to: z.string() }),
  access: 'by report visibility',
  response: P.DiffSchema,
});
describeApi({
  method: 'get',
  path: '/api/v1/reports/{id}/revisions/{n}/translations',
  tag,
  summary: 'Translations stored beside a revision',
  access: 'by report visibility',
  response: z.object({ original: z.object({ language: z.string() }), translations: z.array(P.TranslationSchema) }),
});
describeApi({
  method: 'post',
  path: '/api/v1/reports/{id}/revisions/{n}/translations',
  tag,
  summary: 'Add a human or machine translation (never replaces the original)',
  body: NewTranslation,
  access: 'delegate of the State, Secretariat',
  status: 201,
  response: z.object({ translation: P.AddedTranslationSchema }),
});
describeApi({
  method: 'get',
  path: '/api/v1/reports/{id}/export.docx',
  tag,
  summary: 'The report as a signed DOCX questionnaire (fill and upload back)',
  query: X,
  access: 'by report visibility; draft: delegate of the State',
  contentType: DOCX,
  response: z.string(),
});
describeApi({
  method: 'get',
  path: '/api/v1/reports/{id}/export.pdf',
  tag,
  summary: 'PDF via Chromium; 501 export.pdf_unavailable without it',
  query: X,
  access: 'by report visibility',
  contentType: 'application/pdf',
  response: z.string(),
});
describeApi({
  method: 'get',
  path: '/api/v1/reports/{id}/export.json',
  tag,
  summary: 'The answers as JSON',
  query: X,
  access: 'by report visibility',
  response: P.ExportJsonSchema,
});
describeApi({
  method: 'get',
  path: '/api/v1/reports/{id}/export.csv',
  tag,
  summary: 'The answers as CSV (field,value)',
  query: X,
  access: 'by report visibility',
  contentType: 'text/csv',
  response: z.string(),
});
describeApi({
  method: 'post',
  path: '/api/v1/reports/{id}/imports',
  tag,
  summary: 'Upload a DOCX, JSON or CSV (raw body): field-level preview with errors; nothing saved',
  query: z.object({ format: z.enum(['docx', 'json', 'csv']).optional() }),
  access: 'delegate of the State',
  response: z.object({ preview: P.PreviewSchema.describe('422 with the same body when the upload has errors') }),
});
describeApi({
  method: 'post',
  path: '/api/v1/reports/{id}/imports/{importId}/confirm',
  tag,
  summary:
    'Save a previewed upload to the draft; one that empties more than half of the answers needs confirmEmptying: true (else 409 import.confirm_emptying)',
  body: ConfirmImportBody,
  access: 'delegate of the State',
  response: P.SavedSchema,
});
describeApi({
  method: 'post',
  path: '/api/v1/reports/{id}/imports/{importId}/cancel',
  tag,
  summary: 'Cancel a previewed upload (the draft is left as it is)',
  access: 'delegate of the State',
  response: P.CancelledImportSchema,
});
describeApi({
  method: 'get',
  path: '/api/v1/reporting/cycles/{id}/questionnaire.pdf',
  tag,
  summary: 'The blank questionnaire as a PDF to print (Chromium; 501 export.pdf_unavailable without it)',
  query: z.object({ lang: X.shape.lang }),
  access: 'public',
  contentType: 'application/pdf',
  response: z.string(),
});
