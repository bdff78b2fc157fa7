import crypto from 'node:crypto';
import type { Transaction } from 'kysely';
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
  await trx.insertInto('interest_tokens').values({
    token_hash: hashToken(token), subscriber_id: subscriberId, purpose,
    expires_at: purpose === 'confirm' ? new Date(now.getTime() + CONFIRM_HOURS * 3_600_000) : null, used_at: null, created_at: now,
  }).execute();
  return token;
}

/** Links open in the subscriber's language (?lang=), whatever the browser that follows them prefers. */
export const confirmLink = (base: string, token: string, lang: string) => `${base.replace(/\/$/, '')}/stakeholders/interest-list/confirm/${token}?lang=${lang}`;
export const unsubscribeLink = (base: string, token: string, lang: string) => `${base.replace(/\/$/, '')}/stakeholders/interest-list/unsubscribe/${token}?lang=${lang}`;
