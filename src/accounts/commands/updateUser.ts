import { z } from 'zod';
import type { Db } from '../../db/engine.ts';
import { NotFound, parseInput, ValidationError } from '../../foundation/errors.ts';
import type { Actor } from '../actor.ts';
import { recordAudit } from '../audit.ts';
import { requireAccess } from '../policy.ts';
import { roleSchema } from '../validation.ts';

const Props = z.object({
  email: z.string().trim().toLowerCase(),
  /** A new role; a delegate's State and a stakeholder's organisation come with it. */
  role: roleSchema.optional(),
  stateIso3: z.string().trim().toUpperCase().nullish(),
  organisationId: z.number().int().positive().nullish(),
  /** true disables sign-in and ends the user's sessions and tokens; false enables again. */
  disabled: z.boolean().optional(),
});

/** Changes a user's role or disables the account (users are never deleted: the audit log names them). */
export async function updateUser(db: Db, actor: Actor, input: z.input<typeof Props>) {
  requireAccess(actor, 'users.manage');
  const p = parseInput(Props, input, 'user.invalid');
  return db.transaction().execute(async (trx) => {
    const before = await trx
      .selectFrom('users')
      .select(['id', 'email', 'role', 'state_iso3', 'organisation_id', 'disabled'])
      .where('email', '=', p.email)
      .executeTakeFirst();
    if (!before) throw NotFound(`The user ${p.email}`, 'user.not_found');
    const role = p.role ?? before.role;
    const state = role === 'delegate' ? (p.stateIso3 ?? before.state_iso3) : null;
    const org = role === 'stakeholder' ? (p.organisationId ?? before.organisation_id) : null;
    if (role === 'delegate' && !state) throw ValidationError('A delegate needs a State (--state).', { stateIso3: 'Required.' }, 'user.invalid');
    if (role === 'stakeholder' && !org)
      throw ValidationError('A stakeholder needs an organisation (--organisation).', { organisationId: 'Required.' }, 'user.invalid');
    const after = await trx
      .updateTable('users')
      .set({ role, state_iso3: state, organisation_id: org, disabled: p.disabled ?? before.disabled })
      .where('id', '=', before.id)
      .returning(['id', 'email', 'role', 'state_iso3', 'organisation_id', 'disabled'])
      .executeTakeFirstOrThrow();
    if (after.disabled || after.role !== before.role) {
      // A changed role or a disabled account must not keep the rights it had.
      await trx.deleteFrom('sign_in_sessions').where('user_id', '=', before.id).execute();
      await trx.updateTable('api_tokens').set({ revoked_at: new Date() }).where('user_id', '=', before.id).where('revoked_at', 'is', null).execute();
    }
    await recordAudit(trx, actor, { action: 'user.updated', itemType: 'user', itemId: before.id, before, after });
    return after;
  });
}
