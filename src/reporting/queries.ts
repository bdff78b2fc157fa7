import { sql, type ExpressionBuilder, type Expression, type Kysely, type SqlBool } from 'kysely';
import type { Actor } from '../accounts/actor.ts';
import { can, visibleRows } from '../accounts/policy.ts';
import type { Db } from '../db/engine.ts';
import type { Database } from '../schema.ts';
import { NotFound } from '../foundation/errors.ts';
import type { Answers } from './answers.ts';
import { endOfDay, getCycle } from './cycles.ts';
import { canSeeReport, getReportRow, reportResource } from './reports.ts';
import type { Rule } from './rules.ts';

/**
 * The one rule for who sees a report (the policy's `report.read`) as SQL: the owner delegation and the Secretariat see all of
 * theirs (drafts and withdrawn included); everyone else sees submitted reports whose visibility allows.
 */
export function visibleReports(actor: Actor) {
  return (eb: ExpressionBuilder<Database, 'national_reports'>): Expression<SqlBool> =>
    visibleRows(
      actor,
      eb,
      { visibility: 'national_reports.visibility', ownerState: 'national_reports.state_iso3' },
      eb('national_reports.status', '=', 'submitted'),
    );
}

export { canSeeReport } from './reports.ts';

export interface ReportFilter {
  cycleId?: number;
  state?: string;
  q?: string;
  status?: 'draft' | 'submitted' | 'withdrawn';
  language?: string;
  limit?: number;
  offset?: number;
}

/** The visible reports matching a filter, before columns, order and paging. */
function matching(db: Db, actor: Actor, f: ReportFilter) {
  let q = db.selectFrom('national_reports').where(visibleReports(actor));
  if (f.cycleId) q = q.where('national_reports.cycle_id', '=', f.cycleId);
  if (f.state) q = q.where('national_reports.state_iso3', '=', f.state.toUpperCase());
  if (f.status) q = q.where('national_reports.status', '=', f.status);
  if (f.language) q = q.where('national_reports.language', '=', f.language as 'en');
  const text = f.q?.trim();
  if (text) {
    // Search covers submitted revisions only: a draft is never indexed for anyone.
    q = q.where((eb) =>
      eb.exists(
        eb
          .selectFrom('national_report_revisions as rv')
          .select('rv.revision')
          .whereRef('rv.report_id', '=', 'national_reports.id')
          .whereRef('rv.revision', '=', 'national_reports.current_revision')
          .where(sql<SqlBool>`rv.search @@ websearch_to_tsquery('english', ${text})`),
      ),
    );
  }
  return q;
}

/** Reports the actor may see, newest first, with cycle and State names; `q` searches submitted text. */
export async function listReports(db: Db, actor: Actor, f: ReportFilter = {}) {
  return matching(db, actor, f)
    .innerJoin('reporting_cycles', 'reporting_cycles.id', 'national_reports.cycle_id')
    .innerJoin('states', 'states.iso3', 'national_reports.state_iso3')
    .select([
      'national_reports.id',
      'national_reports.cycle_id',
      'national_reports.state_iso3',
      'national_reports.language',
      'national_reports.visibility',
      'national_reports.status',
      'national_reports.current_revision',
      'national_reports.last_submitted_at',
      'national_reports.demo',
      'reporting_cycles.title as cycle_title',
      'reporting_cycles.code as cycle_code',
      'states.official_name as state_name',
    ])
    .orderBy('national_reports.last_submitted_at', (o) => o.desc().nullsLast())
    .orderBy('national_reports.id', 'desc')
    .limit(Math.min(f.limit ?? 200, 500))
    .offset(Math.max(0, f.offset ?? 0))
    .execute();
}

/** How many reports match (for the list's pages). */
export async function countReports(db: Db, actor: Actor, f: ReportFilter = {}) {
  const r = await matching(db, actor, f)
    .select(sql<number>`count(*)`.as('n'))
    .executeTakeFirstOrThrow();
  return Number(r.n);
}

/** The States and cycles among the reports the actor may see, for the list's filters. */
export async function reportFacets(db: Db, actor: Actor) {
  const [states, cycles] = await Promise.all([
    matching(db, actor, {}).select('national_reports.state_iso3').distinct().execute(),
    matching(db, actor, {})
      .innerJoin('reporting_cycles', 'reporting_cycles.id', 'national_reports.cycle_id')
      .select(['reporting_cycles.id', 'reporting_cycles.title'])
      .distinct()
      .orderBy('reporting_cycles.id', 'desc')
      .execute(),
  ]);
  return { states: states.map((s) => s.state_iso3), cycles };
}

/** A report the actor may see, with its cycle and State; NotFound otherwise (no existence leak). */
export async function reportForActor(db: Db, actor: Actor, id: number) {
  const r = await getReportRow(db, id).catch(() => null);
  if (!r || !canSeeReport(actor, r)) throw NotFound('That report', 'report.not_found');
  const [cycle, state] = await Promise.all([
    getCycle(db, r.cycle_id),
    db.selectFrom('states').select(['iso3', 'official_name', 'regional_group']).where('iso3', '=', r.state_iso3).executeTakeFirstOrThrow(),
  ]);
  return { report: r, cycle, state, owner: can(actor, 'report.readDraft', reportResource(r)) };
}

export async function listRevisions(db: Db, reportId: number) {
  return db
    .selectFrom('national_report_revisions')
    .select(['revision', 'receipt', 'checksum', 'submitted_at', 'submitted_by_label', 'on_time', 'language'])
    .where('report_id', '=', reportId)
    .orderBy('revision', 'desc')
    .execute();
}

export async function getRevision(db: Db, reportId: number, revision: number) {
  if (!Number.isSafeInteger(revision) || revision <= 0) throw NotFound('That revision', 'report.revision_not_found');
  const r = await db
    .selectFrom('national_report_revisions')
    .select(['revision', 'answers', 'receipt', 'checksum', 'submitted_at', 'submitted_by_label', 'on_time', 'language'])
    .where('report_id', '=', reportId)
    .where('revision', '=', revision)
    .executeTakeFirst();
  if (!r) throw NotFound('That revision', 'report.revision_not_found');
  return { ...r, answers: r.answers as Answers };
}

export async function listTranslations(db: Db, reportId: number, revision: number) {
  return db
    .selectFrom('national_report_translations')
    .select(['id', 'language', 'method', 'translator', 'created_at', 'answers'])
    .where('report_id', '=', reportId)
    .where('revision', '=', revision)
    .orderBy('id')
    .execute();
}

export type MonitorState = 'missing' | 'draft' | 'submitted-on-time' | 'submitted-late' | 'withdrawn' | 'not-started';

/**
 * The Secretariat's view of a cycle: every expected State, grouped by regional group, with where it
 * stands, the reminders recorded, and whether the cycle was reopened for it.
 */
export async function cycleMonitor(db: Db, cycleId: number, now = new Date()) {
  const cycle = await getCycle(db, cycleId);
  const rows = await db
    .selectFrom('reporting_expected_states as x')
    .innerJoin('states', 'states.iso3', 'x.state_iso3')
    .leftJoin('regional_groups', 'regional_groups.id', 'states.regional_group')
    .leftJoin('national_reports as r', (j) => j.onRef('r.state_iso3', '=', 'x.state_iso3').onRef('r.cycle_id', '=', 'x.cycle_id'))
    .select([
      'x.state_iso3',
      'x.reopened_until',
      'states.official_name',
      'regional_groups.id as group_id',
      'regional_groups.name as group_name',
      'r.id as report_id',
      'r.status',
      'r.first_submitted_at',
      'r.last_submitted_at',
      'r.current_revision',
      'r.draft_saved_at',
    ])
    .select((eb) =>
      eb
        .selectFrom('reporting_reminders as m')
        .select(sql<number>`count(*)`.as('n'))
        .whereRef('m.cycle_id', '=', 'x.cycle_id')
        .whereRef('m.state_iso3', '=', 'x.state_iso3')
        .as('reminders'),
    )
    .select((eb) =>
      eb
        .selectFrom('reporting_reminders as m')
        .select(sql<Date>`max(m.sent_at)`.as('t'))
        .whereRef('m.cycle_id', '=', 'x.cycle_id')
        .whereRef('m.state_iso3', '=', 'x.state_iso3')
        .as('last_reminder'),
    )
    .where('x.cycle_id', '=', cycle.id)
    .orderBy('states.official_name')
    .execute();
  const due = endOfDay(cycle.due_on);
  const states = rows.map((r) => {
    let state: MonitorState;
    if (r.status === 'submitted') state = r.first_submitted_at && r.first_submitted_at <= due ? 'submitted-on-time' : 'submitted-late';
    else if (r.status === 'withdrawn') state = 'withdrawn';
    else if (r.report_id) state = 'draft';
    else state = now > due ? 'missing' : 'not-started';
    return { ...r, state, reminders: Number(r.reminders ?? 0) };
  });
  const groups = new Map<string, { id: string; name: string; states: typeof states }>();
  for (const s of states) {
    const id = s.group_id ?? 'observers';
    const g = groups.get(id) ?? { id, name: s.group_name ?? 'Observer States', states: [] };
    g.states.push(s);
    groups.set(id, g);
  }
  const count = (list: typeof states) => {
    const c: Record<MonitorState | 'expected', number> = {
      expected: list.length,
      'not-started': 0,
      missing: 0,
      draft: 0,
      'submitted-on-time': 0,
      'submitted-late': 0,
      withdrawn: 0,
    };
    for (const s of list) c[s.state]++;
    return c;
  };
  return {
    cycle,
    totals: count(states),
    groups: [...groups.values()].sort((a, b) => a.name.localeCompare(b.name)).map((g) => ({ ...g, counts: count(g.states) })),
  };
}

/** Reports of one State the actor may see (State profile section). */
export const reportsOfState = (db: Db, actor: Actor, iso3: string) => listReports(db, actor, { state: iso3, limit: 50 });

/** Distribution of statuses for one element across visible, submitted reports of a cycle (latest revision). */
export async function elementStatusDistribution(db: Db, actor: Actor, cycleId: number, elementId: string) {
  const rows = await db
    .selectFrom('national_reports')
    .innerJoin('national_report_revisions as rv', (j) =>
      j.onRef('rv.report_id', '=', 'national_reports.id').onRef('rv.revision', '=', 'national_reports.current_revision'),
    )
    .select(sql<string>`coalesce(rv.answers->'elements'->${elementId}->>'status', 'unanswered')`.as('status'))
    .select(sql<number>`count(*)`.as('n'))
    .where('national_reports.cycle_id', '=', cycleId)
    .where('national_reports.status', '=', 'submitted')
    .where((eb) => eb.and([eb('national_reports.status', '=', 'submitted'), visibleReports(actor)(eb)]))
    .groupBy(sql`1`)
    .execute();
  return rows.map((r) => ({ status: r.status, n: Number(r.n) }));
}

/** The validation rules a cycle applies now (retired ones are kept in the table but not applied). */
export async function cycleRules(db: Kysely<Database>, cycleId: number): Promise<Rule[]> {
  return db
    .selectFrom('reporting_validation_rules')
    .select(['id', 'kind', 'target', 'field', 'amount', 'severity'])
    .where('cycle_id', '=', cycleId)
    .where('retired_at', 'is', null)
    .orderBy('id')
    .execute();
}
