import { z } from 'zod';
import { actorLabel, type Actor } from '../../accounts/actor.ts';
import { recordAudit } from '../../accounts/audit.ts';
import { requireAccess } from '../../accounts/policy.ts';
import type { Db } from '../../db/engine.ts';
import { AppError, Conflict, NotFound, parseInput } from '../../foundation/errors.ts';
import { readableBy } from '../queries/analysisInput.ts';
import { providerOf, sideOf, takeUpResource, type Parties } from '../queries/takeUps.ts';
import { appendStep, isoDate, stepDate } from '../takeUpStep.ts';

export const NewTakeUp = z.object({
  /** The capacity need (its id in the report's current revision). */
  needId: z.coerce.number().int().positive(),
  /** The offer the need is taken up with. */
  offerId: z.coerce.number().int().positive(),
  /** When the provider was contacted; today when left out. */
  on: isoDate.optional(),
  note: z.string().trim().max(2000).default(''),
});

/**
 * The recipient delegation or the provider takes a need up with an offer: the project record opens
 * at its first step, "contacted", and the other side is told on its tasks page. One record per
 * need (report, element, kind of help) and offer; a second attempt is a conflict naming the first.
 */
export async function openTakeUp(db: Db, actor: Actor, input: z.input<typeof NewTakeUp>) {
  requireAccess(actor, 'needs.aggregate'); // signed in; which take-ups, once the need and the offer are read
  const p = parseInput(NewTakeUp, input, 'takeup.invalid');
  const on = stepDate(p.on);
  return db.transaction().execute(async (trx) => {
    const need = await trx
      .selectFrom('national_report_capacity_needs as n')
      .innerJoin('national_reports as r', (j) => j.onRef('r.id', '=', 'n.report_id').onRef('r.current_revision', '=', 'n.revision'))
      .select(['n.id', 'n.report_id', 'n.element_id', 'n.kind', 'r.state_iso3', 'r.status', 'r.visibility'])
      .where('n.id', '=', p.needId)
      .executeTakeFirst();
    if (!need || need.status !== 'submitted') throw NotFound('That capacity need', 'takeup.need_not_found');
    const offer = await providerOf(trx as unknown as Db, p.offerId);
    if (!offer || offer.withdrawn_at) throw NotFound('That offer', 'takeup.offer_not_found');
    const parties: Parties = {
      recipient: need.state_iso3,
      providerState: offer.side_state,
      providerOrganisation: offer.side_organisation == null ? null : Number(offer.side_organisation),
    };
    requireAccess(actor, 'capacity.takeUp', takeUpResource(parties));
    const side = sideOf(actor, parties);
    // A provider learns of a need only from a report it may read (public needs, or the States' own).
    if (side === 'provider' && !readableBy(actor, { state: need.state_iso3, visibility: need.visibility }))
      throw NotFound('That capacity need', 'takeup.need_not_found');
    if (!offer.elements.includes(need.element_id)) {
      throw new AppError('takeup.offer_does_not_cover', 400, 'This offer does not cover the element of this need.', undefined, {
        key: 'analysis.err.offerDoesNotCover',
      });
    }
    const row = await trx
      .insertInto('capacity_take_ups')
      .values({
        need_id: need.id,
        report_id: need.report_id,
        state_iso3: need.state_iso3,
        element_id: need.element_id,
        need_kind: need.kind,
        offer_id: offer.id,
        opened_by: actor.kind === 'user' ? actor.id : null,
        opened_by_label: actorLabel(actor),
      })
      .onConflict((oc) => oc.columns(['report_id', 'element_id', 'need_kind', 'offer_id']).doNothing())
      .returning('id')
      .executeTakeFirst();
    if (!row) {
      const existing = await trx
        .selectFrom('capacity_take_ups')
        .select('id')
        .where('report_id', '=', need.report_id)
        .where('element_id', '=', need.element_id)
        .where('need_kind', '=', need.kind)
        .where('offer_id', '=', offer.id)
        .executeTakeFirstOrThrow();
      const err = Conflict('takeup.exists', `This need is already taken up with this offer (take-up ${existing.id}).`);
      Object.assign(err, { takeUpId: existing.id });
      throw err;
    }
    await appendStep(trx, actor, { id: row.id, offerTitle: offer.title, side, parties }, { status: 'contacted', on, note: p.note });
    await recordAudit(trx, actor, {
      action: 'takeup.opened',
      itemType: 'capacity_take_up',
      itemId: row.id,
      after: { needId: need.id, offerId: offer.id, state: need.state_iso3, element: need.element_id, kind: need.kind, on },
    });
    return { id: row.id, side };
  });
}
