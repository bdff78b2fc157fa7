import type { Kysely, Transaction } from 'kysely';
import type { Database } from '../schema.ts';
import { NotFound } from '../foundation/errors.ts';
import { defaultWindowDays } from './workingDays.ts';

type Q = Kysely<Database> | Transaction<Database>;

/** The process applications default to: the one currently accrediting. */
export const CURRENT_PROCESS = 'global-mechanism';

export async function processBySlug(db: Q, slug: string) {
  const p = await db.selectFrom('processes').select(['id', 'slug', 'title']).where('slug', '=', slug).executeTakeFirst();
  if (!p) throw NotFound('That process', 'process.not_found');
  return p;
}

/**
 * A process's stakeholder modalities as data. A process without a row (one added after migration
 * 0508) gets the defaults: both bases, the installation's window, nothing carried over.
 */
export async function modalitiesOf(db: Q, processId: number) {
  const m = await db
    .selectFrom('stakeholder_modalities as m')
    .leftJoin('processes as f', 'f.id', 'm.carry_over_from')
    .select([
      'm.ecosoc_basis',
      'm.no_objection_basis',
      'm.objection_working_days',
      'm.carry_over_from',
      'f.slug as carry_over_slug',
      'f.title as carry_over_title',
    ])
    .where('m.process_id', '=', processId)
    .executeTakeFirst();
  const row = m ?? {
    ecosoc_basis: true,
    no_objection_basis: true,
    objection_working_days: null,
    carry_over_from: null,
    carry_over_slug: null,
    carry_over_title: null,
  };
  return { ...row, windowDays: row.objection_working_days ?? defaultWindowDays() };
}
export type Modalities = Awaited<ReturnType<typeof modalitiesOf>>;

/** The organisation's accreditation to a process, if it has one. */
export async function accreditationTo(db: Q, organisationId: number, processId: number) {
  return db
    .selectFrom('process_accreditations')
    .selectAll()
    .where('organisation_id', '=', organisationId)
    .where('process_id', '=', processId)
    .executeTakeFirst();
}
