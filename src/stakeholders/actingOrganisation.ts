import type { Actor } from '../accounts/actor.ts';
import { can } from '../accounts/policy.ts';

/**
 * The organisation an account acts for, as the policy decides (`organisation.act`): a stakeholder
 * organisation's account gives its organisation, anyone else (the Secretariat, a delegate, a system
 * actor, the public) null.
 */
export const actingOrganisation = (actor: Actor): number | null => (actor.kind === 'user' && can(actor, 'organisation.act') ? actor.organisationId : null);

/** Whether the actor is an organisation's account (whatever its organisation), as the policy decides. */
export const isOrganisationAccount = (actor: Actor): boolean => actor.kind === 'user' && can(actor, 'organisation.act');
