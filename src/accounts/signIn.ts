import type { Db } from '../db/engine.ts';
import { AppError } from '../foundation/errors.ts';
import type { Actor, UserActor } from './actor.ts';
import { recordAudit } from './audit.ts';
import { verifyPassword } from './password.ts';
import { digest, newSecret } from './tokens.ts';

export const SESSION_TTL_MS = 12 * 60 * 60 * 1000;

const userColumns = ['id', 'email', 'display_name', 'role', 'state_iso3', 'organisation_id', 'disabled', 'password_hash'] as const;
type UserRow = { id: number; email: string; display_name: string; role: UserActor['role']; state_iso3: string | null; organisation_id: number | null };

export function toActor(u: UserRow, viaToken = false): UserActor {
  return {
    kind: 'user',
    id: u.id,
    role: u.role,
    email: u.email,
    displayName: u.display_name,
    stateIso3: u.state_iso3,
    organisationId: u.organisation_id,
    ...(viaToken ? { viaToken } : {}),
  };
}

/**
 * Checks the password and opens a session. The same error for an unknown email and a wrong password,
 * so the form does not reveal which accounts exist.
 */
export async function signIn(db: Db, email: string, password: string) {
  const user = await db.selectFrom('users').select(userColumns).where('email', '=', email.trim().toLowerCase()).executeTakeFirst();
  const ok = user && !user.disabled && (await verifyPassword(password, user.password_hash));
  if (!user || !ok) throw new AppError('auth.invalid_credentials', 401, 'The email or password is not right. Check both and try again.');
  const token = newSecret();
  const csrf = newSecret();
  const actor = toActor(user);
  await db.transaction().execute(async (trx) => {
    await trx
      .insertInto('sign_in_sessions')
      .values({ id: digest(token), user_id: user.id, csrf_token: csrf, expires_at: new Date(Date.now() + SESSION_TTL_MS) })
      .execute();
    await recordAudit(trx, actor, { action: 'session.signed_in', itemType: 'user', itemId: user.id });
  });
  return { token, csrf, actor };
}

/** The actor and CSRF token behind a session cookie, or null when it is unknown or expired. */
export async function loadSession(db: Db, token: string) {
  const row = await db
    .selectFrom('sign_in_sessions')
    .innerJoin('users', 'users.id', 'sign_in_sessions.user_id')
    .select([
      'users.id',
      'users.email',
      'users.display_name',
      'users.role',
      'users.state_iso3',
      'users.organisation_id',
      'users.disabled',
      'sign_in_sessions.csrf_token',
      'sign_in_sessions.expires_at',
      'sign_in_sessions.id as session_id',
    ])
    .where('sign_in_sessions.id', '=', digest(token))
    .executeTakeFirst();
  if (!row || row.disabled || new Date(row.expires_at).getTime() < Date.now()) return null;
  return { actor: toActor(row), csrf: row.csrf_token, sessionId: row.session_id };
}

export async function signOut(db: Db, actor: Actor, sessionId: string) {
  await db.transaction().execute(async (trx) => {
    await trx.deleteFrom('sign_in_sessions').where('id', '=', sessionId).execute();
    await recordAudit(trx, actor, { action: 'session.signed_out', itemType: 'user', itemId: actor.kind === 'user' ? actor.id : null });
  });
}

/** The actor behind a personal API token: the owner's rights, never more. */
export async function loadApiToken(db: Db, token: string) {
  const row = await db
    .selectFrom('api_tokens')
    .innerJoin('users', 'users.id', 'api_tokens.user_id')
    .select([
      'users.id',
      'users.email',
      'users.display_name',
      'users.role',
      'users.state_iso3',
      'users.organisation_id',
      'users.disabled',
      'api_tokens.id as token_id',
    ])
    .where('api_tokens.token_hash', '=', digest(token))
    .where('api_tokens.revoked_at', 'is', null)
    .executeTakeFirst();
  if (!row || row.disabled) return null;
  await db.updateTable('api_tokens').set({ last_used_at: new Date() }).where('id', '=', row.token_id).execute();
  return toActor(row, true);
}
