import { formError, parseForm } from '../../foundation/formError.ts';
import { z } from 'zod';
import type { Actor } from '../../accounts/actor.ts';
import { recordAudit } from '../../accounts/audit.ts';
import { requireAccess } from '../../accounts/policy.ts';
import type { Db } from '../../db/engine.ts';
import { stateByIso3 } from '../../participants/states.ts';
import { requireDtgMeeting } from '../dtgMeeting.ts';
import { messagesOf } from '../formError.ts';

export const NewFacilitator = z.object({
  /** As the record names the person: "Ms Amara Okafor". */
  name: z.string().trim().min(2, 'thematicGroups.err.name').max(120, 'thematicGroups.err.tooLong'),
  /** The State they come from (ISO alpha-3), when they come from one. */
  state: z
    .string()
    .trim()
    .toUpperCase()
    .refine((v) => v === '' || !!stateByIso3(v), 'thematicGroups.err.state')
    .optional(),
  /** An affiliation written out, when not a State or beside it. */
  affiliation: z.string().trim().max(200, 'thematicGroups.err.tooLong').optional(),
});
export type NewFacilitatorInput = z.input<typeof NewFacilitator>;

/**
 * The Secretariat names a co-facilitator of a DTG meeting. The record reader then knows the name, so
 * "Ms Okafor asked…" in that meeting's record is the facilitator's, not an unknown person's.
 */
export async function addFacilitator(db: Db, actor: Actor, meetingId: number, input: NewFacilitatorInput) {
  requireAccess(actor, 'thematicGroups.manage');
  const v = parseForm(NewFacilitator, input, 'thematic.facilitator_invalid', messagesOf);
  await requireDtgMeeting(db, meetingId);
  return db.transaction().execute(async (trx) => {
    const taken = await trx
      .selectFrom('meeting_facilitators')
      .select('id')
      .where('meeting_id', '=', meetingId)
      .where((eb) => eb(eb.fn('lower', ['name']), '=', v.name.toLowerCase()))
      .executeTakeFirst();
    if (taken) throw formError('thematic.facilitator_exists', { name: { key: 'thematicGroups.err.facilitatorTaken' } }, 409);
    const last = await trx
      .selectFrom('meeting_facilitators')
      .select((eb) => eb.fn.max('position').as('p'))
      .where('meeting_id', '=', meetingId)
      .executeTakeFirst();
    const row = await trx
      .insertInto('meeting_facilitators')
      .values({
        meeting_id: meetingId,
        name: v.name,
        state_iso3: v.state || null,
        affiliation: v.affiliation ?? '',
        position: Number(last?.p ?? 0) + 1,
        created_by: actor.kind === 'user' ? actor.id : null,
      })
      .returning(['id', 'name', 'state_iso3', 'affiliation', 'position'])
      .executeTakeFirstOrThrow();
    await recordAudit(trx, actor, { action: 'thematic.facilitator_added', itemType: 'meeting', itemId: meetingId, after: row });
    return row;
  });
}
