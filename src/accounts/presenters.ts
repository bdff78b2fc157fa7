import { z } from 'zod';
import { iso, IsoDateTime } from '../foundation/present.ts';
import type { UserActor } from './actor.ts';
import type { listAuditEvents, listUsers } from './queries.ts';

/**
 * The accounts API's response shapes: camelCase, dates as ISO strings, never a table row. No
 * presenter reads a password hash or a token hash, and an audit event's before/after never carries
 * a field named like a secret (`*hash*`, `*password*`, `*secret*`, `*token*` values are withheld).
 * Sign-in sessions are not exposed at all. Vocabulary: a stakeholder account's organisation is its
 * `stakeholderId` (a stakeholder organisation; regional organisations are the participants').
 */
const Role = z.enum(['secretariat', 'chair', 'delegate', 'stakeholder']);

export const MeSchema = z.object({
  id: z.number().int(),
  email: z.string(),
  displayName: z.string(),
  role: Role,
  stateIso3: z.string().nullable().describe("a delegate's State"),
  stakeholderId: z.number().int().nullable().describe("a stakeholder's organisation"),
  viaToken: z.boolean().describe('the request came with a personal API token'),
});
export const presentMe = (a: UserActor) => ({
  id: a.id,
  email: a.email,
  displayName: a.displayName,
  role: a.role,
  stateIso3: a.stateIso3,
  stakeholderId: a.organisationId,
  viaToken: a.viaToken === true,
});

export const UserSchema = z.object({
  id: z.number().int(),
  email: z.string(),
  displayName: z.string(),
  role: Role,
  stateIso3: z.string().nullable(),
  stakeholderId: z.number().int().nullable(),
  disabled: z.boolean(),
  createdAt: IsoDateTime,
});
export const presentUser = (u: Awaited<ReturnType<typeof listUsers>>[number]) => ({
  id: u.id,
  email: u.email,
  displayName: u.display_name,
  role: u.role,
  stateIso3: u.state_iso3,
  stakeholderId: u.organisation_id,
  disabled: u.disabled,
  createdAt: iso(u.created_at),
});

export const CreatedTokenSchema = z.object({
  id: z.number().int(),
  name: z.string(),
  createdAt: IsoDateTime,
  secret: z.string().describe('shown once; only its digest is kept'),
});
export const presentCreatedToken = (t: { id: number; name: string; created_at: Date; secret: string }) => ({
  id: t.id,
  name: t.name,
  createdAt: iso(t.created_at),
  secret: t.secret,
});

const SECRET_KEY = /hash|password|secret|token/i;
/** An audit value with anything named like a secret withheld, however deep. */
function withoutSecrets(v: unknown): unknown {
  if (Array.isArray(v)) return v.map(withoutSecrets);
  if (v && typeof v === 'object')
    return Object.fromEntries(
      Object.entries(v)
        .filter(([k]) => !SECRET_KEY.test(k))
        .map(([k, x]) => [k, withoutSecrets(x)]),
    );
  return v;
}
const parsed = (v: unknown) =>
  typeof v === 'string'
    ? (() => {
        try {
          return JSON.parse(v);
        } catch {
          return v;
        }
      })()
    : v;

export const AuditEventSchema = z.object({
  id: z.number().int(),
  at: IsoDateTime,
  actorId: z.number().int().nullable(),
  actor: z.string().describe('who acted, as labelled when they did'),
  action: z.string(),
  itemType: z.string(),
  itemId: z.string().nullable(),
  before: z.unknown().nullable(),
  after: z.unknown().nullable(),
});
export const presentAuditEvent = (e: Awaited<ReturnType<typeof listAuditEvents>>[number]) => ({
  id: e.id,
  at: iso(e.at),
  actorId: e.actor_id,
  actor: e.actor_label,
  action: e.action,
  itemType: e.item_type,
  itemId: e.item_id,
  before: withoutSecrets(parsed(e.before)) ?? null,
  after: withoutSecrets(parsed(e.after)) ?? null,
});
