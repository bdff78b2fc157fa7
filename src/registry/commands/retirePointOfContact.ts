import { actorLabel, type Actor } from '../../accounts/actor.ts';
import { recordAudit } from '../../accounts/audit.ts';
import { requireAccess } from '../../accounts/policy.ts';
import type { Db } from '../../db/engine.ts';
import { NotFound } from '../../foundation/errors.ts';

/**
 * Retires a point of contact: a last revision marked inactive, so the history still shows who it was.
 * The point of contact's row is locked before its current revision is read (as savePoc does), so two
 * retirements or a retirement and a revision at once follow each other instead of colliding on the
 * revision number.
 */
export async function retirePoc(db: Db, actor: Actor, pocId: number) {
  return db.transaction().execute(async (trx) => {
    const locked = await trx.selectFrom('points_of_contact').select('id').where('id', '=', pocId).forUpdate().executeTakeFirst();
    const poc = locked ? await trx.selectFrom('poc_current').selectAll().where('poc_id', '=', pocId).executeTakeFirst() : undefined;
    if (!poc) throw NotFound('That point of contact', 'poc.not_found');
    requireAccess(actor, 'poc.write', { ownerStateIso3: poc.state_iso3 });
    const { id: _id, created_at: _c, state_iso3: _s, ...rest } = poc;
    await trx
      .insertInto('poc_revisions')
      .values({ ...rest, revision: poc.revision + 1, active: false, created_by_label: actorLabel(actor) })
      .execute();
    await recordAudit(trx, actor, { action: 'poc.retired', itemType: 'point_of_contact', itemId: pocId });
  });
}
