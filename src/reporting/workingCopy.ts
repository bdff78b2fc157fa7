import type { Transaction } from 'kysely';
import { z } from 'zod';
import type { Actor } from '../accounts/actor.ts';
import { recordAudit } from '../accounts/audit.ts';
import type { Db } from '../db/engine.ts';
import { fromZod } from '../foundation/errors.ts';
import type { Database } from '../schema.ts';
import { canonicalJson, type Answers } from './answers.ts';
import { getCycle } from './cycles.ts';
import { cycleRules } from './queries.ts';
import { loadQuestionnaire } from './questionnaire.ts';
import { evaluateRules } from './rules.ts';
import { StaleDraft, validateAnswers, type ReportRow } from './reports.ts';

/**
 * The working copy of a report (its draft answers): a save checked against the cycle's questionnaire
 * and rules, and written inside the caller's transaction, so a save and whatever goes with it (an
 * upload marked confirmed) commit together with their audit event. Used by `saveDraft` and
 * `confirmImport`.
 */

export const SaveDraft = z.object({
  /** The lock_version the delegate started from; a save based on an older one is refused (report.stale). */
  lockVersion: z.number({ message: 'Send the lockVersion you read with the draft.' }).int().min(0),
  answers: z.unknown(),
});

/** A save validated against the report's cycle: normalised answers, the rules' warnings, whether anything changed. */
export async function checkDraft(db: Db, report: Pick<ReportRow, 'cycle_id' | 'draft_answers'>, input: z.input<typeof SaveDraft>) {
  const parsed = SaveDraft.safeParse(input);
  if (!parsed.success) throw fromZod(parsed.error, 'report.invalid');
  const cycle = await getCycle(db, report.cycle_id);
  const q = await loadQuestionnaire(db, cycle.framework_version);
  const answers = validateAnswers(parsed.data.answers, q.elementIds);
  // The cycle's rules, shown as warnings on every save; only submitting enforces them.
  const warnings = evaluateRules(q, answers, await cycleRules(db, cycle.id));
  const changed = canonicalJson(report.draft_answers) !== canonicalJson(answers);
  return { lockVersion: parsed.data.lockVersion, answers, warnings, changed };
}
export type CheckedDraft = Awaited<ReturnType<typeof checkDraft>>;

/**
 * Writes a checked save in `trx` with its audit event (`action`, and `after` beside the new version).
 * Optimistic locking: the UPDATE only matches the version the delegate read, so of two delegates
 * saving at once the second gets both versions back (StaleDraft) instead of silently overwriting the first.
 */
export async function writeDraft(
  trx: Transaction<Database>,
  actor: Actor,
  reportId: number,
  draft: CheckedDraft,
  audit: { action: string; after?: Record<string, unknown> },
) {
  const { lockVersion, answers, warnings, changed } = draft;
  const row = await trx
    .updateTable('national_reports')
    .set((eb) => ({
      draft_answers: JSON.stringify(answers),
      lock_version: eb('lock_version', '+', 1),
      draft_saved_at: new Date(),
      draft_saved_by: actor.kind === 'user' ? actor.id : null,
    }))
    .where('id', '=', reportId)
    .where('lock_version', '=', lockVersion)
    .returning(['id', 'lock_version', 'draft_saved_at'])
    .executeTakeFirst();
  if (!row) {
    const current = await trx
      .selectFrom('national_reports')
      .leftJoin('users', 'users.id', 'national_reports.draft_saved_by')
      .select(['national_reports.lock_version', 'national_reports.draft_answers', 'national_reports.draft_saved_at', 'users.display_name'])
      .where('national_reports.id', '=', reportId)
      .executeTakeFirstOrThrow();
    throw new StaleDraft(
      { lockVersion, answers },
      { lockVersion: current.lock_version, answers: current.draft_answers as Answers, savedAt: current.draft_saved_at, savedBy: current.display_name },
    );
  }
  await recordAudit(trx, actor, {
    action: audit.action,
    itemType: 'national_report',
    itemId: reportId,
    after: { lockVersion: row.lock_version, changed, ...audit.after },
  });
  return { id: row.id, lockVersion: row.lock_version, savedAt: row.draft_saved_at, answers, warnings, written: true };
}
