import { Hono } from 'hono';
import { z } from 'zod';
import { requireAccess } from '../../accounts/policy.ts';
import { readJson } from '../../server/api.ts';
import type { AppEnv } from '../../server/context.ts';
import { describeApi } from '../../server/openapi.ts';
import { addValidationRule, NewRule } from '../commands/addValidationRule.ts';
import { createCycle, NewCycle } from '../commands/createCycle.ts';
import { getCycle, listCycles, submissionWindow } from '../cycles.ts';
import { blankQuestionnaireHtml } from '../pages/blankQuestionnaire.tsx';
import { printOnce } from '../pdfCache.ts';
import * as P from '../cyclePresenters.ts';
import { cycleMonitor, cycleRules } from '../queries.ts';
import { loadQuestionnaire } from '../questionnaire.ts';
import { recordReminders, Reminders } from '../commands/recordReminders.ts';
import { Reopen, reopenCycle } from '../commands/reopenCycle.ts';
import { retireValidationRule } from '../commands/retireValidationRule.ts';
import { StartReport, startReport } from '../commands/startReport.ts';
import { DOCX, ExportQuery, langOf, num, tag } from './http.ts';

/** The reporting API of cycles: the cycles, their blank questionnaires, reopening, monitoring and reminders, validation rules, starting a report. */

export const cyclesApi = new Hono<AppEnv>()
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
  query: z.object({ lang: ExportQuery.shape.lang }),
  access: 'public',
  contentType: DOCX,
  response: z.string(),
});
describeApi({
  method: 'get',
  path: '/api/v1/reporting/cycles/{id}/questionnaire.pdf',
  tag,
  summary: 'The blank questionnaire as a PDF to print (Chromium; 501 export.pdf_unavailable without it)',
  query: z.object({ lang: ExportQuery.shape.lang }),
  access: 'public',
  contentType: 'application/pdf',
  response: z.string(),
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
