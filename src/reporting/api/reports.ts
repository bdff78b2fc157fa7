import { Hono } from 'hono';
import { z } from 'zod';
import { requireAccess } from '../../accounts/policy.ts';
import { translator } from '../../i18n/index.ts';
import { readJson } from '../../server/api.ts';
import type { AppEnv } from '../../server/context.ts';
import { describeApi } from '../../server/openapi.ts';
import { ValidationError } from '../../foundation/errors.ts';
import { addTranslation, NewTranslation } from '../commands/addTranslation.ts';
import type { Answers } from '../answers.ts';
import { diffAnswers } from '../diff.ts';
import * as P from '../presenters.ts';
import { countReports, getRevision, listReports, listRevisions, listTranslations, reportForActor } from '../queries.ts';
import { completeness, loadQuestionnaire } from '../questionnaire.ts';
import { reportResource } from '../reports.ts';
import { saveDraft } from '../commands/saveDraft.ts';
import { SaveDraft } from '../workingCopy.ts';
import { Submit, submitReport } from '../commands/submitReport.ts';
import { ReportSettings, updateReportSettings } from '../commands/updateReportSettings.ts';
import { formErrorOf } from '../fieldErrors.ts';
import { Withdraw, withdrawReport } from '../commands/withdrawReport.ts';
import { num, orStale, tag } from './http.ts';

/** The reporting API of reports: the list, a report and its settings, the draft, submitting and withdrawing, revisions, their diff and translations. */

const en = translator('en');

export const ReportsQuery = z.object({
  cycle: z.string().optional(),
  state: z.string().optional(),
  q: z.string().optional(),
  status: z.enum(['draft', 'submitted', 'withdrawn']).optional(),
  language: z.enum(['ar', 'zh', 'en', 'fr', 'ru', 'es']).optional(),
  limit: z.coerce.number().int().min(1).max(500).optional(),
  offset: z.coerce.number().int().min(0).optional(),
});

export const reportsApi = new Hono<AppEnv>()
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
