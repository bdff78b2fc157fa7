import type { Role } from './tables.ts';

/** Who is asking. Every command, query and route takes one; anonymous is the public. */
export type Actor =
  | { kind: 'anonymous' }
  | {
      kind: 'user';
      id: number;
      role: Role;
      email: string;
      displayName: string;
      /** The delegate's State (ISO alpha-3); null for other roles. */
      stateIso3: string | null;
      /** The stakeholder's organisation; null for other roles. */
      organisationId: number | null;
      /** Set when the request came with a personal API token rather than a browser session. */
      viaToken?: boolean;
    }
  /** The CLI and background jobs acting on the operator's authority; audited under this label. */
  | { kind: 'system'; label: string };

export type UserActor = Extract<Actor, { kind: 'user' }>;

export const ANONYMOUS: Actor = { kind: 'anonymous' };
export const systemActor = (label = 'system'): Actor => ({ kind: 'system', label });

export function actorLabel(actor: Actor): string {
  if (actor.kind === 'user') return `${actor.email} (${actor.role}${actor.stateIso3 ? ' ' + actor.stateIso3 : ''})`;
  if (actor.kind === 'system') return actor.label;
  return 'anonymous';
}
