import type { ExpressionBuilder, Expression, SqlBool } from 'kysely';
import { sql } from 'kysely';
import { Forbidden, Unauthenticated } from '../foundation/errors.ts';
import type { Actor, UserActor } from './actor.ts';

/**
 * The one access policy. Every route, search, export and command asks `can(actor, action, resource)`
 * or filters rows with `visibleRows(actor, …)`; nothing decides access anywhere else.
 */

export type Visibility = 'public' | 'states' | 'secretariat' | 'owner';

/** What an item says about itself for access decisions. */
export interface Resource {
  visibility?: Visibility;
  /** The delegation that owns the item (a national report, a point of contact). */
  ownerStateIso3?: string | null;
  /** The stakeholder organisation that owns the item (a contribution, an application). */
  ownerOrganisationId?: number | null;
  /** The user who created the item (the account that registered an offer). */
  createdBy?: number | null;
  /** A draft: whether the Chair has opened it to stakeholder comments. */
  openToStakeholders?: boolean;
  /** A national report: whether it is submitted (beyond its delegation and the Secretariat it is seen only then). */
  submitted?: boolean;
  /** A capacity-building offer: in whose name it is registered (a State's is `ownerStateIso3`). */
  providerKind?: 'state' | 'organisation' | 'programme';
  /** A capacity need taken up with an offer: the State whose need it is (the provider is the owner). */
  recipientStateIso3?: string | null;
}

/** A refusal with its own stable code and message, for rules that depend on the item's state. */
interface Refusal {
  code: string;
  message: string;
}
const refuse = (code: string, message: string): Refusal => ({ code, message });

/** True to allow, false to refuse with the generic 403, a Refusal to refuse with its own code. */
type Rule = (actor: Actor, resource: Resource) => boolean | Refusal;
type Test = (actor: Actor, resource: Resource) => boolean;

const isUser = (a: Actor) => a.kind === 'user';
const isSystem = (a: Actor) => a.kind === 'system';
const role =
  (...roles: string[]): Test =>
  (a) =>
    isSystem(a) || (a.kind === 'user' && roles.includes(a.role));
const secretariat = role('secretariat');
const chairOrSecretariat = role('chair', 'secretariat');
const states = role('delegate', 'chair', 'secretariat');
const signedIn: Test = (a) => isUser(a) || isSystem(a);
const anyone: Test = () => true;
/** A delegate acting for the State that owns the item. */
const ownDelegation: Test = (a, r) => a.kind === 'user' && a.role === 'delegate' && !!r.ownerStateIso3 && a.stateIso3 === r.ownerStateIso3;
const ownOrganisation: Test = (a, r) =>
  a.kind === 'user' && a.role === 'stakeholder' && r.ownerOrganisationId != null && a.organisationId === r.ownerOrganisationId;
const either =
  (...rules: Test[]): Test =>
  (a, r) =>
    rules.some((rule) => rule(a, r));
/** The account that created the item. */
const creator: Test = (a, r) => a.kind === 'user' && r.createdBy != null && a.id === r.createdBy;

/**
 * A stakeholder comments on a draft only while the Chair keeps it open to them: the draft passes
 * `openToStakeholders` (asked without a draft, the question is whether the role may ever comment).
 */
const commentOnDraft: Rule = (a, r) => {
  if (!role('stakeholder')(a, r)) return false;
  if (r.openToStakeholders === false) return refuse('draft.closed_to_stakeholders', 'The Chair has not opened this draft to stakeholder comments.');
  return true;
};

/** A delegation's tasks page: a delegate with a State; anyone else is told it is for delegates. */
const readDelegationTasks: Rule = (a) =>
  (a.kind === 'user' && a.role === 'delegate' && !!a.stateIso3) ||
  refuse('tasks.delegates_only', "The tasks page lists a delegation's tasks; it is for delegates.");

/**
 * Who registers a capacity-building offer in whose name: the Secretariat in anyone's; a delegation in
 * its own State's name or as a programme; an organisation as itself or as a programme. Asked without
 * `providerKind`, the question is whether the actor may register offers at all.
 */
const registerOffer: Rule = (a, r) => {
  if (secretariat(a, r)) return true;
  if (a.kind !== 'user') return false;
  if (a.role === 'delegate') {
    if (r.providerKind === 'state' && (!a.stateIso3 || r.ownerStateIso3 !== a.stateIso3)) {
      return refuse('offer.not_your_state', `A delegation registers offers in its own State's name (${a.stateIso3}) or as a programme.`);
    }
    if (r.providerKind === 'organisation')
      return refuse('offer.not_an_organisation', "A delegation registers offers in its own State's name or as a programme, not as an organisation.");
    return true;
  }
  if (a.role === 'stakeholder') {
    if (r.providerKind === 'state') return refuse('offer.not_a_state', 'An organisation registers offers as an organisation or a programme, not as a State.');
    return true;
  }
  return false;
};

/**
 * Who acts on a capacity need taken up with an offer: the Secretariat, the recipient delegation
 * (`recipientStateIso3`) or the provider (its State's delegation or its organisation, passed as the
 * owner). Asked without a take-up, the question is whether the actor acts on every take-up.
 */
const actOnTakeUp: Rule = (a, r) =>
  secretariat(a, r) ||
  ownDelegation(a, { ownerStateIso3: r.recipientStateIso3 }) ||
  ownDelegation(a, r) ||
  ownOrganisation(a, r) ||
  refuse('takeup.not_a_party', 'Only the recipient delegation, the provider or the Secretariat may act on this take-up.');

/** Whether the actor may see an item of the given visibility and ownership. */
export function canSee(actor: Actor, r: Resource): boolean {
  if (secretariat(actor, r)) return true;
  if (ownDelegation(actor, r) || ownOrganisation(actor, r)) return true;
  switch (r.visibility ?? 'public') {
    case 'public':
      return true;
    case 'states':
      return actor.kind === 'user' && ['delegate', 'chair', 'secretariat'].includes(actor.role);
    default:
      return false;
  }
}

/**
 * A national report: its own delegation and the Secretariat see it in every state (draft, withdrawn);
 * everyone else once it is submitted, by its visibility. `visibleRows(…, othersOnlyWhen)` is the same rule in SQL.
 */
const readReport: Rule = (a, r) => secretariat(a, r) || ownDelegation(a, r) || (r.submitted !== false && canSee(a, r));

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
  'report.read': readReport,
  // a report's working draft: its own delegation only (the Secretariat reads submitted revisions)
  'report.readDraft': ownDelegation,
  // a translation of a submitted revision: the reporting delegation or the Secretariat
  'report.translate': either(secretariat, ownDelegation),
  'reporting.monitor': secretariat,
  // compiled analysis and capacity-building
  'analysis.compile': secretariat,
  'offer.register': registerOffer,
  // speaking for an offer's provider: its State's delegation, its organisation or the account that
  // registered it (pass offerResource(offer) from src/analysis/queries/offers.ts)
  'offer.provide': either(ownDelegation, ownOrganisation, creator),
  'needs.aggregate': signedIn,
  // a State's capacity needs with their ranked offers: its delegation and the Secretariat (asked
  // without a State, whether the actor sees every State's)
  'needs.matches': either(secretariat, ownDelegation),
  // a capacity need taken up with an offer (pass takeUpResource(parties) from src/analysis/queries/takeUps.ts)
  'capacity.takeUp': actOnTakeUp,
  // drafting
  'draft.edit': chairOrSecretariat,
  'draft.readUnissued': chairOrSecretariat,
  'amendment.propose': role('delegate'),
  'amendment.support': role('delegate'),
  'amendment.decide': role('chair'),
  'draft.comment': commentOnDraft,
  // a delegation's tasks across capabilities
  'tasks.read': readDelegationTasks,
  // registry, points of contact, stakeholders
  'mechanisms.manage': secretariat,
  'pointsOfContact.read': states,
  'pointsOfContact.write': either(secretariat, ownDelegation),
  'communicationChecks.manage': secretariat,
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
  return RULES[action](actor, resource) === true;
}

/**
 * Throws 401 for the public and 403 for a signed-in user who may not (with the rule's own code when
 * the item's state refuses, e.g. `draft.closed_to_stakeholders`); returns the actor otherwise.
 */
export function requireAccess(actor: Actor, action: Action, resource: Resource = {}): Actor {
  const verdict = RULES[action](actor, resource);
  if (verdict === true) return actor;
  if (actor.kind === 'anonymous') throw Unauthenticated();
  throw verdict === false ? Forbidden() : Forbidden(verdict.message, verdict.code);
}

/**
 * `requireAccess` for a write that a person makes (it records who): the actor narrowed to a user.
 * A system actor the rule lets through is refused with 403 all the same.
 */
export function requireUser(actor: Actor, action: Action, resource: Resource = {}): UserActor {
  requireAccess(actor, action, resource);
  if (actor.kind !== 'user') throw Forbidden('Only a signed-in person can do this.');
  return actor;
}

/** A delegate acting for their State. */
export type DelegationActor = UserActor & { role: 'delegate'; stateIso3: string };
/** `requireAccess` for a write made in a State's name: the actor narrowed to a delegate with a State. */
export function requireDelegation(actor: Actor, action: Action, resource: Resource = {}): DelegationActor {
  const user = requireUser(actor, action, resource);
  if (user.role !== 'delegate' || !user.stateIso3) throw Forbidden("Only a delegation, in its State's name, can do this.");
  return user as DelegationActor;
}

/** A stakeholder organisation's account. */
export type OrganisationActor = UserActor & { role: 'stakeholder'; organisationId: number };
/** `requireAccess` for a write made in an organisation's name: the actor narrowed to its account. */
export function requireOrganisation(actor: Actor, action: Action, resource: Resource = {}): OrganisationActor {
  const user = requireUser(actor, action, resource);
  if (user.role !== 'stakeholder' || user.organisationId == null) throw Forbidden("Only an organisation's account can do this.");
  return user as OrganisationActor;
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
  /** An item-state condition for everyone but the Secretariat and the owner (a report: once submitted). */
  othersOnlyWhen?: Expression<SqlBool>,
): Expression<SqlBool> {
  if (actor.kind === 'system' || (actor.kind === 'user' && actor.role === 'secretariat')) return sql<SqlBool>`true`;
  const ref = (c: string) => sql.ref(c);
  const shared: Expression<SqlBool>[] = [sql<SqlBool>`${ref(columns.visibility)} = 'public'`];
  if (actor.kind === 'user' && (actor.role === 'delegate' || actor.role === 'chair')) {
    shared.push(sql<SqlBool>`${ref(columns.visibility)} = 'states'`);
  }
  const visible = othersOnlyWhen ? [eb.and([othersOnlyWhen, eb.or(shared)])] : shared;
  if (actor.kind === 'user' && actor.role === 'delegate' && actor.stateIso3 && columns.ownerState) {
    visible.push(sql<SqlBool>`${ref(columns.ownerState)} = ${actor.stateIso3}`);
  }
  if (actor.kind === 'user' && actor.role === 'stakeholder' && actor.organisationId != null && columns.ownerOrganisation) {
    visible.push(sql<SqlBool>`${ref(columns.ownerOrganisation)} = ${actor.organisationId}`);
  }
  return eb.or(visible);
}
