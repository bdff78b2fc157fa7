import { Hono } from 'hono';
import { raw } from 'hono/html'; // our own stylesheet, inlined for the PDF: escaped, its quotes would break it
import { z } from 'zod';
import { requireAccess } from '../accounts/policy.ts';
import { dirOf, isLang, LANGUAGE_NAMES, translator, type Lang } from '../i18n/index.ts';
import { readJson } from '../server/api.ts';
import type { AppEnv, Ctx } from '../server/context.ts';
import { AppError, NotFound, ValidationError } from '../foundation/errors.ts';
import { addTranslation, NewTranslation } from './addTranslation.ts';
import type { Answers } from './answers.ts';
import { createCycle, NewCycle } from './createCycle.ts';
import { getCycle, listCycles, submissionWindow } from './cycles.ts';
import { num } from './cyclePages.tsx';
import { diffAnswers } from './diff.ts';
import { answersCsv, htmlToPdf, inlineCss } from './exports.ts';
import { blankQuestionnaireHtml } from './blankQuestionnaire.tsx';
import { cancelImport } from './cancelImport.ts';
import { printOnce } from './pdfCache.ts';
import { confirmImport, previewImport, type ImportFormat } from './importReport.ts';
import { countReports, cycleMonitor, getRevision, listReports, listRevisions, listTranslations, reportForActor } from './queries.ts';
import { completeness, loadQuestionnaire } from './questionnaire.ts';
import { recordReminders, Reminders } from './recordReminders.ts';
import { Reopen, reopenCycle } from './reopenCycle.ts';
import { reportResource, StaleDraft } from './reports.ts';
import { SaveDraft, saveDraft } from './saveDraft.ts';
import { StartReport, startReport } from './startReport.ts';
import { Submit, submitReport } from './submitReport.ts';
import { ReportSettings, updateReportSettings } from './updateReportSettings.ts';
import { AnswersView } from './views.tsx';
import { formErrorOf } from './fieldErrors.ts';
import { Withdraw, withdrawReport } from './withdrawReport.ts';
import { stateName } from '../participants/names.ts';

const en = translator('en');

/** A stale save answers 409 with both versions, so the client can merge and nothing is lost. */
const stale = (c: Ctx, err: StaleDraft) => c.json({ error: { code: err.code, message: err.message }, yours: err.yours, current: err.current }, 409);
async function orStale<T>(c: Ctx, fn: () => Promise<T>, ok: (v: T) => Response | Promise<Response>) {
  try { return await ok(await fn()); } catch (err) { if (err instanceof StaleDraft) return stale(c, err); throw err; }
}

const reportJson = (r: Awaited<ReturnType<typeof reportForActor>>) => ({
  id: r.report.id, cycle: { id: r.cycle.id, code: r.cycle.code, title: r.cycle.title }, state: { iso3: r.state.iso3, name: r.state.official_name },
  language: r.report.language, visibility: r.report.visibility, status: r.report.status, currentRevision: r.report.current_revision,
  firstSubmittedAt: r.report.first_submitted_at, lastSubmittedAt: r.report.last_submitted_at, withdrawnAt: r.report.withdrawn_at, demo: r.report.demo,
});

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
const langOf = (c: Ctx): Lang => { const l = c.req.query('lang'); return isLang(l) ? l : c.get('lang'); };

/** Confirming an upload that would empty most answers needs `confirmEmptying: true` (else 409 import.confirm_emptying). */
export const ConfirmImportBody = z.object({ confirmEmptying: z.boolean().optional() });

export const ReportsQuery = z.object({
  cycle: z.string().optional(), state: z.string().optional(), q: z.string().optional(),
  status: z.enum(['draft', 'submitted', 'withdrawn']).optional(), language: z.enum(['ar', 'zh', 'en', 'fr', 'ru', 'es']).optional(),
  limit: z.coerce.number().int().min(1).max(500).optional(), offset: z.coerce.number().int().min(0).optional(),
});

export const api = new Hono<AppEnv>()
  .get('/api/v1/reporting/cycles', async (c) => c.json({ cycles: (await listCycles(c.get('db'))).map((cy) => ({ ...cy, expected: Number(cy.expected ?? 0), window: submissionWindow(cy, null) })) }))
  .post('/api/v1/reporting/cycles', async (c) => {
    const body = await readJson(c, z.unknown());
    const cycle = await createCycle(c.get('db'), c.get('actor'), body as z.input<typeof NewCycle>);
    return c.json({ cycle }, 201);
  })
  .get('/api/v1/reporting/cycles/:id', async (c) => {
    const cycle = await getCycle(c.get('db'), num(c, 'id'));
    const q = await loadQuestionnaire(c.get('db'), cycle.framework_version);
    return c.json({ cycle: { ...cycle, window: submissionWindow(cycle, null) }, questionnaire: q });
  })
  .get('/api/v1/reporting/cycles/:id/questionnaire.docx', async (c) => {
    const db = c.get('db');
    const cycle = await getCycle(db, num(c, 'id'));
    const q = await loadQuestionnaire(db, cycle.framework_version);
    const lang = langOf(c);
    const { questionnaireDocx } = await import('./docxExport.ts'); // Word's library loads only when asked
    const buf = await questionnaireDocx(db, { cycle, questionnaire: q, lang });
    return c.body(new Uint8Array(buf), 200, { 'content-type': 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', 'content-disposition': `attachment; filename="${cycle.code}_questionnaire_${lang}.docx"` });
  })
  .get('/api/v1/reporting/cycles/:id/questionnaire.pdf', async (c) => {
    const db = c.get('db');
    const cycle = await getCycle(db, num(c, 'id'));
    const q = await loadQuestionnaire(db, cycle.framework_version);
    const lang = langOf(c);
    const pdf = await printOnce(await blankQuestionnaireHtml(db, cycle, q, lang)); // public: printed once per content
    return c.body(new Uint8Array(pdf), 200, { 'content-type': 'application/pdf', 'content-disposition': `attachment; filename="${cycle.code}_questionnaire_${lang}.pdf"` });
  })
  .post('/api/v1/reporting/cycles/:id/reopen', async (c) => {
    const body = await readJson(c, z.unknown());
    return c.json({ reopened: await reopenCycle(c.get('db'), c.get('actor'), num(c, 'id'), body as z.input<typeof Reopen>) });
  })
  .get('/api/v1/reporting/cycles/:id/monitor', async (c) => {
    requireAccess(c.get('actor'), 'reporting.monitor');
    const m = await cycleMonitor(c.get('db'), num(c, 'id'));
    return c.json({
      cycle: m.cycle, totals: m.totals,
      groups: m.groups.map((g) => ({ id: g.id, name: g.name, counts: g.counts, states: g.states.map((s) => ({ iso3: s.state_iso3, name: s.official_name, state: s.state, reportId: s.report_id, revision: s.current_revision ?? 0, firstSubmittedAt: s.first_submitted_at, reminders: s.reminders, lastReminder: s.last_reminder, reopenedUntil: s.reopened_until })) })),
    });
  })
  .post('/api/v1/reporting/cycles/:id/reminders', async (c) => {
    const body = await readJson(c, z.unknown());
    return c.json({ reminders: await recordReminders(c.get('db'), c.get('actor'), num(c, 'id'), body as z.input<typeof Reminders>) }, 201);
  })
  .post('/api/v1/reporting/cycles/:id/reports', async (c) => {
    const body = (c.req.header('content-length') === '0' || !c.req.header('content-type')) ? {} : await readJson(c, z.unknown());
    const r = await startReport(c.get('db'), c.get('actor'), num(c, 'id'), body as z.input<typeof StartReport>);
    return c.json({ report: r }, r.created ? 201 : 200);
  })
  .get('/api/v1/reports', async (c) => {
    const parsed = ReportsQuery.safeParse(c.req.query());
    if (!parsed.success) throw formErrorOf(parsed.error.issues, 'request.invalid');
    const f = parsed.data;
    const filter = { cycleId: f.cycle ? Number(f.cycle) : undefined, state: f.state, q: f.q, status: f.status, language: f.language };
    const [rows, total] = await Promise.all([listReports(c.get('db'), c.get('actor'), { ...filter, limit: f.limit, offset: f.offset }), countReports(c.get('db'), c.get('actor'), filter)]);
    return c.json({ total, reports: rows.map((r) => ({ id: r.id, cycleId: r.cycle_id, cycle: r.cycle_code, state: r.state_iso3, stateName: r.state_name, status: r.status, visibility: r.visibility, language: r.language, currentRevision: r.current_revision, lastSubmittedAt: r.last_submitted_at, demo: r.demo })) });
  })
  .get('/api/v1/reports/:id', async (c) => {
    const db = c.get('db');
    const x = await reportForActor(db, c.get('actor'), num(c, 'id'));
    const q = await loadQuestionnaire(db, x.cycle.framework_version);
    const latest = x.report.current_revision ? await getRevision(db, x.report.id, x.report.current_revision) : null;
    return c.json({ report: reportJson(x), latest: latest && { revision: latest.revision, receipt: latest.receipt, submittedAt: latest.submitted_at, onTime: latest.on_time, checksum: latest.checksum, answers: latest.answers, completeness: completeness(q, latest.answers) } });
  })
  .patch('/api/v1/reports/:id', async (c) => {
    const body = await readJson(c, z.unknown());
    return c.json({ report: await updateReportSettings(c.get('db'), c.get('actor'), num(c, 'id'), body as z.input<typeof ReportSettings>) });
  })
  .get('/api/v1/reports/:id/draft', async (c) => {
    const db = c.get('db');
    const x = await reportForActor(db, c.get('actor'), num(c, 'id'));
    requireAccess(c.get('actor'), 'report.write', reportResource(x.report));
    const q = await loadQuestionnaire(db, x.cycle.framework_version);
    const answers = x.report.draft_answers as Answers;
    return c.json({ reportId: x.report.id, lockVersion: x.report.lock_version, savedAt: x.report.draft_saved_at, answers, completeness: completeness(q, answers) });
  })
  .put('/api/v1/reports/:id/draft', async (c) => {
    const body = await readJson(c, SaveDraft, 'report.invalid');
    return orStale(c, () => saveDraft(c.get('db'), c.get('actor'), num(c, 'id'), body), (s) => c.json({ reportId: s.id, lockVersion: s.lockVersion, savedAt: s.savedAt, warnings: s.warnings.map((w) => ({ field: w.field, severity: w.severity, ruleId: w.ruleId, message: en(w.key, w.params) })) }));
  })
  .post('/api/v1/reports/:id/submit', async (c) => {
    const body = c.req.header('content-type') ? await readJson(c, Submit, 'report.invalid') : {};
    return orStale(c, () => submitReport(c.get('db'), c.get('actor'), num(c, 'id'), body), (r) => c.json({ revision: r.revision, receipt: r.receipt, checksum: r.checksum, submittedAt: r.submitted_at, onTime: r.on_time, receiptUrl: `/reports/${r.reportId}/revisions/${r.revision}/receipt` }, 201));
  })
  .post('/api/v1/reports/:id/withdraw', async (c) => {
    const body = c.req.header('content-type') ? await readJson(c, Withdraw, 'report.invalid') : {};
    return c.json(await withdrawReport(c.get('db'), c.get('actor'), num(c, 'id'), body));
  })
  .get('/api/v1/reports/:id/revisions', async (c) => {
    const x = await reportForActor(c.get('db'), c.get('actor'), num(c, 'id'));
    return c.json({ revisions: await listRevisions(c.get('db'), x.report.id) });
  })
  .get('/api/v1/reports/:id/revisions/:n', async (c) => {
    const x = await reportForActor(c.get('db'), c.get('actor'), num(c, 'id'));
    return c.json({ revision: await getRevision(c.get('db'), x.report.id, num(c, 'n')) });
  })
  .get('/api/v1/reports/:id/diff', async (c) => {
    const db = c.get('db');
    const x = await reportForActor(db, c.get('actor'), num(c, 'id'));
    const from = Number(c.req.query('from')); const to = Number(c.req.query('to'));
    if (!from || !to) throw ValidationError('Give the two revisions to compare: ?from=1&to=2.', { from: 'Required.', to: 'Required.' });
    const [a, b] = await Promise.all([getRevision(db, x.report.id, from), getRevision(db, x.report.id, to)]);
    const q = await loadQuestionnaire(db, x.cycle.framework_version);
    return c.json({ from, to, changes: diffAnswers(a.answers, b.answers, q.elementIds) });
  })
  .get('/api/v1/reports/:id/revisions/:n/translations', async (c) => {
    const x = await reportForActor(c.get('db'), c.get('actor'), num(c, 'id'));
    const rev = await getRevision(c.get('db'), x.report.id, num(c, 'n'));
    return c.json({ original: { language: rev.language }, translations: await listTranslations(c.get('db'), x.report.id, rev.revision) });
  })
  .post('/api/v1/reports/:id/revisions/:n/translations', async (c) => {
    const body = await readJson(c, NewTranslation, 'translation.invalid');
    const x = await reportForActor(c.get('db'), c.get('actor'), num(c, 'id'));
    return c.json({ translation: await addTranslation(c.get('db'), c.get('actor'), x.report.id, num(c, 'n'), body) }, 201);
  })
  .get('/api/v1/reports/:id/export.docx', async (c) => {
    const s = await exportSource(c);
    const lang = langOf(c);
    const { questionnaireDocx } = await import('./docxExport.ts');
    const buf = await questionnaireDocx(c.get('db'), { cycle: s.x.cycle, questionnaire: s.q, lang, report: { id: s.x.report.id, stateIso3: s.x.state.iso3, stateName: stateName(s.x.state.iso3, lang) ?? s.x.state.official_name, lockVersion: s.x.report.lock_version, answers: s.answers } });
    return c.body(new Uint8Array(buf), 200, { 'content-type': 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', 'content-disposition': `attachment; filename="${fileBase(s.x, s.label)}_${lang}.docx"` });
  })
  .get('/api/v1/reports/:id/export.json', async (c) => {
    const s = await exportSource(c);
    return c.json({ report: reportJson(s.x), revision: s.revision, lockVersion: s.revision ? undefined : s.x.report.lock_version, answers: s.answers }, 200, { 'content-disposition': `attachment; filename="${fileBase(s.x, s.label)}.json"` });
  })
  .get('/api/v1/reports/:id/export.csv', async (c) => {
    const s = await exportSource(c);
    return c.body(answersCsv(s.q, s.answers), 200, { 'content-type': 'text/csv; charset=utf-8', 'content-disposition': `attachment; filename="${fileBase(s.x, s.label)}.csv"` });
  })
  .get('/api/v1/reports/:id/export.pdf', async (c) => {
    const s = await exportSource(c);
    const lang = langOf(c); const t = translator(lang);
    const html = '<!doctype html>' + String(
      <html lang={lang} dir={dirOf(lang)}><head><meta charset="utf-8" /><title>{s.x.cycle.title}</title><style>{raw(inlineCss())}</style></head>
        <body><main class="wide">
          <h1>{stateName(s.x.state.iso3, lang) ?? s.x.state.official_name} — {s.x.cycle.title}</h1>
          <p>{s.receipt ? <code>{s.receipt}</code> : s.label} · {LANGUAGE_NAMES[s.x.report.language]} · {t(`reporting.vis.${s.x.report.visibility}`)}</p>
          <AnswersView t={t} q={s.q} answers={s.answers} />
        </main></body></html>,
    );
    const pdf = await htmlToPdf(html);
    return c.body(new Uint8Array(pdf), 200, { 'content-type': 'application/pdf', 'content-disposition': `attachment; filename="${fileBase(s.x, s.label)}.pdf"` });
  })
  .post('/api/v1/reports/:id/imports', async (c) => {
    const type = (c.req.header('content-type') ?? '').toLowerCase();
    const fmtQ = c.req.query('format');
    const format: ImportFormat | null = fmtQ === 'docx' || fmtQ === 'json' || fmtQ === 'csv' ? fmtQ
      : type.includes('wordprocessingml') ? 'docx' : type.includes('json') ? 'json' : type.includes('csv') ? 'csv' : null;
    if (!format) throw new AppError('request.unsupported_media_type', 415, 'Send the file as the body with ?format=docx|json|csv or a matching Content-Type.');
    const x = await reportForActor(c.get('db'), c.get('actor'), num(c, 'id')).catch((e) => { throw e instanceof AppError ? e : NotFound('That report', 'report.not_found'); });
    requireAccess(c.get('actor'), 'report.write', reportResource(x.report));
    const bytes = new Uint8Array(await c.req.arrayBuffer());
    const preview = await previewImport(c.get('db'), c.get('actor'), x.report.id, format, bytes);
    return c.json({ preview }, preview.valid ? 200 : 422);
  })
  .post('/api/v1/reports/:id/imports/:importId/confirm', async (c) => {
    const body = c.req.header('content-type')?.includes('json') && c.req.header('content-length') !== '0' ? await readJson(c, ConfirmImportBody, 'import.invalid') : {};
    return orStale(c, () => confirmImport(c.get('db'), c.get('actor'), num(c, 'id'), num(c, 'importId'), body), (s) => c.json({ reportId: s.id, lockVersion: s.lockVersion, savedAt: s.savedAt }));
  })
  .post('/api/v1/reports/:id/imports/:importId/cancel', async (c) =>
    c.json(await cancelImport(c.get('db'), c.get('actor'), num(c, 'id'), { importId: num(c, 'importId') })));
