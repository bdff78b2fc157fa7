import { z } from 'zod';
import type { Actor } from '../../accounts/actor.ts';
import { recordAudit } from '../../accounts/audit.ts';
import { requireAccess } from '../../accounts/policy.ts';
import type { Db } from '../../db/engine.ts';
import { FormError, formErrorOf } from '../fieldErrors.ts';
import { getCycle } from '../cycles.ts';

export const Reopen = z.object({
  stateIso3: z
    .string()
    .trim()
    .toUpperCase()
    .regex(/^[A-Z]{3}$/, 'reporting.err.stateCode'),
  /** Until when the State may submit (default: 14 days from now). */
  until: z.iso.datetime({ offset: true, message: 'reporting.err.dateTime' }).optional(),
});

/** The Secretariat lets one State submit after the closing date (a State not expected becomes expected). */
export async function reopenCycle(db: Db, actor: Actor, cycleId: number, input: z.input<typeof Reopen>) {
  requireAccess(actor, 'cycle.manage');
  const parsed = Reopen.safeParse(input);
  if (!parsed.success) throw formErrorOf(parsed.error.issues, 'cycle.invalid');
  const until = parsed.data.until ? new Date(parsed.data.until) : new Date(Date.now() + 14 * 86_400_000);
  if (until <= new Date()) throw new FormError('cycle.invalid', 400, 'The new deadline is already past.', { until: { key: 'reporting.err.future' } });
  return db.transaction().execute(async (trx) => {
    const cycle = await getCycle(trx, cycleId);
    const iso3 = parsed.data.stateIso3;
    const state = await trx.selectFrom('states').select('iso3').where('iso3', '=', iso3).executeTakeFirst();
    if (!state)
      throw new FormError('cycle.invalid', 400, `No State has the code ${iso3}.`, { stateIso3: { key: 'reporting.err.unknownState', params: { code: iso3 } } });
    const by = actor.kind === 'user' ? actor.id : null;
    await trx
      .insertInto('reporting_expected_states')
      .values({ cycle_id: cycle.id, state_iso3: iso3, reopened_until: until, reopened_by: by })
      .onConflict((oc) => oc.columns(['cycle_id', 'state_iso3']).doUpdateSet({ reopened_until: until, reopened_by: by }))
      .execute();
    await recordAudit(trx, actor, {
      action: 'cycle.reopened',
      itemType: 'reporting_cycle',
      itemId: cycle.id,
      after: { stateIso3: iso3, until: until.toISOString() },
    });
    return { cycleId: cycle.id, stateIso3: iso3, until };
  });
}
