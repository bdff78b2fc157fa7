import type { Actor } from '../../accounts/actor.ts';
import { recordAudit } from '../../accounts/audit.ts';
import { requireAccess } from '../../accounts/policy.ts';
import type { Db } from '../../db/engine.ts';
import { processBySlug } from '../modalities.ts';
import { confirmedSubscribers } from '../queries.ts';

/**
 * The Secretariat takes a process's confirmed interest list away (the CSV export). Personal data
 * leaves the platform: who exported it, and how many addresses, is recorded with the read, in one
 * transaction, so the audit event counts exactly the rows handed out.
 */
export async function exportSubscribers(db: Db, actor: Actor, slug: string) {
  requireAccess(actor, 'interestList.read');
  return db.transaction().execute(async (trx) => {
    const process = await processBySlug(trx, slug);
    const rows = await confirmedSubscribers(trx, process.id);
    await recordAudit(trx, actor, { action: 'interest.exported', itemType: 'process', itemId: process.id, after: { rows: rows.length } });
    return { process, rows };
  });
}
