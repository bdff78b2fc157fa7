import type { Kysely, Transaction } from 'kysely';
import { ANONYMOUS } from '../../accounts/actor.ts';
import { recordAudit } from '../../accounts/audit.ts';
import type { Db } from '../../db/engine.ts';
import type { Database } from '../../schema.ts';
import { AppError } from '../../foundation/errors.ts';
import { queueInterestMail } from '../interestMail.ts';
import { hashToken, isTokenShape, type TokenPurpose } from '../interestTokens.ts';

const invalid = () => new AppError('interest.token_invalid', 404, 'This link is not valid. Copy the whole link from the email, or sign up again.', undefined, { key: 'stakeholders.err.token_invalid' });
const expired = () => new AppError('interest.token_expired', 410, 'This confirmation link has expired. Sign up again to receive a new one.', undefined, { key: 'stakeholders.err.token_expired' });

/** The token's row and its subscriber, or the reason it cannot be used (unknown and expired differ: both are the owner's own link). */
export async function lookupToken(db: Kysely<Database> | Transaction<Database>, token: string, purpose: TokenPurpose, now = new Date()) {
  if (!isTokenShape(token, purpose)) throw invalid();
  const row = await db.selectFrom('interest_tokens as t').innerJoin('interest_subscribers as s', 's.id', 't.subscriber_id')
    .select(['t.token_hash', 't.expires_at', 't.used_at', 's.id', 's.status', 's.language', 's.process_id'])
    .where('t.token_hash', '=', hashToken(token)).where('t.purpose', '=', purpose).executeTakeFirst();
  if (!row) throw invalid();
  if (purpose === 'confirm' && row.expires_at && new Date(row.expires_at) <= now && row.status !== 'confirmed') throw expired();
  return row;
}

/**
 * The owner of the address follows the confirmation link (and presses the button: a GET only shows
 * the page, so a mail scanner that opens links confirms nothing). Confirming twice is harmless.
 * The welcome email carries an unsubscribe link.
 */
export async function confirmSubscription(db: Db, token: string, opts: { baseUrl: string; now?: Date }) {
  const now = opts.now ?? new Date();
  return db.transaction().execute(async (trx) => {
    const found = await lookupToken(trx, token, 'confirm', now);
    const s = await trx.selectFrom('interest_subscribers').selectAll().where('id', '=', found.id).forUpdate().executeTakeFirstOrThrow();
    if (s.status === 'confirmed') return { status: 'confirmed' as const, language: s.language, already: true };
    // A link from before an unsubscription does not sign the address up again.
    if (found.used_at || s.status !== 'pending') throw invalid();
    await trx.updateTable('interest_tokens').set({ used_at: now }).where('token_hash', '=', found.token_hash).execute();
    const row = await trx.updateTable('interest_subscribers').set({ status: 'confirmed', confirmed_at: now }).where('id', '=', s.id).returningAll().executeTakeFirstOrThrow();
    const process = await trx.selectFrom('processes').select('title').where('id', '=', s.process_id).executeTakeFirstOrThrow();
    await queueInterestMail(trx, row, 'welcome', { baseUrl: opts.baseUrl, processTitle: process.title, now });
    await recordAudit(trx, ANONYMOUS, { action: 'interest.confirmed', itemType: 'interest_subscriber', itemId: s.id });
    return { status: 'confirmed' as const, language: s.language, already: false };
  });
}

/** Any unsubscribe link of the subscriber's takes the address off the list, without signing in; twice is harmless. */
export async function unsubscribe(db: Db, token: string, opts: { now?: Date } = {}) {
  const now = opts.now ?? new Date();
  return db.transaction().execute(async (trx) => {
    const found = await lookupToken(trx, token, 'unsubscribe', now);
    if (found.status !== 'unsubscribed') {
      await trx.updateTable('interest_subscribers').set({ status: 'unsubscribed', unsubscribed_at: now }).where('id', '=', found.id).execute();
      // Outstanding confirmation links stop working.
      await trx.updateTable('interest_tokens').set({ used_at: now }).where('subscriber_id', '=', found.id).where('purpose', '=', 'confirm').where('used_at', 'is', null).execute();
      await recordAudit(trx, ANONYMOUS, { action: 'interest.unsubscribed', itemType: 'interest_subscriber', itemId: found.id });
    }
    return { status: 'unsubscribed' as const, language: found.language };
  });
}
