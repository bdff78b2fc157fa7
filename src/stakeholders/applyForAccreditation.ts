import { z } from 'zod';
import { recordAudit } from '../accounts/audit.ts';
import type { Actor } from '../accounts/actor.ts';
import { requireAccess } from '../accounts/policy.ts';
import { emailSchema } from '../accounts/validation.ts';
import type { Db } from '../db/engine.ts';
import { enqueueJob } from '../server/jobs.ts';
import { Conflict, fromZod, ValidationError } from '../server/errors.ts';
import { recordStatus } from './history.ts';
import { addWorkingDays, defaultWindowDays } from './workingDays.ts';

const optionalText = z.string().trim().max(300).optional().transform((v) => v || undefined);

export const NewApplication = z.object({
  name: z.string().trim().min(2, 'Enter the organisation\'s full name.').max(200),
  kind: z.enum(['ngo', 'private-sector', 'academia', 'technical-community'], 'Choose one of: ngo, private-sector, academia, technical-community.'),
  country: z.string().trim().toUpperCase().regex(/^[A-Z]{3}$/, 'Use an ISO alpha-3 code such as CHE.').optional().or(z.literal('').transform(() => undefined)),
  ecosocStatus: z.enum(['general', 'special', 'roster', 'none'], 'Choose general, special, roster or none.').default('none'),
  website: optionalText.pipe(z.string().url('Enter the full address, starting with https://.').refine((u) => /^https?:\/\//.test(u), 'Use an http or https address.').optional()),
  description: z.string().trim().min(20, 'Describe the organisation and its work on ICT security in at least 20 characters.').max(5000),
  contactName: z.string().trim().min(2, 'Enter the contact person\'s name.').max(200),
  contactEmail: emailSchema,
});
export type NewApplicationInput = z.input<typeof NewApplication>;

/**
 * An organisation applies. With ECOSOC status it waits for the Secretariat's confirmation; without,
 * the application is listed at once and the no-objection window opens, its deadline a durable job.
 */
export async function applyForAccreditation(db: Db, actor: Actor, input: NewApplicationInput, opts: { now?: Date; windowDays?: number } = {}) {
  requireAccess(actor, 'accreditation.apply');
  const parsed = NewApplication.safeParse(input);
  if (!parsed.success) throw fromZod(parsed.error, 'accreditation.invalid');
  const a = parsed.data;
  const now = opts.now ?? new Date();
  const days = opts.windowDays ?? defaultWindowDays();
  const ecosoc = a.ecosocStatus !== 'none';
  return db.transaction().execute(async (trx) => {
    if (a.country) {
      const st = await trx.selectFrom('states').select('iso3').where('iso3', '=', a.country).executeTakeFirst();
      if (!st) throw ValidationError(`No State has the code ${a.country}.`, { country: 'Unknown country code.' }, 'accreditation.invalid');
    }
    const name = a.name.toLowerCase();
    const org = await trx.selectFrom('stakeholder_organisations').select('id').where((eb) => eb(eb.fn('lower', ['name']), '=', name)).executeTakeFirst();
    const live = await trx.selectFrom('accreditation_applications').select(['id', 'status'])
      .where((eb) => eb(eb.fn('lower', ['organisation_name']), '=', name))
      .where('status', 'in', ['awaiting-confirmation', 'objection-window', 'accredited']).executeTakeFirst();
    if (org || live) {
      throw Conflict('accreditation.duplicate',
        `${a.name} has already applied${live ? ` (application ${live.id}, ${live.status})` : ' or is already accredited'}. Follow that application instead of applying again.`,
        { name: 'An application from this organisation already exists.' });
    }
    const row = await trx.insertInto('accreditation_applications').values({
      organisation_name: a.name, kind: a.kind, country_iso3: a.country ?? null, ecosoc_status: a.ecosocStatus,
      website: a.website ?? null, description: a.description, contact_name: a.contactName, contact_email: a.contactEmail,
      procedure: ecosoc ? 'ecosoc' : 'no-objection', status: ecosoc ? 'awaiting-confirmation' : 'objection-window',
      window_opened_at: ecosoc ? null : now, deadline_at: ecosoc ? null : addWorkingDays(now, days), working_days: ecosoc ? null : days,
      organisation_id: null, outcome_notice: null, decided_at: null, created_at: now,
    }).returningAll().executeTakeFirstOrThrow();
    await recordStatus(trx, row.id, row.status, actor, ecosoc ? 'ECOSOC status declared; awaiting the Secretariat\'s confirmation.' : `Listed; no-objection window of ${days} working days opened.`, now);
    if (!ecosoc) {
      await enqueueJob(trx, { kind: 'accreditation.deadline', runAt: row.deadline_at!, payload: { applicationId: row.id }, dedupeKey: `accreditation.deadline:${row.id}` });
    }
    await recordAudit(trx, actor, { action: 'accreditation.applied', itemType: 'accreditation_application', itemId: row.id, after: { name: row.organisation_name, procedure: row.procedure } });
    return row;
  });
}
