import { sql } from 'kysely';
import type { Actor } from '../../accounts/actor.ts';
import { can, type Resource } from '../../accounts/policy.ts';
import type { Db } from '../../db/engine.ts';
import type { TakeUpStatus } from '../tables.ts';

/**
 * A capacity need taken up with an offer (migrations/0507_cb_take_up.sql): the project record and
 * its steps. Two sides act on it: the recipient State's delegation, and the provider (the donor
 * State's delegation, the organisation, or the State of the delegate who registered a programme).
 * The Secretariat sees and acts on all.
 */
export const TAKE_UP_STEPS: readonly TakeUpStatus[] = ['contacted', 'matched', 'in-progress', 'delivered', 'closed'];
/** The order a take-up moves in; `closed` (ended without delivery) may follow any open step. */
export const PROGRESS: readonly TakeUpStatus[] = ['contacted', 'matched', 'in-progress', 'delivered'];
export const isFinished = (s: TakeUpStatus) => s === 'delivered' || s === 'closed';

/** The steps that may follow `current`: the later steps in order, or closing. */
export function nextSteps(current: TakeUpStatus): TakeUpStatus[] {
  if (isFinished(current)) return [];
  return [...PROGRESS.slice(PROGRESS.indexOf(current) + 1), 'closed'];
}

export interface Parties {
  recipient: string;
  providerState: string | null;
  providerOrganisation: number | null;
}

/** The provider side of an offer: its State, else the registering delegate's State; its organisation. */
export async function providerOf(db: Db, offerId: number) {
  return db
    .selectFrom('capacity_offers as o')
    .leftJoin('users as u', 'u.id', 'o.registered_by')
    .select([
      'o.id',
      'o.title',
      'o.provider_name',
      'o.provider_state',
      'o.provider_organisation',
      'o.elements',
      'o.kinds',
      'o.withdrawn_at',
      'o.contact',
      sql<string | null>`coalesce(o.provider_state, case when u.role = 'delegate' then u.state_iso3 end)`.as('side_state'),
      sql<number | null>`coalesce(o.provider_organisation, case when u.role = 'stakeholder' then u.organisation_id end)`.as('side_organisation'),
    ])
    .where('o.id', '=', offerId)
    .executeTakeFirst();
}

/** A take-up's sides as the policy's resource (`capacity.takeUp`: who may act on it). */
export const takeUpResource = (p: Parties): Resource => ({
  recipientStateIso3: p.recipient,
  ownerStateIso3: p.providerState,
  ownerOrganisationId: p.providerOrganisation,
});

export type Side = 'recipient' | 'provider' | 'secretariat';
/**
 * In whose name an actor the policy lets act on the take-up (`capacity.takeUp` with
 * `takeUpResource`) acts: both sides (`secretariat`: whoever acts on every take-up), else the
 * recipient when the rule lets it act for the recipient alone, else the provider.
 */
export function sideOf(actor: Actor, p: Parties): Side {
  if (can(actor, 'capacity.takeUp')) return 'secretariat';
  return can(actor, 'capacity.takeUp', { recipientStateIso3: p.recipient }) ? 'recipient' : 'provider';
}

/** The States to tell of a step: the other side's (both, when the Secretariat acts). */
export function otherSides(side: Side, p: Parties): string[] {
  const states = side === 'recipient' ? [p.providerState] : side === 'provider' ? [p.recipient] : [p.recipient, p.providerState];
  return [...new Set(states.filter((s): s is string => !!s))];
}

function base(db: Db) {
  return db
    .selectFrom('capacity_take_ups as k')
    .innerJoin('capacity_offers as o', 'o.id', 'k.offer_id')
    .innerJoin('states as s', 's.iso3', 'k.state_iso3')
    .leftJoin('users as u', 'u.id', 'o.registered_by')
    .leftJoin('national_report_capacity_needs as n', 'n.id', 'k.need_id')
    .leftJoin('national_reports as r', 'r.id', 'k.report_id')
    .select([
      'k.id',
      'k.need_id',
      'k.report_id',
      'k.state_iso3',
      's.official_name as state_name',
      'k.element_id',
      'k.need_kind',
      'k.offer_id',
      'k.opened_by_label',
      'k.created_at',
      'o.title as offer_title',
      'o.provider_name',
      'o.provider_kind',
      'o.contact',
      'n.description as need_description',
      'n.priority',
      'r.cycle_id',
      sql<string | null>`coalesce(o.provider_state, case when u.role = 'delegate' then u.state_iso3 end)`.as('provider_state'),
      sql<number | null>`coalesce(o.provider_organisation, case when u.role = 'stakeholder' then u.organisation_id end)`.as('provider_organisation'),
      (eb) =>
        eb.selectFrom('capacity_take_up_steps as x').select('x.status').whereRef('x.take_up_id', '=', 'k.id').orderBy('x.id', 'desc').limit(1).as('status'),
      (eb) =>
        eb
          .selectFrom('capacity_take_up_steps as x')
          .select(sql<string>`x.on_date::text`.as('d'))
          .whereRef('x.take_up_id', '=', 'k.id')
          .orderBy('x.id', 'desc')
          .limit(1)
          .as('status_on'),
    ]);
}
export type TakeUpRow = Awaited<ReturnType<ReturnType<typeof base>['executeTakeFirstOrThrow']>> & { status: TakeUpStatus };

export const partiesOf = (r: Pick<TakeUpRow, 'state_iso3' | 'provider_state' | 'provider_organisation'>): Parties => ({
  recipient: r.state_iso3,
  providerState: r.provider_state,
  providerOrganisation: r.provider_organisation == null ? null : Number(r.provider_organisation),
});

export async function takeUpById(db: Db, id: number) {
  const row = await base(db).where('k.id', '=', id).executeTakeFirst();
  return row as TakeUpRow | undefined;
}

export async function stepsOf(db: Db, takeUpId: number) {
  return db
    .selectFrom('capacity_take_up_steps')
    .select(['id', 'status', sql<string>`on_date::text`.as('on_date'), 'note', 'outcome', 'actor_label', 'created_at'])
    .where('take_up_id', '=', takeUpId)
    .orderBy('id')
    .execute();
}

/**
 * The take-ups the actor is a side of (all for whom the policy lets act on every take-up), newest
 * first. Filtering in SQL mirrors `capacity.takeUp`: the recipient's delegation, the provider's
 * delegation or organisation.
 */
export async function takeUpsFor(db: Db, actor: Actor, f: { cycleId?: number } = {}) {
  let q = base(db);
  if (f.cycleId) q = q.where('r.cycle_id', '=', f.cycleId);
  if (!can(actor, 'capacity.takeUp')) {
    if (actor.kind !== 'user') return [];
    const state = actor.role === 'delegate' ? (actor.stateIso3 ?? null) : null;
    const org = actor.role === 'stakeholder' ? (actor.organisationId ?? null) : null;
    if (!state && org == null) return [];
    q = q.where((eb) =>
      eb.or([
        ...(state
          ? [
              eb('k.state_iso3', '=', state),
              eb(sql<string | null>`coalesce(o.provider_state, case when u.role = 'delegate' then u.state_iso3 end)`, '=', state),
            ]
          : []),
        ...(org != null
          ? [eb(sql<number | null>`coalesce(o.provider_organisation, case when u.role = 'stakeholder' then u.organisation_id end)`, '=', org)]
          : []),
      ]),
    );
  }
  return (await q.orderBy('k.id', 'desc').execute()) as TakeUpRow[];
}
