import { sql } from 'kysely';
import type { Db } from '../db/engine.ts';
import type { Database } from '../schema.ts';
import type { Kysely } from 'kysely';
import { NotFound } from '../foundation/errors.ts';

/** A cycle with its dates as ISO strings (date columns otherwise come back as local-midnight Dates). */
export async function getCycle(db: Kysely<Database>, id: number) {
  if (!Number.isSafeInteger(id) || id <= 0) throw NotFound('That reporting cycle', 'cycle.not_found');
  const c = await db
    .selectFrom('reporting_cycles')
    .select(['id', 'code', 'title', 'process_id', 'framework_version', 'demo', 'created_at'])
    .select([sql<string>`opens_on::text`.as('opens_on'), sql<string>`due_on::text`.as('due_on'), sql<string>`closes_on::text`.as('closes_on')])
    .where('id', '=', id)
    .executeTakeFirst();
  if (!c) throw NotFound('That reporting cycle', 'cycle.not_found');
  return c;
}
export type Cycle = Awaited<ReturnType<typeof getCycle>>;

/** The end of a date (inclusive, UTC): a report due on 30 June is on time all of 30 June. */
export const endOfDay = (isoDate: string) => new Date(`${isoDate}T23:59:59.999Z`);
export const startOfDay = (isoDate: string) => new Date(`${isoDate}T00:00:00.000Z`);

export type Window = 'not-open' | 'open' | 'closed' | 'reopened';

/** Whether a State may submit in this cycle now. */
export function submissionWindow(cycle: Pick<Cycle, 'opens_on' | 'closes_on'>, reopenedUntil: Date | null, now = new Date()): Window {
  if (now < startOfDay(cycle.opens_on)) return 'not-open';
  if (now <= endOfDay(cycle.closes_on)) return 'open';
  if (reopenedUntil && now <= reopenedUntil) return 'reopened';
  return 'closed';
}

/** Whether this State may submit in this cycle now: the cycle's window, or its reopening for the State. */
export async function stateWindow(db: Kysely<Database>, cycle: Pick<Cycle, 'id' | 'opens_on' | 'closes_on'>, stateIso3: string, now = new Date()) {
  const expected = await db
    .selectFrom('reporting_expected_states')
    .select('reopened_until')
    .where('cycle_id', '=', cycle.id)
    .where('state_iso3', '=', stateIso3)
    .executeTakeFirst();
  return submissionWindow(cycle, expected?.reopened_until ?? null, now);
}

export async function listCycles(db: Db) {
  return db
    .selectFrom('reporting_cycles')
    .select(['id', 'code', 'title', 'process_id', 'framework_version', 'demo'])
    .select([sql<string>`opens_on::text`.as('opens_on'), sql<string>`due_on::text`.as('due_on'), sql<string>`closes_on::text`.as('closes_on')])
    .select((eb) =>
      eb
        .selectFrom('reporting_expected_states')
        .select(sql<number>`count(*)`.as('n'))
        .whereRef('cycle_id', '=', 'reporting_cycles.id')
        .as('expected'),
    )
    .orderBy('opens_on', 'desc')
    .orderBy('id', 'desc')
    .execute();
}

/** The latest opened cycle with at least one submitted report (for element summaries). */
export async function latestCycleId(db: Db, frameworkVersion?: string) {
  let q = db
    .selectFrom('reporting_cycles')
    .select('id')
    .where('opens_on', '<=', sql<string>`current_date`)
    .where((eb) =>
      eb.exists(
        eb
          .selectFrom('national_reports')
          .select('national_reports.id')
          .whereRef('national_reports.cycle_id', '=', 'reporting_cycles.id')
          .where('national_reports.status', '=', 'submitted'),
      ),
    )
    .orderBy('opens_on', 'desc')
    .orderBy('id', 'desc');
  if (frameworkVersion) q = q.where('framework_version', '=', frameworkVersion);
  return (await q.executeTakeFirst())?.id ?? null;
}
