import { z } from 'zod';
import type { Db } from '../../db/engine.ts';
import { fromZod, Unauthenticated } from '../../foundation/errors.ts';
import type { Actor } from '../actor.ts';
import { recordAudit } from '../audit.ts';
import { requireAccess } from '../policy.ts';
import { digest, newSecret } from '../tokens.ts';

const Name = z.string().trim().min(1, 'Name the token, e.g. "reporting script".').max(100);

/** Creates a personal API token; the secret is shown once and only its digest is kept. */
export async function createApiToken(db: Db, actor: Actor, props: { name: string }) {
  requireAccess(actor, 'account.self');
  if (actor.kind !== 'user') throw Unauthenticated();
  const name = Name.safeParse(props.name);
  if (!name.success) throw fromZod({ issues: name.error.issues.map((i) => ({ ...i, path: ['name'] })) }, 'token.invalid');
  const secret = newSecret('acc_');
  const row = await db.transaction().execute(async (trx) => {
    const row = await trx
      .insertInto('api_tokens')
      .values({ user_id: actor.id, name: name.data, token_hash: digest(secret), last_used_at: null, revoked_at: null })
      .returning(['id', 'name', 'created_at'])
      .executeTakeFirstOrThrow();
    await recordAudit(trx, actor, { action: 'token.created', itemType: 'api_token', itemId: row.id, after: { name: row.name } });
    return row;
  });
  return { ...row, secret };
}
