import { z } from 'zod';
import type { Actor } from '../../accounts/actor.ts';
import { requireAccess } from '../../accounts/policy.ts';
import { emailSchema } from '../../accounts/validation.ts';
import type { Db } from '../../db/engine.ts';
import { AppError, Conflict, parseInput, ValidationError } from '../../foundation/errors.ts';
import { CURRENT_PROCESS, accreditationTo, processBySlug } from '../modalities.ts';
import { liveApplication, openApplication } from '../procedure.ts';

const optionalText = z
  .string()
  .trim()
  .max(300)
  .optional()
  .transform((v) => v || undefined);
export const processSlug = z
  .string()
  .trim()
  .regex(/^[a-z0-9-]{1,60}$/, 'Choose a process.');

export const NewApplication = z.object({
  /** The process applied to (a slug); the Global Mechanism unless said otherwise. */
  process: processSlug.default(CURRENT_PROCESS),
  name: z.string().trim().min(2, "Enter the organisation's full name.").max(200),
  kind: z.enum(['ngo', 'private-sector', 'academia', 'technical-community'], 'Choose one of: ngo, private-sector, academia, technical-community.'),
  country: z
    .string()
    .trim()
    .toUpperCase()
    .regex(/^[A-Z]{3}$/, 'Use an ISO alpha-3 code such as CHE.')
    .optional()
    .or(z.literal('').transform(() => undefined)),
  ecosocStatus: z.enum(['general', 'special', 'roster', 'none'], 'Choose general, special, roster or none.').default('none'),
  website: optionalText.pipe(
    z
      .string()
      .url('Enter the full address, starting with https://.')
      .refine((u) => /^https?:\/\//.test(u), 'Use an http or https address.')
      .optional(),
  ),
  description: z.string().trim().min(20, 'Describe the organisation and its work on ICT security in at least 20 characters.').max(5000),
  contactName: z.string().trim().min(2, "Enter the contact person's name.").max(200),
  contactEmail: emailSchema,
});
export type NewApplicationInput = z.input<typeof NewApplication>;

/**
 * A new organisation applies to a process, under that process's modalities (src/stakeholders/procedure.ts).
 * An organisation already on the list applies for another process through its own account
 * (applyForProcess), so nobody else can ask for it to be carried over.
 */
export async function applyForAccreditation(db: Db, actor: Actor, input: NewApplicationInput, opts: { now?: Date; windowDays?: number } = {}) {
  requireAccess(actor, 'accreditation.apply');
  const a = parseInput(NewApplication, input, 'accreditation.invalid');
  const now = opts.now ?? new Date();
  return db.transaction().execute(async (trx) => {
    const process = await processBySlug(trx, a.process).catch(() => {
      throw ValidationError(`No process has the slug ${a.process}.`, { process: 'Unknown process.' }, 'accreditation.invalid');
    });
    if (a.country) {
      const st = await trx.selectFrom('states').select('iso3').where('iso3', '=', a.country).executeTakeFirst();
      if (!st) throw ValidationError(`No State has the code ${a.country}.`, { country: 'Unknown country code.' }, 'accreditation.invalid');
    }
    const org = await trx
      .selectFrom('stakeholder_organisations')
      .select('id')
      .where((eb) => eb(eb.fn('lower', ['name']), '=', a.name.toLowerCase()))
      .executeTakeFirst();
    const live = await liveApplication(trx, process.id, { name: a.name });
    if (live || (org && (await accreditationTo(trx, org.id, process.id)))) {
      throw Conflict(
        'accreditation.duplicate',
        `${a.name} has already applied to the ${process.title}${live ? ` (application ${live.id}, ${live.status})` : ' or is already accredited to it'}. Follow that application instead of applying again.`,
        { name: 'An application from this organisation already exists.' },
      );
    }
    if (org) {
      throw new AppError(
        'accreditation.sign_in',
        409,
        `${a.name} is already on the list of organisations. Sign in with the organisation's account to apply to the ${process.title}.`,
        { name: 'This organisation is already on the list: sign in with its account to apply.' },
        { key: 'stakeholders.err.sign_in', fields: { name: { key: 'stakeholders.err.sign_in.field' } } },
      );
    }
    return openApplication(
      trx,
      actor,
      {
        organisation_name: a.name,
        kind: a.kind,
        country_iso3: a.country ?? null,
        ecosoc_status: a.ecosocStatus,
        website: a.website ?? null,
        description: a.description,
        contact_name: a.contactName,
        contact_email: a.contactEmail,
        organisation_id: null,
      },
      process,
      { name: a.name },
      { now, windowDays: opts.windowDays },
    );
  });
}
