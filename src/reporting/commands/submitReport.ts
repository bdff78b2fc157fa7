import crypto from 'node:crypto';
import { z } from 'zod';
import { actorLabel, type Actor } from '../../accounts/actor.ts';
import { recordAudit } from '../../accounts/audit.ts';
import { requireAccess } from '../../accounts/policy.ts';
import type { Db } from '../../db/engine.ts';
import { AppError, fromZod } from '../../foundation/errors.ts';
import { canonicalJson, type Answers } from '../answers.ts';
import { endOfDay, getCycle, stateWindow } from '../cycles.ts';
import { FormError } from '../fieldErrors.ts';
import { cycleRules } from '../queries.ts';
import { loadQuestionnaire } from '../questionnaire.ts';
import { getReportFor, receiptFor, reportResource, StaleDraft } from '../reports.ts';
import { evaluateRules, isEmptyReport, type Finding } from '../rules.ts';

/** A submission that breaks rules of severity 'error'; the fields say where, the draft is kept. */
export class RulesFailed extends FormError {
  constructor(readonly findings: Finding[]) {
    super(
      'report.rules_failed',
      422,
      `The report breaks ${findings.length} of the cycle's validation rules; nothing was submitted. Fix the fields named and submit again.`,
      Object.fromEntries(findings.map((f) => [f.field, { key: f.key, params: f.params }]).reverse()),
    ); // the first finding per field wins
  }
}

export const Submit = z.object({
  /** When given, the submission is refused if the draft changed since (what you saw is what you submit). */
  lockVersion: z.number().int().min(0).optional(),
});

/**
 * Submits the current draft: writes an immutable revision (full answers, checksum, receipt number)
 * and its capacity-need rows. The window is checked against the cycle's closing date, or the
 * Secretariat's reopening for this State. An empty report is refused (report.empty, 422), and so is one
 * that breaks a rule of severity 'error' (report.rules_failed, 422, per field).
 */
export async function submitReport(db: Db, actor: Actor, reportId: number, input: z.input<typeof Submit> = {}, now = new Date()) {
  const pre = await getReportFor(db, actor, reportId);
  requireAccess(actor, 'report.write', reportResource(pre));
  const parsed = Submit.safeParse(input);
  if (!parsed.success) throw fromZod(parsed.error, 'report.invalid');
  return db.transaction().execute(async (trx) => {
    const r = await getReportFor(trx, actor, reportId, { forUpdate: true });
    const cycle = await getCycle(trx, r.cycle_id);
    const window = await stateWindow(trx, cycle, r.state_iso3, now);
    if (window === 'not-open')
      throw new AppError(
        'report.cycle_not_open',
        409,
        `The cycle “${cycle.title}” opens for submissions on ${cycle.opens_on}. Keep saving your draft until then.`,
      );
    if (window === 'closed')
      throw new AppError(
        'report.cycle_closed',
        409,
        `The cycle “${cycle.title}” closed on ${cycle.closes_on}; submissions are no longer accepted. Your draft is kept. Ask the Secretariat to reopen the cycle for ${r.state_iso3}.`,
      );
    const answers = r.draft_answers as Answers;
    if (parsed.data.lockVersion !== undefined && parsed.data.lockVersion !== r.lock_version) {
      throw new StaleDraft(
        { lockVersion: parsed.data.lockVersion, answers },
        { lockVersion: r.lock_version, answers, savedAt: r.draft_saved_at, savedBy: null },
      );
    }
    // Nothing answered is not a report: refused, never counted, whatever the cycle's rules say.
    const q = await loadQuestionnaire(trx, cycle.framework_version);
    if (isEmptyReport(q, answers))
      throw new AppError('report.empty', 422, 'The report has no answers. Answer at least one question before submitting; nothing was submitted.');
    const blocking = evaluateRules(q, answers, await cycleRules(trx, cycle.id)).filter((f) => f.severity === 'error');
    if (blocking.length) throw new RulesFailed(blocking);
    const json = canonicalJson(answers);
    const checksum = crypto.createHash('sha256').update(json).digest('hex');
    if (r.current_revision > 0 && r.status === 'submitted') {
      const last = await trx
        .selectFrom('national_report_revisions')
        .select('checksum')
        .where('report_id', '=', r.id)
        .where('revision', '=', r.current_revision)
        .executeTakeFirstOrThrow();
      if (last.checksum === checksum)
        throw new AppError(
          'report.unchanged',
          409,
          `Revision ${r.current_revision} already holds exactly these answers. Change the draft before submitting a new revision.`,
        );
    }
    const revision = r.current_revision + 1;
    const receipt = receiptFor(cycle.code, r.state_iso3, revision);
    const rev = await trx
      .insertInto('national_report_revisions')
      .values({
        report_id: r.id,
        revision,
        answers: json,
        language: r.language,
        receipt,
        checksum,
        submitted_at: now,
        submitted_by: actor.kind === 'user' ? actor.id : null,
        submitted_by_label: actorLabel(actor),
        on_time: now <= endOfDay(cycle.due_on),
      })
      .returning(['revision', 'receipt', 'checksum', 'submitted_at', 'on_time'])
      .executeTakeFirstOrThrow();
    const needs = answers.capacityNeeds ?? [];
    if (needs.length) {
      await trx
        .insertInto('national_report_capacity_needs')
        .values(
          needs.map((n, i) => ({
            report_id: r.id,
            revision,
            position: i,
            element_id: n.element,
            kind: n.kind,
            priority: n.priority,
            description: n.description ?? '',
          })),
        )
        .execute();
    }
    await trx
      .updateTable('national_reports')
      .set({
        status: 'submitted',
        current_revision: revision,
        last_submitted_at: now,
        first_submitted_at: r.first_submitted_at ?? now,
        withdrawn_at: null,
        withdrawn_by: null,
        withdrawal_reason: null,
      })
      .where('id', '=', r.id)
      .execute();
    await recordAudit(trx, actor, { action: 'report.submitted', itemType: 'national_report', itemId: r.id, after: { revision, receipt, checksum, window } });
    return { reportId: r.id, ...rev, window };
  });
}
