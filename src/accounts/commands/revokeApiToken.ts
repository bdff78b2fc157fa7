import type { Db } from '../../db/engine.ts';
import { NotFound, Unauthenticated } from '../../foundation/errors.ts';
import type { Actor } from '../actor.ts';
import { recordAudit } from '../audit.ts';
import { requireAccess } from '../policy.ts';

/** Revokes one of the signed-in user's own API tokens. */
export async function revokeApiToken(db: Db, actor: Actor, props: { id: number }) {
  requireAccess(actor, 'account.self');
  if (actor.kind !== 'user') throw Unauthenticated();
  await db.transaction().execute(async (trx) => {
    const done = await trx
      .updateTable('api_tokens')
      .set({ revoked_at: new Date() })
      .where('id', '=', props.id)
      .where('user_id', '=', actor.id)
      .where('revoked_at', 'is', null)
      .returning('id')
      .executeTakeFirst();
    if (!done) throw NotFound('That token', 'token.not_found');
    await recordAudit(trx, actor, { action: 'token.revoked', itemType: 'api_token', itemId: props.id });
  });
}
