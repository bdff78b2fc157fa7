import type { Transaction } from 'kysely';
import { z } from 'zod';
import { actorLabel, type Actor } from '../accounts/actor.ts';
import { AppError } from '../foundation/errors.ts';
import { addNotices } from '../notifications/notices.ts';
import type { Database } from '../schema.ts';
import { otherSides, type Parties, type Side } from './queries/takeUps.ts';
import type { TakeUpStatus } from './tables.ts';

/**
 * A step on a take-up's timeline, as opening it (`contacted`) and every later step write it: the
 * step's date, and the row appended with the other side told on its tasks page. Written inside the
 * caller's transaction, which records its own audit event.
 */
export const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/)
  .refine((s) => !Number.isNaN(Date.parse(`${s}T00:00:00Z`)));

const today = () => new Date().toISOString().slice(0, 10);

/** A 400 for one field, with its message in every language (`key`). */
export const fieldError = (code: string, field: string, english: string, key: string, params?: Record<string, string>) =>
  new AppError(code, 400, english, { [field]: english }, { key, params, fields: { [field]: { key, params } } });

/** The date of a step: the one given, else today; never in the future. */
export function stepDate(on: string | undefined): string {
  const d = on ?? today();
  if (d > today()) throw fieldError('takeup.future_date', 'on', 'A step cannot be dated in the future.', 'analysis.err.futureDate');
  return d;
}

/** Appends the step and tells the other side (both, when the Secretariat acts). */
export async function appendStep(
  trx: Transaction<Database>,
  actor: Actor,
  takeUp: { id: number; offerTitle: string; side: Side; parties: Parties },
  step: { status: TakeUpStatus; on: string; note: string; outcome?: string },
) {
  await trx
    .insertInto('capacity_take_up_steps')
    .values({
      take_up_id: takeUp.id,
      status: step.status,
      on_date: step.on,
      note: step.note,
      outcome: step.outcome ?? '',
      actor_id: actor.kind === 'user' ? actor.id : null,
      actor_label: actorLabel(actor),
    })
    .execute();
  await addNotices(
    trx,
    otherSides(takeUp.side, takeUp.parties).map((stateIso3) => ({
      stateIso3,
      kind: 'cb.take_up' as const,
      key: 'analysis.notice.takeUp',
      params: { offer: takeUp.offerTitle, status: step.status.replace('-', '_') },
      link: `/analysis/take-ups/${takeUp.id}`,
    })),
  );
}
