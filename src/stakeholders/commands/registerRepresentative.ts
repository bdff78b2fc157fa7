import { z } from 'zod';
import type { Actor } from '../../accounts/actor.ts';
import { recordAudit } from '../../accounts/audit.ts';
import { requireOrganisation } from '../../accounts/policy.ts';
import { emailSchema } from '../../accounts/validation.ts';
import type { Db } from '../../db/engine.ts';
import { AppError, parseInput } from '../../foundation/errors.ts';
import { accreditationTo } from '../modalities.ts';
import { meetingOfProcess } from '../queries.ts';

export const NewRepresentative = z.object({
  name: z.string().trim().min(2, "Enter the representative's full name.").max(200),
  email: emailSchema,
  function: z.string().trim().max(200).default(''),
});

/**
 * An accredited organisation names a representative for one meeting. Accreditation is per process,
 * so an organisation accredited to another process only is refused for this meeting.
 */
export async function registerRepresentative(db: Db, actor: Actor, meetingId: number, input: z.input<typeof NewRepresentative>) {
  // The stakeholder role acts for its organisation (the rule contributions use).
  const account = requireOrganisation(actor, 'organisation.act');
  const orgId = account.organisationId;
  const r = parseInput(NewRepresentative, input, 'representative.invalid');
  const meeting = await meetingOfProcess(db, meetingId);
  return db.transaction().execute(async (trx) => {
    if (!(await accreditationTo(trx, orgId, meeting.process_id))) {
      throw new AppError(
        'representative.not_accredited',
        403,
        `Your organisation is not accredited to the ${meeting.process_title}, so it cannot register representatives for its meetings. Apply for accreditation to that process first.`,
        undefined,
        { key: 'stakeholders.err.not_accredited', params: { process: meeting.process_title } },
      );
    }
    const taken = await trx
      .selectFrom('stakeholder_representatives')
      .select('id')
      .where('meeting_id', '=', meeting.id)
      .where('email', '=', r.email)
      .executeTakeFirst();
    if (taken) {
      throw new AppError(
        'representative.duplicate',
        409,
        `${r.email} is already registered for this meeting.`,
        { email: 'Already registered for this meeting.' },
        { key: 'stakeholders.err.representative_duplicate', fields: { email: { key: 'stakeholders.err.representative_duplicate' } } },
      );
    }
    const row = await trx
      .insertInto('stakeholder_representatives')
      .values({
        organisation_id: orgId,
        meeting_id: meeting.id,
        name: r.name,
        email: r.email,
        function: r.function,
        registered_by: account.id,
      })
      .returningAll()
      .executeTakeFirstOrThrow();
    await recordAudit(trx, actor, {
      action: 'representative.registered',
      itemType: 'stakeholder_representative',
      itemId: row.id,
      after: { organisation: orgId, meeting: meeting.id },
    });
    return row;
  });
}
