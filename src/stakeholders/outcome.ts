import type { Selectable, Transaction } from 'kysely';
import type { Actor } from '../accounts/actor.ts';
import type { Database } from '../schema.ts';
import { enqueueMail } from '../notifications/outbox.ts';
import { recordStatus } from './history.ts';

type Application = Selectable<Database['accreditation_applications']>;

/** Tells the applicant by email: queued with the decision, sent after it commits, so a slow mail server never holds it. */
async function notify(trx: Transaction<Database>, app: Application, subject: string, text: string, now: Date) {
  await enqueueMail(trx, [{ to: app.contact_email, subject, text, relatedType: 'accreditation_application', relatedId: app.id }], now);
}

async function processTitle(trx: Transaction<Database>, processId: number) {
  return (await trx.selectFrom('processes').select('title').where('id', '=', processId).executeTakeFirstOrThrow()).title;
}

/**
 * Accredits to the application's process. An organisation already on the list (accredited to
 * another process) keeps its one row; a new one joins the list.
 */
export async function accredit(
  trx: Transaction<Database>,
  app: Application,
  actor: Actor,
  note: string,
  now: Date,
  carriedOverFrom?: { id: number; title: string },
) {
  let orgId = app.organisation_id;
  if (orgId == null) {
    const name = app.organisation_name.toLowerCase();
    const known = await trx
      .selectFrom('stakeholder_organisations')
      .select('id')
      .where((eb) => eb(eb.fn('lower', ['name']), '=', name))
      .executeTakeFirst();
    orgId =
      known?.id ??
      (
        await trx
          .insertInto('stakeholder_organisations')
          .values({
            name: app.organisation_name,
            kind: app.kind,
            ecosoc_status: app.ecosoc_status,
            country_iso3: app.country_iso3,
            website: app.website,
            description: app.description,
          })
          .returning('id')
          .executeTakeFirstOrThrow()
      ).id;
  }
  await trx
    .insertInto('process_accreditations')
    .values({
      organisation_id: orgId,
      process_id: app.process_id,
      basis: app.procedure,
      application_id: app.id,
      carried_over_from: carriedOverFrom?.id ?? null,
      accredited_at: now,
    })
    .onConflict((oc) => oc.columns(['organisation_id', 'process_id']).doNothing())
    .execute();
  const process = await processTitle(trx, app.process_id);
  const notice = `${app.organisation_name} is accredited to the ${process}. ${note}`.trim();
  await trx
    .updateTable('accreditation_applications')
    .set({ status: 'accredited', organisation_id: orgId, decided_at: now, outcome_notice: notice })
    .where('id', '=', app.id)
    .execute();
  await recordStatus(trx, app.id, 'accredited', actor, note, now);
  await notify(
    trx,
    app,
    `Accreditation to the ${process}: accredited`,
    `Dear ${app.contact_name},\n\n${notice}\n${carriedOverFrom ? '' : "\nThe Secretariat will create your organisation's account if it has none.\n"}`,
    now,
  );
  return orgId;
}

/**
 * Not accredited after an objection. The applicant (and the public page) learn that an objection was
 * made, never by whom: a State that shares its objection shares it with the other States, which see
 * it in the objections view, not with the applicant or the public.
 */
export async function refuseAfterObjection(trx: Transaction<Database>, app: Application, actor: Actor, _sharedBy: string[], now: Date) {
  const notice = `An objection to the accreditation of ${app.organisation_name} was made under the no-objection procedure, so the organisation is not accredited.`;
  await trx
    .updateTable('accreditation_applications')
    .set({ status: 'not-accredited', decided_at: now, outcome_notice: notice })
    .where('id', '=', app.id)
    .execute();
  await recordStatus(trx, app.id, 'not-accredited', actor, 'Objection received before the deadline.', now);
  await notify(trx, app, 'Accreditation: not accredited', `Dear ${app.contact_name},\n\n${notice}\n`, now);
}

/** Not accredited because the process accredits on ECOSOC status only and it was not confirmed. */
export async function refuseWithoutEcosoc(trx: Transaction<Database>, app: Application, actor: Actor, note: string, now: Date) {
  const process = await processTitle(trx, app.process_id);
  const notice = `The ${process} accredits organisations with ECOSOC consultative status only; the status of ${app.organisation_name} was not confirmed, so it is not accredited.`;
  await trx
    .updateTable('accreditation_applications')
    .set({ status: 'not-accredited', decided_at: now, outcome_notice: notice })
    .where('id', '=', app.id)
    .execute();
  await recordStatus(trx, app.id, 'not-accredited', actor, note, now);
  await notify(trx, app, 'Accreditation: not accredited', `Dear ${app.contact_name},\n\n${notice}\n`, now);
}
