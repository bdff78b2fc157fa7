import type { Actor } from '../../accounts/actor.ts';
import { recordAudit } from '../../accounts/audit.ts';
import { requireOrganisation } from '../../accounts/policy.ts';
import type { Db } from '../../db/engine.ts';
import { NotFound } from '../../foundation/errors.ts';

/**
 * An organisation withdraws one of its own representatives from a meeting (a wrong name, a change
 * of delegation). The audit event keeps who was registered, so the list's history is not lost.
 */
export async function removeRepresentative(db: Db, actor: Actor, meetingId: number, representativeId: number) {
  const orgId = requireOrganisation(actor, 'organisation.act').organisationId;
  return db.transaction().execute(async (trx) => {
    const r = await trx
      .selectFrom('stakeholder_representatives')
      .selectAll()
      .where('id', '=', representativeId)
      .where('meeting_id', '=', meetingId)
      .forUpdate()
      .executeTakeFirst();
    // Another organisation's representative is as invisible as a missing one.
    if (!r || r.organisation_id !== orgId) throw NotFound('That representative', 'representative.not_found');
    await trx.deleteFrom('stakeholder_representatives').where('id', '=', r.id).execute();
    await recordAudit(trx, actor, {
      action: 'representative.removed',
      itemType: 'stakeholder_representative',
      itemId: r.id,
      before: { organisation: orgId, meeting: meetingId, name: r.name, email: r.email },
    });
  });
}
