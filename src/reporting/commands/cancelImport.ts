import { z } from 'zod';
import type { Actor } from '../../accounts/actor.ts';
import { recordAudit } from '../../accounts/audit.ts';
import { requireAccess } from '../../accounts/policy.ts';
import type { Db } from '../../db/engine.ts';
import { parseInput } from '../../foundation/errors.ts';
import { pendingImport } from '../importReport.ts';
import { getReportFor, reportResource } from '../reports.ts';

export const CancelImport = z.object({ importId: z.number().int().positive() });

/**
 * Cancels a previewed upload: the draft is left as it is, and the upload can no longer be confirmed.
 * Cancelling twice is harmless; cancelling one already saved is refused (import.already_confirmed).
 */
export async function cancelImport(db: Db, actor: Actor, reportId: number, input: z.input<typeof CancelImport>) {
  const r = await getReportFor(db, actor, reportId);
  requireAccess(actor, 'report.write', reportResource(r));
  const { importId } = parseInput(CancelImport, input, 'import.invalid');
  const already = await db
    .selectFrom('national_report_imports')
    .select(['id', 'cancelled_at', 'confirmed_at'])
    .where('id', '=', importId)
    .where('report_id', '=', r.id)
    .executeTakeFirst();
  if (already?.cancelled_at && !already.confirmed_at) return { reportId: r.id, importId, cancelledAt: already.cancelled_at };
  const imp = await pendingImport(db, r.id, importId);
  return db.transaction().execute(async (trx) => {
    const row = await trx
      .updateTable('national_report_imports')
      .set({ cancelled_at: new Date() })
      .where('id', '=', imp.id)
      .where('confirmed_at', 'is', null)
      .where('cancelled_at', 'is', null)
      .returning('cancelled_at')
      .executeTakeFirstOrThrow();
    await recordAudit(trx, actor, {
      action: 'report.import_cancelled',
      itemType: 'national_report',
      itemId: r.id,
      after: { importId: imp.id, format: imp.format },
    });
    return { reportId: r.id, importId: imp.id, cancelledAt: row.cancelled_at! };
  });
}
