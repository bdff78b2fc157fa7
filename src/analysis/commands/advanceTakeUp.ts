import { z } from 'zod';
import type { Actor } from '../../accounts/actor.ts';
import { recordAudit } from '../../accounts/audit.ts';
import { requireAccess } from '../../accounts/policy.ts';
import type { Db } from '../../db/engine.ts';
import { Conflict, NotFound, parseInput } from '../../foundation/errors.ts';
import { isFinished, nextSteps, partiesOf, sideOf, takeUpById, takeUpResource, TAKE_UP_STEPS } from '../queries/takeUps.ts';
import type { TakeUpStatus } from '../tables.ts';
import { appendStep, fieldError, isoDate, stepDate } from '../takeUpStep.ts';

export const NewStep = z.object({
  /** The step reached: matched, in-progress, delivered, or closed (ended without delivery). */
  status: z.enum(TAKE_UP_STEPS as [TakeUpStatus, ...TakeUpStatus[]]),
  /** The date of the step; today when left out. Not before the previous step, not in the future. */
  on: isoDate.optional(),
  note: z.string().trim().max(2000).default(''),
  /** What was delivered and what changed for the recipient; required when delivered. */
  outcome: z.string().trim().max(5000).default(''),
});

/**
 * Either side (or the Secretariat) records the next step of a take-up: a new row, never an edit,
 * so the record's timeline is its history. Steps move forward only (contacted → matched → in
 * progress → delivered), closing is possible from any open step, and nothing follows delivered or
 * closed. The row is locked for the step so two people advancing at once cannot both pass the check.
 */
export async function advanceTakeUp(db: Db, actor: Actor, takeUpId: number, input: z.input<typeof NewStep>) {
  requireAccess(actor, 'needs.aggregate'); // signed in; whether a side of this take-up, once it is read
  const s = parseInput(NewStep, input, 'takeup.invalid');
  const on = stepDate(s.on);
  if (s.status === 'delivered' && s.outcome.length < 3)
    throw fieldError('takeup.outcome_required', 'outcome', 'Say what was delivered and with what outcome.', 'analysis.err.outcomeRequired');
  return db.transaction().execute(async (trx) => {
    const locked = await trx.selectFrom('capacity_take_ups').select('id').where('id', '=', takeUpId).forUpdate().executeTakeFirst();
    if (!locked) throw NotFound('That take-up', 'takeup.not_found');
    const k = (await takeUpById(trx as unknown as Db, takeUpId))!;
    const parties = partiesOf(k);
    requireAccess(actor, 'capacity.takeUp', takeUpResource(parties));
    const side = sideOf(actor, parties);
    if (isFinished(k.status)) throw Conflict('takeup.finished', `This take-up is already ${k.status}; nothing follows.`);
    if (!nextSteps(k.status).includes(s.status)) {
      throw fieldError('takeup.step_out_of_order', 'status', `After ${k.status} comes ${nextSteps(k.status).join(' or ')}.`, 'analysis.err.stepOrder');
    }
    if (k.status_on && on < k.status_on)
      throw fieldError(
        'takeup.date_before_previous',
        'on',
        `The date cannot be before the previous step (${k.status_on}).`,
        'analysis.err.dateBeforePrevious',
        { date: k.status_on },
      );
    await appendStep(trx, actor, { id: takeUpId, offerTitle: k.offer_title, side, parties }, { status: s.status, on, note: s.note, outcome: s.outcome });
    await recordAudit(trx, actor, {
      action: 'takeup.advanced',
      itemType: 'capacity_take_up',
      itemId: takeUpId,
      before: { status: k.status },
      after: { status: s.status, on, outcome: s.outcome || undefined },
    });
    return { id: takeUpId, status: s.status };
  });
}
