import crypto from 'node:crypto';
import type { Kysely, Transaction } from 'kysely';
import { AppError } from '../foundation/errors.ts';
import type { Database } from '../schema.ts';

/**
 * Interest-list links carry a random token (192 bits, unguessable); only its SHA-256 is stored, so
 * reading the table gives nobody a working link. A confirmation link expires after three days.
 */
export const CONFIRM_HOURS = 72;
const PREFIX = { confirm: 'ilc_', unsubscribe: 'ilu_' } as const;
export type TokenPurpose = keyof typeof PREFIX;

export const hashToken = (token: string) => crypto.createHash('sha256').update(token).digest('hex');
/** Whether a string has the shape of a token of that purpose (checked before any lookup). */
export const isTokenShape = (token: string, purpose: TokenPurpose) => new RegExp(`^${PREFIX[purpose]}[A-Za-z0-9_-]{32}$`).test(token);

export async function mintToken(trx: Transaction<Database>, subscriberId: number, purpose: TokenPurpose, now: Date) {
  const token = PREFIX[purpose] + crypto.randomBytes(24).toString('base64url');
  await trx
    .insertInto('interest_tokens')
    .values({
      token_hash: hashToken(token),
      subscriber_id: subscriberId,
      purpose,
      expires_at: purpose === 'confirm' ? new Date(now.getTime() + CONFIRM_HOURS * 3_600_000) : null,
      used_at: null,
      created_at: now,
    })
    .execute();
  return token;
}

/** Links open in the subscriber's language (?lang=), whatever the browser that follows them prefers. */
export const confirmLink = (base: string, token: string, lang: string) => `${base.replace(/\/$/, '')}/stakeholders/interest-list/confirm/${token}?lang=${lang}`;
export const unsubscribeLink = (base: string, token: string, lang: string) =>
  `${base.replace(/\/$/, '')}/stakeholders/interest-list/unsubscribe/${token}?lang=${lang}`;

export const invalidToken = () =>
  new AppError('interest.token_invalid', 404, 'This link is not valid. Copy the whole link from the email, or sign up again.', undefined, {
    key: 'stakeholders.err.token_invalid',
  });
const expiredToken = () =>
  new AppError('interest.token_expired', 410, 'This confirmation link has expired. Sign up again to receive a new one.', undefined, {
    key: 'stakeholders.err.token_expired',
  });

/** The token's row and its subscriber, or the reason it cannot be used (unknown and expired differ: both are the owner's own link). */
export async function lookupToken(db: Kysely<Database> | Transaction<Database>, token: string, purpose: TokenPurpose, now = new Date()) {
  if (!isTokenShape(token, purpose)) throw invalidToken();
  const row = await db
    .selectFrom('interest_tokens as t')
    .innerJoin('interest_subscribers as s', 's.id', 't.subscriber_id')
    .select(['t.token_hash', 't.expires_at', 't.used_at', 's.id', 's.status', 's.language', 's.process_id'])
    .where('t.token_hash', '=', hashToken(token))
    .where('t.purpose', '=', purpose)
    .executeTakeFirst();
  if (!row) throw invalidToken();
  if (purpose === 'confirm' && row.expires_at && new Date(row.expires_at) <= now && row.status !== 'confirmed') throw expiredToken();
  return row;
}
