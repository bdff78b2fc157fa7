import { sql } from 'kysely';
import type { Actor } from '../../accounts/actor.ts';
import { can, type Resource } from '../../accounts/policy.ts';
import type { Db } from '../../db/engine.ts';
import type { MatchOffer } from '../matcher.ts';

/** Offers are public announcements; only the contact is kept for signed-in readers. */
export async function listOffers(db: Db, opts: { element?: string; includeEnded?: boolean; today?: string } = {}) {
  let q = db
    .selectFrom('capacity_offers')
    .select([
      'id',
      'provider_kind',
      'provider_state',
      'provider_organisation',
      'provider_name',
      'title',
      'description',
      'elements',
      'kinds',
      'stages',
      'eligible_regions',
      'eligible_states',
      'languages',
      'modality',
      'contact',
      'demo',
      'registered_by',
      'created_at',
    ])
    .select([sql<string | null>`starts_on::text`.as('starts_on'), sql<string | null>`ends_on::text`.as('ends_on')])
    .where('withdrawn_at', 'is', null);
  if (opts.element) q = q.where(sql<boolean>`${opts.element} = any(elements)`);
  if (!opts.includeEnded) q = q.where((eb) => eb.or([eb('ends_on', 'is', null), eb('ends_on', '>=', opts.today ?? new Date().toISOString().slice(0, 10))]));
  return q.orderBy('id', 'desc').execute();
}
export type OfferRow = Awaited<ReturnType<typeof listOffers>>[number];

export const toMatchOffer = (o: OfferRow): MatchOffer => ({
  id: o.id,
  providerName: o.provider_name,
  providerState: o.provider_state,
  title: o.title,
  description: o.description,
  elements: o.elements,
  kinds: o.kinds,
  stages: o.stages,
  eligibleRegions: o.eligible_regions,
  eligibleStates: o.eligible_states,
  languages: o.languages,
  modality: o.modality,
  startsOn: o.starts_on,
  endsOn: o.ends_on,
});

/** What an offer says about itself for the access policy: its provider and who registered it. */
export const offerResource = (o: Pick<OfferRow, 'provider_state' | 'provider_organisation' | 'registered_by'>): Resource => ({
  ownerStateIso3: o.provider_state,
  ownerOrganisationId: o.provider_organisation,
  createdBy: o.registered_by,
});

/** Whether the actor speaks for the provider of an offer (its State's delegation, its organisation, or who registered it). */
export const providesOffer = (actor: Actor, o: Pick<OfferRow, 'provider_state' | 'provider_organisation' | 'registered_by'>) =>
  can(actor, 'offer.provide', offerResource(o));

/** How many current offers cover each element (the "offers" side of needs against offers). */
export async function offersByElement(db: Db, today?: string) {
  const m = new Map<string, number>();
  for (const o of await listOffers(db, { today })) for (const el of o.elements) m.set(el, (m.get(el) ?? 0) + 1);
  return m;
}
