import type { Db } from '../db/engine.ts';
import type { Actor } from './actor.ts';
import { requireAccess } from './policy.ts';

export interface AuditFilter {
  action?: string;
  itemType?: string;
  actor?: string;
  from?: string;
  to?: string;
  limit?: number;
  before?: number;
}

/** The audit log, newest first, filtered; only the Secretariat reads it. */
export async function listAuditEvents(db: Db, actor: Actor, f: AuditFilter = {}) {
  requireAccess(actor, 'audit.read');
  let q = db
    .selectFrom('audit_events')
    .selectAll()
    .orderBy('id', 'desc')
    .limit(Math.min(f.limit ?? 100, 5000));
  if (f.action) q = q.where('action', 'like', `${f.action.replace(/[%_]/g, '')}%`);
  if (f.itemType) q = q.where('item_type', '=', f.itemType);
  if (f.actor) q = q.where('actor_label', 'ilike', `%${f.actor.replace(/[%_]/g, '')}%`);
  if (f.from) q = q.where('at', '>=', new Date(f.from));
  if (f.to) q = q.where('at', '<', new Date(new Date(f.to).getTime() + 86_400_000));
  if (f.before) q = q.where('id', '<', f.before);
  return q.execute();
}

export async function listUsers(db: Db, actor: Actor) {
  requireAccess(actor, 'users.manage');
  return db
    .selectFrom('users')
    .select(['id', 'email', 'display_name', 'role', 'state_iso3', 'organisation_id', 'disabled', 'created_at'])
    .orderBy('role')
    .orderBy('email')
    .execute();
}

/** One account as `listUsers` lists it (never its password hash). */
export async function userById(db: Db, actor: Actor, id: number) {
  requireAccess(actor, 'users.manage');
  return db
    .selectFrom('users')
    .select(['id', 'email', 'display_name', 'role', 'state_iso3', 'organisation_id', 'disabled', 'created_at'])
    .where('id', '=', id)
    .executeTakeFirst();
}

/** The signed-in user's API tokens, newest first (never their hashes). */
export async function listApiTokens(db: Db, actor: Actor) {
  if (actor.kind !== 'user') return [];
  return db
    .selectFrom('api_tokens')
    .select(['id', 'name', 'created_at', 'last_used_at', 'revoked_at'])
    .where('user_id', '=', actor.id)
    .orderBy('id', 'desc')
    .execute();
}
