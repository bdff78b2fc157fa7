import { z } from 'zod';
import type { Actor } from '../../accounts/actor.ts';
import { recordAudit } from '../../accounts/audit.ts';
import { requireAccess } from '../../accounts/policy.ts';
import type { Db } from '../../db/engine.ts';
import { fromZod } from '../../foundation/errors.ts';
import { canonicalJson, type Answers } from '../answers.ts';
import { getCycle } from '../cycles.ts';
import { cycleRules } from '../queries.ts';
import { loadQuestionnaire } from '../questionnaire.ts';
import { evaluateRules } from '../rules.ts';
import { getReportFor, reportResource, StaleDraft, validateAnswers } from '../reports.ts';

export const SaveDraft = z.object({
  /** The lock_version the delegate started from; a save based on an older one is refused (report.stale). */
  lockVersion: z.number({ message: 'Send the lockVersion you read with the draft.' }).int().min(0),
  answers: z.unknown(),
});

/**
 * Saves the working copy of a report (in place: a draft is not history; submitted revisions are).
 * Autosave uses the same path with `autosave`: it writes only when something changed, under its own
 * audit action, and the page's script sends it at most every 30 seconds. Optimistic locking: the UPDATE only matches the version the
 * delegate read, so of two delegates saving at once the second gets both versions back instead of
 * silently overwriting the first.
 */
export async function saveDraft(db: Db, actor: Actor, reportId: number, input: z.input<typeof SaveDraft>, opts: { autosave?: boolean } = {}) {
  const before = await getReportFor(db, actor, reportId);
  requireAccess(actor, 'report.write', reportResource(before));
  const parsed = SaveDraft.safeParse(input);
  if (!parsed.success) throw fromZod(parsed.error, 'report.invalid');
  const cycle = await getCycle(db, before.cycle_id);
  const q = await loadQuestionnaire(db, cycle.framework_version);
  const answers = validateAnswers(parsed.data.answers, q.elementIds);
  const lockVersion = parsed.data.lockVersion;
  // The cycle's rules, shown as warnings on every save; only submitting enforces them.
  const warnings = evaluateRules(q, answers, await cycleRules(db, cycle.id));
  const changed = canonicalJson(before.draft_answers) !== canonicalJson(answers);
  // An autosave of what is already stored writes nothing: no version, no audit event.
  if (opts.autosave && !changed && before.lock_version === lockVersion)
    return { id: before.id, lockVersion, savedAt: before.draft_saved_at, answers, warnings, written: false };
  return db.transaction().execute(async (trx) => {
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
      action: opts.autosave ? 'report.draft_autosaved' : 'report.draft_saved',
      itemType: 'national_report',
      itemId: reportId,
      after: { lockVersion: row.lock_version, changed },
    });
    return { id: row.id, lockVersion: row.lock_version, savedAt: row.draft_saved_at, answers, warnings, written: true };
  });
}
