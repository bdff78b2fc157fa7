import { z } from 'zod';
import type { Actor } from '../accounts/actor.ts';
import { recordAudit } from '../accounts/audit.ts';
import { requireAccess } from '../accounts/policy.ts';
import type { Db } from '../db/engine.ts';
import { fromZod, ValidationError } from '../server/errors.ts';
import { getCycle } from './cycles.ts';

export const Reminders = z.object({
  /** ISO alpha-3 codes of expected States, or "missing" for every expected State that has not submitted. */
  states: z.union([z.literal('missing'), z.array(z.string().trim().toUpperCase().regex(/^[A-Z]{3}$/)).min(1).max(300)]),
  note: z.string().trim().max(2000).optional(),
});

/**
 * Records reminders as sent. Delivery (e-mail, note verbale) happens outside Accord; the record is
 * what the Secretariat's view and the audit log need.
 */
export async function recordReminders(db: Db, actor: Actor, cycleId: number, input: z.input<typeof Reminders>) {
  requireAccess(actor, 'reporting.monitor');
  const parsed = Reminders.safeParse(input);
  if (!parsed.success) throw fromZod(parsed.error, 'reminder.invalid');
  return db.transaction().execute(async (trx) => {
    const cycle = await getCycle(trx, cycleId);
    const expected = trx.selectFrom('reporting_expected_states').select('state_iso3').where('cycle_id', '=', cycle.id);
    let states: string[];
    if (parsed.data.states === 'missing') {
      states = (await expected.where((eb) => eb.not(eb.exists(eb.selectFrom('national_reports').select('id')
        .whereRef('national_reports.state_iso3', '=', 'reporting_expected_states.state_iso3')
        .where('national_reports.cycle_id', '=', cycle.id).where('national_reports.status', '=', 'submitted')))).execute()).map((r) => r.state_iso3);
    } else {
      const wanted = [...new Set(parsed.data.states)];
      const found = new Set((await expected.where('state_iso3', 'in', wanted).execute()).map((r) => r.state_iso3));
      const not = wanted.filter((s) => !found.has(s));
      if (not.length) throw ValidationError(`Not expected in this cycle: ${not.join(', ')}.`, { states: `Not expected: ${not.join(', ')}` }, 'reminder.invalid');
      states = wanted;
    }
    if (states.length) {
      await trx.insertInto('reporting_reminders').values(states.map((s) => ({ cycle_id: cycle.id, state_iso3: s, note: parsed.data.note ?? '', sent_by: actor.kind === 'user' ? actor.id : null }))).execute();
    }
    await recordAudit(trx, actor, { action: 'reminders.sent', itemType: 'reporting_cycle', itemId: cycle.id, after: { states, note: parsed.data.note ?? '' } });
    return { cycleId: cycle.id, states };
  });
}
