import { z } from 'zod';
import type { Actor } from '../../accounts/actor.ts';
import { recordAudit } from '../../accounts/audit.ts';
import { requireDelegation } from '../../accounts/policy.ts';
import type { Db } from '../../db/engine.ts';
import { Conflict, NotFound, parseInput } from '../../foundation/errors.ts';
import { recordStatus } from '../history.ts';

export const NewObjection = z.object({
  /** The general basis, addressed to the Chair; a State may object without giving one. */
  basis: z.string().trim().max(2000).default(''),
  /** Whether all States (and the applicant) may know this State objected. */
  shareWithStates: z.boolean().default(false),
});

/** A delegate objects, for their own State, before the deadline. */
export async function objectToApplication(db: Db, actor: Actor, applicationId: number, input: z.input<typeof NewObjection>, opts: { now?: Date } = {}) {
  const delegation = requireDelegation(actor, 'accreditation.object');
  const iso3 = delegation.stateIso3;
  const v = parseInput(NewObjection, input, 'objection.invalid');
  const now = opts.now ?? new Date();
  return db.transaction().execute(async (trx) => {
    const app = await trx.selectFrom('accreditation_applications').selectAll().where('id', '=', applicationId).forUpdate().executeTakeFirst();
    if (!app) throw NotFound('That application', 'accreditation.not_found');
    if (app.status !== 'objection-window') {
      throw Conflict(
        'objection.not_open',
        `Application ${app.id} is not under the no-objection procedure (it is ${app.status}); no objection can be recorded.`,
      );
    }
    if (app.deadline_at && now >= new Date(app.deadline_at)) {
      throw Conflict(
        'objection.too_late',
        `The no-objection window for ${app.organisation_name} closed on ${new Date(app.deadline_at).toISOString().slice(0, 16).replace('T', ' ')} UTC; objections after the deadline are refused.`,
      );
    }
    const existing = await trx
      .selectFrom('accreditation_objections')
      .select('id')
      .where('application_id', '=', app.id)
      .where('state_iso3', '=', iso3)
      .executeTakeFirst();
    if (existing) throw Conflict('objection.duplicate', `${iso3} has already objected to this application.`);
    const row = await trx
      .insertInto('accreditation_objections')
      .values({
        application_id: app.id,
        state_iso3: iso3,
        basis: v.basis,
        shared_with_states: v.shareWithStates,
        created_by: delegation.id,
        created_at: now,
      })
      .returningAll()
      .executeTakeFirstOrThrow();
    // The public history says an objection exists, never who made it.
    await recordStatus(trx, app.id, 'objection-recorded', { kind: 'system', label: 'no-objection procedure' }, 'An objection was recorded.', now);
    await recordAudit(trx, actor, {
      action: 'accreditation.objected',
      itemType: 'accreditation_application',
      itemId: app.id,
      after: { state: iso3, shared: v.shareWithStates },
    });
    return row;
  });
}
