import type { Actor } from '../../accounts/actor.ts';
import { requireAccess } from '../../accounts/policy.ts';
import type { Db } from '../../db/engine.ts';
import { AppError } from '../../foundation/errors.ts';
import type { Answers } from '../answers.ts';
import { emptiedBy, pendingImport } from '../importReport.ts';
import { getReportFor, reportResource } from '../reports.ts';
import { checkDraft, writeDraft } from '../workingCopy.ts';

/**
 * Applies a previewed upload as a draft save, with the lock version the preview was based on. An
 * upload that would empty more than half of the draft's answers needs `confirmEmptying`: the
 * confirmation page lists what would be emptied and sends it only from its Confirm button.
 * One transaction: the draft, the upload marked confirmed and the audit event commit together, and
 * an upload confirmed or cancelled meanwhile (by another tab) saves nothing.
 */
export async function confirmImport(db: Db, actor: Actor, reportId: number, importId: number, opts: { confirmEmptying?: boolean } = {}) {
  const r = await getReportFor(db, actor, reportId);
  requireAccess(actor, 'report.write', reportResource(r));
  const imp = await pendingImport(db, r.id, importId);
  const blanking = emptiedBy(r.draft_answers as Answers, imp.answers);
  if (blanking.emptiesMost && !opts.confirmEmptying && r.lock_version === imp.base_lock_version) {
    throw new AppError(
      'import.confirm_emptying',
      409,
      `This upload would empty ${blanking.emptied.length} of the draft's ${blanking.existing} answers. Confirm that these answers should be emptied, or cancel the upload.`,
      Object.fromEntries(blanking.emptied.map((k) => [k, 'Would be emptied.'])),
    );
  }
  const draft = await checkDraft(db, r, { lockVersion: imp.base_lock_version, answers: imp.answers });
  return db.transaction().execute(async (trx) => {
    const marked = await trx
      .updateTable('national_report_imports')
      .set({ confirmed_at: new Date() })
      .where('id', '=', imp.id)
      .where('confirmed_at', 'is', null)
      .where('cancelled_at', 'is', null)
      .returning('id')
      .executeTakeFirst();
    // Confirmed or cancelled since it was read: the same refusal as reading it now.
    if (!marked) await pendingImport(trx, r.id, imp.id);
    return writeDraft(trx, actor, r.id, draft, { action: 'report.import_confirmed', after: { importId: imp.id, format: imp.format } });
  });
}
