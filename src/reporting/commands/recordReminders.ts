import { z } from 'zod';
import type { Actor } from '../../accounts/actor.ts';
import { recordAudit } from '../../accounts/audit.ts';
import { requireAccess } from '../../accounts/policy.ts';
import type { Db } from '../../db/engine.ts';
import { deliverQueued } from '../../notifications/deliver.ts';
import type { MailConfig } from '../../notifications/mailer.ts';
import { addNotices } from '../../notifications/notices.ts';
import { enqueueMail } from '../../notifications/outbox.ts';
import { fromZod, ValidationError } from '../../foundation/errors.ts';
import { getCycle } from '../cycles.ts';

export const Reminders = z.object({
  /** ISO alpha-3 codes of expected States, or "missing" for every expected State that has not submitted. */
  states: z.union([
    z.literal('missing'),
    z
      .array(
        z
          .string()
          .trim()
          .toUpperCase()
          .regex(/^[A-Z]{3}$/),
      )
      .min(1)
      .max(300),
  ]),
  note: z.string().trim().max(2000).optional(),
});

/**
 * Records reminders, tells each reminded delegation in the app (a notice on its tasks page) and
 * queues an email to each of its delegates. The emails are sent after the transaction commits, and
 * the result says how many were sent, queued, failed or not sent because no mail server is set.
 */
export async function recordReminders(
  db: Db,
  actor: Actor,
  cycleId: number,
  input: z.input<typeof Reminders>,
  opts: { smtp?: MailConfig | null; now?: Date } = {},
) {
  requireAccess(actor, 'reporting.monitor');
  const parsed = Reminders.safeParse(input);
  if (!parsed.success) throw fromZod(parsed.error, 'reminder.invalid');
  const now = opts.now ?? new Date();
  const done = await db.transaction().execute(async (trx) => {
    const cycle = await getCycle(trx, cycleId);
    const expected = trx.selectFrom('reporting_expected_states').select('state_iso3').where('cycle_id', '=', cycle.id);
    let states: string[];
    if (parsed.data.states === 'missing') {
      states = (
        await expected
          .where((eb) =>
            eb.not(
              eb.exists(
                eb
                  .selectFrom('national_reports')
                  .select('id')
                  .whereRef('national_reports.state_iso3', '=', 'reporting_expected_states.state_iso3')
                  .where('national_reports.cycle_id', '=', cycle.id)
                  .where('national_reports.status', '=', 'submitted'),
              ),
            ),
          )
          .execute()
      ).map((r) => r.state_iso3);
    } else {
      const wanted = [...new Set(parsed.data.states)];
      const found = new Set((await expected.where('state_iso3', 'in', wanted).execute()).map((r) => r.state_iso3));
      const not = wanted.filter((s) => !found.has(s));
      if (not.length)
        throw ValidationError(`Not expected in this cycle: ${not.join(', ')}.`, { states: `Not expected: ${not.join(', ')}` }, 'reminder.invalid');
      states = wanted;
    }
    let mailIds: number[] = [];
    if (states.length) {
      const note = parsed.data.note ?? '';
      await trx
        .insertInto('reporting_reminders')
        .values(states.map((s) => ({ cycle_id: cycle.id, state_iso3: s, note, sent_by: actor.kind === 'user' ? actor.id : null })))
        .execute();
      const delegates = await trx
        .selectFrom('users')
        .select(['email', 'display_name', 'state_iso3'])
        .where('role', '=', 'delegate')
        .where('disabled', '=', false)
        .where('state_iso3', 'in', states)
        .orderBy('id')
        .execute();
      mailIds = await enqueueMail(
        trx,
        delegates.map((d) => ({
          to: d.email,
          relatedType: 'reporting_cycle',
          relatedId: cycle.id,
          subject: `Reminder: national report for ${cycle.title}, due ${cycle.due_on}`,
          text: `Dear ${d.display_name},\n\nThe Secretariat reminds your delegation that the national report for "${cycle.title}" is due on ${cycle.due_on} (submissions close on ${cycle.closes_on}).${note ? `\n\n${note}` : ''}\n\nYour delegation's tasks in Accord list the report and its state.\n\nThe Secretariat`,
        })),
        now,
      );
      await addNotices(
        trx,
        states.map((s) => ({
          stateIso3: s,
          kind: 'reporting.reminder' as const,
          key: note ? 'notifications.notice.reminderNote' : 'notifications.notice.reminder',
          params: { cycle: cycle.title, due: cycle.due_on, ...(note ? { note } : {}) },
          link: `/reporting/cycles/${cycle.id}`,
        })),
      );
    }
    await recordAudit(trx, actor, {
      action: 'reminders.sent',
      itemType: 'reporting_cycle',
      itemId: cycle.id,
      after: { states, note: parsed.data.note ?? '', emails: mailIds.length },
    });
    return { cycleId: cycle.id, states, mailIds };
  });
  const delivery = await deliverQueued(db, { ids: done.mailIds, now, ...(opts.smtp !== undefined ? { config: opts.smtp } : {}) });
  return { cycleId: done.cycleId, states: done.states, delivery: delivery.counts };
}
