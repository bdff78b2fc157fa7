import { Hono } from 'hono';
import { z } from 'zod';
import { requireAccess } from '../../accounts/policy.ts';
import type { AppEnv, Ctx } from '../../server/context.ts';
import { describeApi } from '../../server/openapi.ts';
import type { Answers } from '../answers.ts';
import { answersCsv, htmlToPdf } from '../exports.ts';
import * as P from '../presenters.ts';
import { getRevision, reportForActor } from '../queries.ts';
import { loadQuestionnaire } from '../questionnaire.ts';
import { reportPdfHtml } from '../pages/reportPdf.tsx';
import { reportResource } from '../reports.ts';
import { stateName } from '../../participants/names.ts';
import { DOCX, ExportQuery, langOf, num, tag } from './http.ts';

/** A report's exports: DOCX (signed, to fill and upload back), PDF, JSON and CSV, of a revision or of the draft for its own delegation. */

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

export const exportsApi = new Hono<AppEnv>()
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
  });

describeApi({
  method: 'get',
  path: '/api/v1/reports/{id}/export.docx',
  tag,
  summary: 'The report as a signed DOCX questionnaire (fill and upload back)',
  query: ExportQuery,
  access: 'by report visibility; draft: delegate of the State',
  contentType: DOCX,
  response: z.string(),
});
describeApi({
  method: 'get',
  path: '/api/v1/reports/{id}/export.json',
  tag,
  summary: 'The answers as JSON',
  query: ExportQuery,
  access: 'by report visibility',
  response: P.ExportJsonSchema,
});
describeApi({
  method: 'get',
  path: '/api/v1/reports/{id}/export.csv',
  tag,
  summary: 'The answers as CSV (field,value)',
  query: ExportQuery,
  access: 'by report visibility',
  contentType: 'text/csv',
  response: z.string(),
});
describeApi({
  method: 'get',
  path: '/api/v1/reports/{id}/export.pdf',
  tag,
  summary: 'PDF via Chromium; 501 export.pdf_unavailable without it',
  query: ExportQuery,
  access: 'by report visibility',
  contentType: 'application/pdf',
  response: z.string(),
});
