import { z } from 'zod';
import type { Actor } from '../../accounts/actor.ts';
import { recordAudit } from '../../accounts/audit.ts';
import { requireAccess } from '../../accounts/policy.ts';
import type { Db } from '../../db/engine.ts';
import { AppError, NotFound, parseInput } from '../../foundation/errors.ts';
import { enqueueJob } from '../../server/jobs.ts';
import { recordStatus } from '../history.ts';
import { modalitiesOf } from '../modalities.ts';
import { accredit, refuseWithoutEcosoc } from '../outcome.ts';
import { addWorkingDays } from '../workingDays.ts';

export const EcosocDecision = z.object({
  confirmed: z.boolean(),
  note: z.string().trim().max(1000).default(''),
});

/**
 * The Secretariat checks the declared ECOSOC status: confirmed → accredited; not confirmed → the
 * application continues under the no-objection procedure rather than being dropped, unless its
 * process accredits on ECOSOC status only.
 */
export async function decideEcosoc(
  db: Db,
  actor: Actor,
  applicationId: number,
  input: z.input<typeof EcosocDecision>,
  opts: { now?: Date; windowDays?: number } = {},
) {
  requireAccess(actor, 'accreditation.decide');
  const v = parseInput(EcosocDecision, input, 'accreditation.invalid');
  const now = opts.now ?? new Date();
  return db.transaction().execute(async (trx) => {
    const app = await trx.selectFrom('accreditation_applications').selectAll().where('id', '=', applicationId).forUpdate().executeTakeFirst();
    if (!app) throw NotFound('That application', 'accreditation.not_found');
    if (app.status !== 'awaiting-confirmation') {
      throw new AppError(
        'accreditation.not_awaiting',
        409,
        `Application ${app.id} is ${app.status}; only an application awaiting ECOSOC confirmation can be confirmed.`,
      );
    }
    if (v.confirmed) {
      await accredit(trx, app, actor, v.note || 'ECOSOC consultative status confirmed by the Secretariat.', now);
    } else {
      const m = await modalitiesOf(trx, app.process_id);
      if (!m.no_objection_basis) {
        await refuseWithoutEcosoc(trx, app, actor, v.note || 'ECOSOC status not confirmed; this process accredits on ECOSOC status only.', now);
        await recordAudit(trx, actor, { action: 'accreditation.ecosoc_decided', itemType: 'accreditation_application', itemId: app.id, after: v });
        return trx.selectFrom('accreditation_applications').selectAll().where('id', '=', app.id).executeTakeFirstOrThrow();
      }
      const days = opts.windowDays ?? m.windowDays;
      const deadline = addWorkingDays(now, days);
      await trx
        .updateTable('accreditation_applications')
        .set({ procedure: 'no-objection', status: 'objection-window', window_opened_at: now, deadline_at: deadline, working_days: days })
        .where('id', '=', app.id)
        .execute();
      await recordStatus(
        trx,
        app.id,
        'objection-window',
        actor,
        v.note || `ECOSOC status not confirmed; listed under the no-objection procedure for ${days} working days.`,
        now,
      );
      await enqueueJob(trx, {
        kind: 'accreditation.deadline',
        runAt: deadline,
        payload: { applicationId: app.id },
        dedupeKey: `accreditation.deadline:${app.id}`,
      });
    }
    await recordAudit(trx, actor, { action: 'accreditation.ecosoc_decided', itemType: 'accreditation_application', itemId: app.id, after: v });
    return trx.selectFrom('accreditation_applications').selectAll().where('id', '=', app.id).executeTakeFirstOrThrow();
  });
}
