import { ANONYMOUS } from '../../accounts/actor.ts';
import { recordAudit } from '../../accounts/audit.ts';
import type { Db } from '../../db/engine.ts';
import { lookupToken } from '../interestTokens.ts';

/** Any unsubscribe link of the subscriber's takes the address off the list, without signing in; twice is harmless. */
export async function unsubscribe(db: Db, token: string, opts: { now?: Date } = {}) {
  const now = opts.now ?? new Date();
  return db.transaction().execute(async (trx) => {
    const found = await lookupToken(trx, token, 'unsubscribe', now);
    if (found.status !== 'unsubscribed') {
      await trx.updateTable('interest_subscribers').set({ status: 'unsubscribed', unsubscribed_at: now }).where('id', '=', found.id).execute();
      // Outstanding confirmation links stop working.
      await trx
        .updateTable('interest_tokens')
        .set({ used_at: now })
        .where('subscriber_id', '=', found.id)
        .where('purpose', '=', 'confirm')
        .where('used_at', 'is', null)
        .execute();
      await recordAudit(trx, ANONYMOUS, { action: 'interest.unsubscribed', itemType: 'interest_subscriber', itemId: found.id });
    }
    return { status: 'unsubscribed' as const, language: found.language };
  });
}
