import { actorLabel, type Actor } from '../../accounts/actor.ts';
import { recordAudit } from '../../accounts/audit.ts';
import { requireAccess } from '../../accounts/policy.ts';
import type { Db } from '../../db/engine.ts';
import { NotFound } from '../../foundation/errors.ts';

/**
 * Retires a point of contact: a last revision marked inactive, so the history still shows who it was.
 * The point of contact's row is locked before its current revision is read (as savePointOfContact does), so two
 * retirements or a retirement and a revision at once follow each other instead of colliding on the
 * revision number.
 */
export async function retirePointOfContact(db: Db, actor: Actor, pointOfContactId: number) {
  return db.transaction().execute(async (trx) => {
    const locked = await trx.selectFrom('points_of_contact').select('id').where('id', '=', pointOfContactId).forUpdate().executeTakeFirst();
    const pointOfContact = locked
      ? await trx.selectFrom('points_of_contact_current').selectAll().where('point_of_contact_id', '=', pointOfContactId).executeTakeFirst()
      : undefined;
    if (!pointOfContact) throw NotFound('That point of contact', 'pointOfContact.not_found');
    requireAccess(actor, 'pointsOfContact.write', { ownerStateIso3: pointOfContact.state_iso3 });
    const { id: _id, created_at: _c, state_iso3: _s, ...rest } = pointOfContact;
    await trx
      .insertInto('point_of_contact_revisions')
      .values({ ...rest, revision: pointOfContact.revision + 1, active: false, created_by_label: actorLabel(actor) })
      .execute();
    await recordAudit(trx, actor, { action: 'poc.retired', itemType: 'point_of_contact', itemId: pointOfContactId });
  });
}
