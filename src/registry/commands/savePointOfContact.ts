import { z } from 'zod';
import { actorLabel, type Actor } from '../../accounts/actor.ts';
import { recordAudit } from '../../accounts/audit.ts';
import { requireAccess } from '../../accounts/policy.ts';
import { emailSchema } from '../../accounts/validation.ts';
import type { Db } from '../../db/engine.ts';
import { NotFound, parseInput, ValidationError } from '../../foundation/errors.ts';

/** Accepts "+64 4 439 8000", "+64-4-439-8000", "(+64) 4 439 8000"; stores "+6444398000". */
export const phoneSchema = z
  .string()
  .trim()
  .transform((s) => s.replace(/[\s().-]/g, ''))
  .refine((s) => /^\+[1-9]\d{6,14}$/.test(s), 'Enter the number in international form: + then country code and number, e.g. +64 4 439 8000.');

export function isTimeZone(tz: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: tz });
    return tz === 'UTC' || tz.includes('/');
  } catch {
    return false;
  }
}

export const PointOfContactInput = z.object({
  stateIso3: z
    .string()
    .trim()
    .toUpperCase()
    .regex(/^[A-Z]{3}$/, 'Use an ISO alpha-3 code such as NZL.'),
  name: z.string().trim().min(2, 'Enter the name of the person or desk.').max(200),
  role: z.enum(['diplomatic', 'technical'], 'Choose diplomatic or technical.'),
  organisation: z.string().trim().min(2, 'Enter the ministry, agency or CERT.').max(200),
  email: emailSchema,
  phone: phoneSchema,
  languages: z
    .array(
      z
        .string()
        .trim()
        .toLowerCase()
        .regex(/^[a-z]{2,3}$/, 'Use ISO 639 codes such as en, fr, ar.'),
    )
    .min(1, 'Give at least one working language.')
    .max(10),
  timeZone: z.string().trim().refine(isTimeZone, 'Use an IANA time zone such as Pacific/Auckland or Europe/Paris.'),
});
export type PointOfContactInputProps = z.input<typeof PointOfContactInput>;

/**
 * Adds a point of contact (pointOfContactId absent) or records a new revision of one. Only the owning State's
 * delegates and the Secretariat may; the history keeps every earlier revision.
 */
export async function savePointOfContact(db: Db, actor: Actor, input: PointOfContactInputProps & { pointOfContactId?: number }) {
  const state = String(input.stateIso3 ?? '')
    .trim()
    .toUpperCase();
  requireAccess(actor, 'pointsOfContact.write', { ownerStateIso3: state });
  const p = parseInput(PointOfContactInput, input, 'pointOfContact.invalid');
  return db.transaction().execute(async (trx) => {
    const st = await trx.selectFrom('states').select('iso3').where('iso3', '=', p.stateIso3).executeTakeFirst();
    if (!st) throw ValidationError(`No State has the code ${p.stateIso3}.`, { stateIso3: 'Unknown State.' }, 'pointOfContact.invalid');
    let pointOfContactId = input.pointOfContactId;
    let revision = 1;
    if (pointOfContactId != null) {
      const pointOfContact = await trx.selectFrom('points_of_contact').selectAll().where('id', '=', pointOfContactId).forUpdate().executeTakeFirst();
      if (!pointOfContact || pointOfContact.state_iso3 !== p.stateIso3) throw NotFound('That point of contact', 'pointOfContact.not_found');
      const last = await trx
        .selectFrom('point_of_contact_revisions')
        .select((eb) => eb.fn.max('revision').as('r'))
        .where('point_of_contact_id', '=', pointOfContactId)
        .executeTakeFirst();
      revision = Number(last?.r ?? 0) + 1;
    } else {
      pointOfContactId = (await trx.insertInto('points_of_contact').values({ state_iso3: p.stateIso3 }).returning('id').executeTakeFirstOrThrow()).id;
    }
    const row = await trx
      .insertInto('point_of_contact_revisions')
      .values({
        point_of_contact_id: pointOfContactId,
        revision,
        name: p.name,
        role: p.role,
        organisation: p.organisation,
        email: p.email,
        phone: p.phone,
        languages: p.languages,
        time_zone: p.timeZone,
        active: true,
        created_by_label: actorLabel(actor),
      })
      .returningAll()
      .executeTakeFirstOrThrow();
    await recordAudit(trx, actor, {
      action: revision === 1 ? 'poc.added' : 'poc.revised',
      itemType: 'point_of_contact',
      itemId: pointOfContactId,
      after: { state: p.stateIso3, role: p.role, revision },
    });
    return { ...row, state_iso3: p.stateIso3 };
  });
}
