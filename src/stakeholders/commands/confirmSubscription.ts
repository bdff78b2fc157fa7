import { ANONYMOUS } from '../../accounts/actor.ts';
import { recordAudit } from '../../accounts/audit.ts';
import type { Db } from '../../db/engine.ts';
import { queueInterestMail } from '../interestMail.ts';
import { invalidToken, lookupToken } from '../interestTokens.ts';

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
    if (found.used_at || s.status !== 'pending') throw invalidToken();
    await trx.updateTable('interest_tokens').set({ used_at: now }).where('token_hash', '=', found.token_hash).execute();
    const row = await trx
      .updateTable('interest_subscribers')
      .set({ status: 'confirmed', confirmed_at: now })
      .where('id', '=', s.id)
      .returningAll()
      .executeTakeFirstOrThrow();
    const process = await trx.selectFrom('processes').select('title').where('id', '=', s.process_id).executeTakeFirstOrThrow();
    await queueInterestMail(trx, row, 'welcome', { baseUrl: opts.baseUrl, processTitle: process.title, now });
    await recordAudit(trx, ANONYMOUS, { action: 'interest.confirmed', itemType: 'interest_subscriber', itemId: s.id });
    return { status: 'confirmed' as const, language: s.language, already: false };
  });
}
