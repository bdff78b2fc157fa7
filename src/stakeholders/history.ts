import type { Transaction } from 'kysely';
import { actorLabel, type Actor } from '../accounts/actor.ts';
import type { Database } from '../schema.ts';
import type { ApplicationStatus } from './tables.ts';

/** Appends one status change; the history is never edited. */
export async function recordStatus(
  trx: Transaction<Database>,
  applicationId: number,
  status: ApplicationStatus | 'objection-recorded',
  actor: Actor,
  note = '',
  at?: Date,
) {
  await trx
    .insertInto('accreditation_status_history')
    .values({
      application_id: applicationId,
      status,
      actor_label: actorLabel(actor),
      note,
      ...(at ? { at } : {}),
    })
    .execute();
}
