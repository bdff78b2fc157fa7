import type { ExpressionBuilder, Expression, SqlBool } from 'kysely';
import { sql } from 'kysely';
import { Forbidden, Unauthenticated } from '../foundation/errors.ts';
import type { Actor } from './actor.ts';

/**
 * The one access policy. Every route, search, export and command asks `can(actor, action, resource)`
 * or filters rows with `visibleRows(actor, …)`; nothing decides access anywhere else.
 */

export type Visibility = 'public' | 'states' | 'secretariat' | 'owner';
export const VISIBILITIES: Visibility[] = ['public', 'states', 'secretariat', 'owner'];

/** What an item says about itself for access decisions. */
export interface Resource {
  visibility?: Visibility;
  /** The delegation that owns the item (a national report, a point of contact). */
  ownerStateIso3?: string | null;
  /** The stakeholder organisation that owns the item (a contribution, an application). */
  ownerOrganisationId?: number | null;
}

type Rule = (actor: Actor, resource: Resource) => boolean;

const isUser = (a: Actor) => a.kind === 'user';
const isSystem = (a: Actor) => a.kind === 'system';
const role = (...roles: string[]): Rule => (a) => isSystem(a) || (a.kind === 'user' && roles.includes(a.role));
const secretariat = role('secretariat');
const chairOrSecretariat = role('chair', 'secretariat');
const states = role('delegate', 'chair', 'secretariat');
const signedIn: Rule = (a) => isUser(a) || isSystem(a);
const anyone: Rule = () => true;
/** A delegate acting for the State that owns the item. */
const ownDelegation: Rule = (a, r) => a.kind === 'user' && a.role === 'delegate' && !!r.ownerStateIso3 && a.stateIso3 === r.ownerStateIso3;
const ownOrganisation: Rule = (a, r) => a.kind === 'user' && a.role === 'stakeholder' && r.ownerOrganisationId != null && a.organisationId === r.ownerOrganisationId;
const either = (...rules: Rule[]): Rule => (a, r) => rules.some((rule) => rule(a, r));

/** Whether the actor may see an item of the given visibility and ownership. */
export function canSee(actor: Actor, r: Resource): boolean {
  if (secretariat(actor, r)) return true;
  if (ownDelegation(actor, r) || ownOrganisation(actor, r)) return true;
  switch (r.visibility ?? 'public') {
    case 'public': return true;
    case 'states': return actor.kind === 'user' && ['delegate', 'chair', 'secretariat'].includes(actor.role);
    default: return false;
  }
}

const RULES = {
  'item.read': canSee,
  'account.self': signedIn,
  'users.manage': secretariat,
  'audit.read': secretariat,
  'framework.manage': secretariat,
  'participants.manage': secretariat,
  // processes as data: bodies, cycles, sessions and their agenda
  'processes.manage': secretariat,
  // meeting records
  'records.ingest': chairOrSecretariat,
  'records.review': chairOrSecretariat,
  'records.retrain': secretariat,
  // dedicated thematic groups: a meeting's facilitators and the Chair's guiding questions
  'thematicGroups.manage': secretariat,
  // national reports
  'cycle.manage': secretariat,
  'report.write': ownDelegation,
  'reporting.monitor': secretariat,
  // compiled analysis and capacity-building
  'analysis.compile': secretariat,
  'offer.register': either(secretariat, role('delegate'), role('stakeholder')),
  'needs.aggregate': signedIn,
  // a capacity need taken up with an offer: the recipient delegation, the provider (its State's
  // delegation or its organisation, passed as the resource's owner) or the Secretariat
  'capacity.takeUp': either(secretariat, ownDelegation, ownOrganisation),
  // drafting
  'draft.edit': chairOrSecretariat,
  'draft.readUnissued': chairOrSecretariat,
  'amendment.propose': role('delegate'),
  'amendment.support': role('delegate'),
  'amendment.decide': role('chair'),
  'draft.comment': role('stakeholder'),
  // registry, points of contact, stakeholders
  'mechanisms.manage': secretariat,
  'poc.read': states,
  'poc.write': either(secretariat, ownDelegation),
  'pings.manage': secretariat,
  'communications.send': role('delegate', 'secretariat'),
  'accreditation.apply': anyone,
  'accreditation.decide': secretariat,
  'accreditation.object': role('delegate'),
  'objections.read': chairOrSecretariat,
  'contribution.submit': role('stakeholder'),
  // the Global Mechanism's stakeholder modalities: per-process settings, the interest list's people
  'modalities.manage': secretariat,
  'interestList.read': secretariat,
  // an accredited organisation acting for itself: applying to another process, naming representatives
  'organisation.act': role('stakeholder'),
} satisfies Record<string, Rule>;

export type Action = keyof typeof RULES;

export function can(actor: Actor, action: Action, resource: Resource = {}): boolean {
  return RULES[action](actor, resource);
}

/** Throws 401 for the public and 403 for a signed-in user who may not; returns the actor otherwise. */
export function requireAccess(actor: Actor, action: Action, resource: Resource = {}): Actor {
  if (can(actor, action, resource)) return actor;
  throw actor.kind === 'anonymous' ? Unauthenticated() : Forbidden();
}

/**
 * The same visibility rule as `canSee`, as a SQL condition, so lists, search and exports filter rows
 * in the database with exactly the rule pages use for one item.
 * @example db.selectFrom('national_reports').where((eb) => visibleRows(actor, eb, { visibility: 'visibility', ownerState: 'state_iso3' }))
 */
export function visibleRows<DB, TB extends keyof DB>(
  actor: Actor,
  eb: ExpressionBuilder<DB, TB>,
  columns: { visibility: string; ownerState?: string; ownerOrganisation?: string },
): Expression<SqlBool> {
  if (actor.kind === 'system' || (actor.kind === 'user' && actor.role === 'secretariat')) return sql<SqlBool>`true`;
  const ref = (c: string) => sql.ref(c);
  const visible: Expression<SqlBool>[] = [sql<SqlBool>`${ref(columns.visibility)} = 'public'`];
  if (actor.kind === 'user' && (actor.role === 'delegate' || actor.role === 'chair')) {
    visible.push(sql<SqlBool>`${ref(columns.visibility)} = 'states'`);
  }
  if (actor.kind === 'user' && actor.role === 'delegate' && actor.stateIso3 && columns.ownerState) {
    visible.push(sql<SqlBool>`${ref(columns.ownerState)} = ${actor.stateIso3}`);
  }
  if (actor.kind === 'user' && actor.role === 'stakeholder' && actor.organisationId != null && columns.ownerOrganisation) {
    visible.push(sql<SqlBool>`${ref(columns.ownerOrganisation)} = ${actor.organisationId}`);
  }
  return eb.or(visible);
}
