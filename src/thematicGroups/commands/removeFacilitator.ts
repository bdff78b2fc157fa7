import type { Actor } from '../../accounts/actor.ts';
import { recordAudit } from '../../accounts/audit.ts';
import { requireAccess } from '../../accounts/policy.ts';
import type { Db } from '../../db/engine.ts';
import { NotFound } from '../../foundation/errors.ts';

/** The Secretariat removes a facilitator named by mistake; the audit event keeps who it was. */
export async function removeFacilitator(db: Db, actor: Actor, meetingId: number, facilitatorId: number) {
  requireAccess(actor, 'thematicGroups.manage');
  return db.transaction().execute(async (trx) => {
    const row = await trx
      .deleteFrom('meeting_facilitators')
      .where('id', '=', facilitatorId)
      .where('meeting_id', '=', meetingId)
      .returning(['id', 'name', 'state_iso3', 'affiliation', 'position'])
      .executeTakeFirst();
    if (!row) throw NotFound('That facilitator', 'thematic.facilitator_not_found');
    await recordAudit(trx, actor, { action: 'thematic.facilitator_removed', itemType: 'meeting', itemId: meetingId, before: row });
    return row;
  });
}
