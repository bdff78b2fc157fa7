import type { Insertable, Transaction } from 'kysely';
import type { Actor } from '../accounts/actor.ts';
import { recordAudit } from '../accounts/audit.ts';
import type { Database } from '../schema.ts';
import { AppError } from '../foundation/errors.ts';
import { enqueueJob } from '../server/jobs.ts';
import { recordStatus } from './history.ts';
import { accreditationTo, modalitiesOf, type Modalities } from './modalities.ts';
import { accredit } from './outcome.ts';
import { addWorkingDays } from './workingDays.ts';

type Fields = Omit<
  Insertable<Database['accreditation_applications']>,
  'procedure' | 'status' | 'window_opened_at' | 'deadline_at' | 'working_days' | 'outcome_notice' | 'decided_at' | 'created_at' | 'process_id'
>;

/**
 * The organisation's application to the process that is under way or has succeeded, if any: one
 * under its name, or (for an organisation on the list) under its id. Another application would be a duplicate.
 */
export async function liveApplication(trx: Transaction<Database>, processId: number, by: { name: string; organisationId?: number }) {
  return trx
    .selectFrom('accreditation_applications')
    .select(['id', 'status'])
    .where('process_id', '=', processId)
    .where((eb) =>
      eb.or([
        ...(by.organisationId != null ? [eb('organisation_id', '=', by.organisationId)] : []),
        eb(eb.fn('lower', ['organisation_name']), '=', by.name.toLowerCase()),
      ]),
    )
    .where('status', 'in', ['awaiting-confirmation', 'objection-window', 'accredited'])
    .executeTakeFirst();
}

/**
 * Opens an application to a process under the modalities it has now (startApplication) and records
 * `accreditation.applied` with who applied: the organisation's name, or its id when it applied
 * through its account.
 */
export async function openApplication(
  trx: Transaction<Database>,
  actor: Actor,
  fields: Fields,
  process: { id: number; slug: string; title: string },
  applicant: { name: string } | { organisation: number },
  opts: { now: Date; windowDays?: number },
) {
  const row = await startApplication(trx, actor, fields, process, await modalitiesOf(trx, process.id), opts);
  await recordAudit(trx, actor, {
    action: 'accreditation.applied',
    itemType: 'accreditation_application',
    itemId: row.id,
    after: { ...applicant, process: process.slug, procedure: row.procedure },
  });
  return row;
}

/**
 * Opens an application to a process under that process's modalities: carried over at once when the
 * organisation is accredited to the process the modalities name; otherwise ECOSOC confirmation
 * (when the process accepts that basis and the organisation declares a status), otherwise the
 * no-objection window, whose deadline is a durable job.
 */
async function startApplication(
  trx: Transaction<Database>,
  actor: Actor,
  fields: Fields,
  process: { id: number; title: string },
  m: Modalities,
  opts: { now: Date; windowDays?: number },
) {
  const now = opts.now;
  const from = fields.organisation_id != null && m.carry_over_from != null ? await accreditationTo(trx, fields.organisation_id, m.carry_over_from) : undefined;
  if (from) {
    const row = await trx
      .insertInto('accreditation_applications')
      .values({
        ...fields,
        process_id: process.id,
        procedure: 'carried-over',
        status: 'accredited',
        window_opened_at: null,
        deadline_at: null,
        working_days: null,
        outcome_notice: null,
        decided_at: null,
        created_at: now,
      })
      .returningAll()
      .executeTakeFirstOrThrow();
    await accredit(trx, row, actor, `Accreditation to the ${m.carry_over_title} carries over under the modalities of this process.`, now, {
      id: m.carry_over_from!,
      title: m.carry_over_title ?? '',
    });
    return trx.selectFrom('accreditation_applications').selectAll().where('id', '=', row.id).executeTakeFirstOrThrow();
  }
  const declared = fields.ecosoc_status != null && fields.ecosoc_status !== 'none';
  const ecosoc = declared && m.ecosoc_basis;
  if (!ecosoc && !m.no_objection_basis) {
    throw new AppError(
      'accreditation.ecosoc_required',
      400,
      `The ${process.title} accredits organisations with ECOSOC consultative status only; declare the organisation's status.`,
      { ecosocStatus: 'ECOSOC consultative status is required for this process.' },
      { key: 'stakeholders.err.ecosoc_required', fields: { ecosocStatus: { key: 'stakeholders.err.ecosoc_required.field' } } },
    );
  }
  const days = opts.windowDays ?? m.windowDays;
  const row = await trx
    .insertInto('accreditation_applications')
    .values({
      ...fields,
      process_id: process.id,
      procedure: ecosoc ? 'ecosoc' : 'no-objection',
      status: ecosoc ? 'awaiting-confirmation' : 'objection-window',
      window_opened_at: ecosoc ? null : now,
      deadline_at: ecosoc ? null : addWorkingDays(now, days),
      working_days: ecosoc ? null : days,
      outcome_notice: null,
      decided_at: null,
      created_at: now,
    })
    .returningAll()
    .executeTakeFirstOrThrow();
  await recordStatus(
    trx,
    row.id,
    row.status,
    actor,
    ecosoc ? "ECOSOC status declared; awaiting the Secretariat's confirmation." : `Listed; no-objection window of ${days} working days opened.`,
    now,
  );
  if (!ecosoc) {
    await enqueueJob(trx, {
      kind: 'accreditation.deadline',
      runAt: row.deadline_at!,
      payload: { applicationId: row.id },
      dedupeKey: `accreditation.deadline:${row.id}`,
    });
  }
  return row;
}
