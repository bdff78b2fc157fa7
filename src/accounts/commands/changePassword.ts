import type { Db } from '../../db/engine.ts';
import { fromZod, Unauthenticated, ValidationError } from '../../foundation/errors.ts';
import type { Actor } from '../actor.ts';
import { recordAudit } from '../audit.ts';
import { hashPassword, verifyPassword } from '../password.ts';
import { requireAccess } from '../policy.ts';
import { passwordSchema } from '../validation.ts';

/** A signed-in user changes their own password; every other session of theirs ends. */
export async function changePassword(db: Db, actor: Actor, props: { current: string; next: string; keepSessionId?: string }) {
  requireAccess(actor, 'account.self');
  if (actor.kind !== 'user') throw Unauthenticated();
  const parsed = passwordSchema.safeParse(props.next);
  if (!parsed.success) throw fromZod({ issues: parsed.error.issues.map((i) => ({ ...i, path: ['next'] })) }, 'password.invalid');
  const user = await db.selectFrom('users').select(['password_hash']).where('id', '=', actor.id).executeTakeFirstOrThrow();
  if (!(await verifyPassword(props.current, user.password_hash))) {
    throw ValidationError('The current password is not right.', { current: 'Not right.' }, 'password.wrong');
  }
  const hash = await hashPassword(parsed.data);
  await db.transaction().execute(async (trx) => {
    await trx.updateTable('users').set({ password_hash: hash, password_changed_at: new Date() }).where('id', '=', actor.id).execute();
    let others = trx.deleteFrom('sign_in_sessions').where('user_id', '=', actor.id);
    if (props.keepSessionId) others = others.where('id', '!=', props.keepSessionId);
    await others.execute();
    await recordAudit(trx, actor, { action: 'user.password_changed', itemType: 'user', itemId: actor.id });
  });
}
