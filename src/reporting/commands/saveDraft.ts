import type { z } from 'zod';
import type { Actor } from '../../accounts/actor.ts';
import { requireAccess } from '../../accounts/policy.ts';
import type { Db } from '../../db/engine.ts';
import { getReportFor, reportResource } from '../reports.ts';
import { checkDraft, writeDraft, type SaveDraft } from '../workingCopy.ts';

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
  const draft = await checkDraft(db, before, input);
  // An autosave of what is already stored writes nothing: no version, no audit event.
  if (opts.autosave && !draft.changed && before.lock_version === draft.lockVersion)
    return { id: before.id, lockVersion: draft.lockVersion, savedAt: before.draft_saved_at, answers: draft.answers, warnings: draft.warnings, written: false };
  return db
    .transaction()
    .execute((trx) => writeDraft(trx, actor, reportId, draft, { action: opts.autosave ? 'report.draft_autosaved' : 'report.draft_saved' }));
}
