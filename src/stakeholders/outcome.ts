import type { Selectable, Transaction } from 'kysely';
import type { Actor } from '../accounts/actor.ts';
import type { Database } from '../db/schema.ts';
import { enqueueMail } from '../notifications/outbox.ts';
import { recordStatus } from './history.ts';

type Application = Selectable<Database['accreditation_applications']>;

/** Tells the applicant by email: queued with the decision, sent after it commits, so a slow mail server never holds it. */
async function notify(trx: Transaction<Database>, app: Application, subject: string, text: string, now: Date) {
  await enqueueMail(trx, [{ to: app.contact_email, subject, text, relatedType: 'accreditation_application', relatedId: app.id }], now);
}

/** Accredits: the organisation joins the list of stakeholder organisations. */
export async function accredit(trx: Transaction<Database>, app: Application, actor: Actor, note: string, now: Date) {
  const org = await trx.insertInto('stakeholder_organisations').values({
    name: app.organisation_name, kind: app.kind, ecosoc_status: app.ecosoc_status, country_iso3: app.country_iso3,
    website: app.website, description: app.description,
  }).returning('id').executeTakeFirstOrThrow();
  const notice = `${app.organisation_name} is accredited to the process. ${note}`.trim();
  await trx.updateTable('accreditation_applications').set({ status: 'accredited', organisation_id: org.id, decided_at: now, outcome_notice: notice })
    .where('id', '=', app.id).execute();
  await recordStatus(trx, app.id, 'accredited', actor, note, now);
  await notify(trx, app, 'Accreditation: accredited', `Dear ${app.contact_name},\n\n${notice}\n\nThe Secretariat will create your organisation's account.`, now);
  return org.id;
}

/**
 * Not accredited after an objection. The applicant (and the public page) learn that an objection was
 * made, never by whom: a State that shares its objection shares it with the other States, which see
 * it in the objections view, not with the applicant or the public.
 */
export async function refuseAfterObjection(trx: Transaction<Database>, app: Application, actor: Actor, _sharedBy: string[], now: Date) {
  const notice = `An objection to the accreditation of ${app.organisation_name} was made under the no-objection procedure, so the organisation is not accredited.`;
  await trx.updateTable('accreditation_applications').set({ status: 'not-accredited', decided_at: now, outcome_notice: notice })
    .where('id', '=', app.id).execute();
  await recordStatus(trx, app.id, 'not-accredited', actor, 'Objection received before the deadline.', now);
  await notify(trx, app, 'Accreditation: not accredited', `Dear ${app.contact_name},\n\n${notice}\n`, now);
}
