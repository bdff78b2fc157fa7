import type { Actor } from '../../accounts/actor.ts';
import { recordAudit } from '../../accounts/audit.ts';
import { requireAccess } from '../../accounts/policy.ts';
import type { Db } from '../../db/engine.ts';
import { NotFound } from '../../foundation/errors.ts';

/** The Chair (or the Secretariat on the Chair's behalf) opens a draft to stakeholder comments, or closes it. */
export async function setStakeholderAccess(db: Db, actor: Actor, draftId: number, open: boolean) {
  requireAccess(actor, 'draft.edit');
  return db.transaction().execute(async (trx) => {
    const r = await trx.updateTable('drafts').set({ open_to_stakeholders: open }).where('id', '=', draftId).returning('id').executeTakeFirst();
    if (!r) throw NotFound('That draft', 'draft.not_found');
    await recordAudit(trx, actor, { action: open ? 'draft.opened_to_stakeholders' : 'draft.closed_to_stakeholders', itemType: 'draft', itemId: draftId });
    return { id: draftId, open };
  });
}
