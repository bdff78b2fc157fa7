import { z } from 'zod';
import type { Actor } from '../../accounts/actor.ts';
import { recordAudit } from '../../accounts/audit.ts';
import { requireAccess } from '../../accounts/policy.ts';
import type { Db } from '../../db/engine.ts';
import { AppError, fromZod } from '../../foundation/errors.ts';
import { getReportFor, reportResource } from '../reports.ts';

export const Withdraw = z.object({ reason: z.string().trim().max(2000).optional() });

/** Marks a submitted report withdrawn. Its revisions stay (append-only); a later submission restores it. */
export async function withdrawReport(db: Db, actor: Actor, reportId: number, input: z.input<typeof Withdraw> = {}) {
  const pre = await getReportFor(db, actor, reportId);
  requireAccess(actor, 'report.write', reportResource(pre));
  const parsed = Withdraw.safeParse(input);
  if (!parsed.success) throw fromZod(parsed.error, 'report.invalid');
  return db.transaction().execute(async (trx) => {
    const r = await getReportFor(trx, actor, reportId, { forUpdate: true });
    if (r.status === 'withdrawn') throw new AppError('report.already_withdrawn', 409, 'This report is already withdrawn. Submit it again to restore it.');
    if (r.current_revision === 0)
      throw new AppError('report.not_submitted', 409, 'Only a submitted report can be withdrawn; a draft is never shown to others.');
    const at = new Date();
    await trx
      .updateTable('national_reports')
      .set({ status: 'withdrawn', withdrawn_at: at, withdrawn_by: actor.kind === 'user' ? actor.id : null, withdrawal_reason: parsed.data.reason ?? null })
      .where('id', '=', r.id)
      .execute();
    await recordAudit(trx, actor, {
      action: 'report.withdrawn',
      itemType: 'national_report',
      itemId: r.id,
      before: { status: r.status },
      after: { status: 'withdrawn', reason: parsed.data.reason ?? null },
    });
    return { id: r.id, status: 'withdrawn' as const, withdrawnAt: at };
  });
}
