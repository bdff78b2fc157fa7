import { z } from 'zod';
import type { Db } from '../../db/engine.ts';
import { Conflict, parseInput, ValidationError } from '../../foundation/errors.ts';
import type { Actor } from '../actor.ts';
import { recordAudit } from '../audit.ts';
import { hashPassword } from '../password.ts';
import { requireAccess } from '../policy.ts';
import { displayNameSchema, emailSchema, passwordSchema, roleSchema } from '../validation.ts';

const Props = z.object({
  email: emailSchema,
  displayName: displayNameSchema,
  password: passwordSchema,
  role: roleSchema,
  /** Required for a delegate: the State the delegate acts for. */
  stateIso3: z
    .string()
    .trim()
    .toUpperCase()
    .regex(/^[A-Z]{3}$/, 'Use an ISO alpha-3 code such as NZL.')
    .nullish(),
  /** Required for a stakeholder: the organisation the account belongs to. */
  organisationId: z.number().int().positive().nullish(),
});
export type CreateUserProps = z.input<typeof Props>;

/** Creates an account. Only the Secretariat (or the operator through the CLI) may. */
export async function createUser(db: Db, actor: Actor, input: CreateUserProps) {
  requireAccess(actor, 'users.manage');
  const props = parseInput(Props, input, 'user.invalid');
  if (props.role === 'delegate' && !props.stateIso3) throw ValidationError('A delegate needs a State.', { stateIso3: 'Choose the State.' }, 'user.invalid');
  if (props.role === 'stakeholder' && !props.organisationId)
    throw ValidationError('A stakeholder needs an organisation.', { organisationId: 'Choose the organisation.' }, 'user.invalid');
  const passwordHash = await hashPassword(props.password);

  return db.transaction().execute(async (trx) => {
    const taken = await trx.selectFrom('users').select('id').where('email', '=', props.email).executeTakeFirst();
    if (taken) throw Conflict('user.email_taken', `An account for ${props.email} already exists.`, { email: 'Already in use.' });
    if (props.stateIso3) {
      const state = await trx.selectFrom('states').select('iso3').where('iso3', '=', props.stateIso3).executeTakeFirst();
      if (!state) throw ValidationError(`No State has the code ${props.stateIso3}.`, { stateIso3: 'Unknown State.' }, 'user.invalid');
    }
    const user = await trx
      .insertInto('users')
      .values({
        email: props.email,
        display_name: props.displayName,
        password_hash: passwordHash,
        role: props.role,
        state_iso3: props.role === 'delegate' ? props.stateIso3! : null,
        organisation_id: props.role === 'stakeholder' ? props.organisationId! : null,
      })
      .returning(['id', 'email', 'role', 'state_iso3', 'organisation_id'])
      .executeTakeFirstOrThrow();
    await recordAudit(trx, actor, { action: 'user.created', itemType: 'user', itemId: user.id, after: user });
    return user;
  });
}
