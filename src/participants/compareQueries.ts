import { sql } from 'kysely';
import type { Actor } from '../accounts/actor.ts';
import type { Db } from '../db/engine.ts';
import { subjectsOf, visibleDocument } from '../records/queries.ts';
import { listReports, visibleReports } from '../reporting/queries.ts';

/**
 * What the comparison of two or three States reads, each through its capability's visibility rule:
 * the reports the reader may see, each State's reported status per element in the latest cycle in
 * which the reader may see a report of at least one of them, the stances the meeting record gives
 * each on the stance questions, and how many statements each made per element.
 */
export async function comparison(db: Db, actor: Actor, states: string[]) {
  const [reports, latest, stances, subjects] = await Promise.all([
    Promise.all(states.map((s) => listReports(db, actor, { state: s, limit: 20 }))),
    latestStatuses(db, actor, states),
    stancesOf(db, actor, states),
    statementsByElement(db, actor, states),
  ]);
  return { reports: Object.fromEntries(states.map((s, i) => [s, reports[i]!])), latest, stances, subjects };
}

/**
 * Each State's statuses per element from its report in the newest cycle in which the reader may
 * read one of its reports (States report in different cycles; a column names its cycle).
 */
async function latestStatuses(db: Db, actor: Actor, states: string[]) {
  const rows = await db.selectFrom('national_reports').innerJoin('reporting_cycles as c', 'c.id', 'national_reports.cycle_id')
    .innerJoin('national_report_revisions as rv', (j) => j.onRef('rv.report_id', '=', 'national_reports.id').onRef('rv.revision', '=', 'national_reports.current_revision'))
    .select(['national_reports.id', 'national_reports.state_iso3', 'c.id as cycle_id', 'c.title as cycle_title', 'c.code as cycle_code', sql<Record<string, { status?: string }> | null>`rv.answers->'elements'`.as('elements')])
    .where(visibleReports(actor)).where('national_reports.status', '=', 'submitted').where('national_reports.current_revision', '>', 0)
    .where('national_reports.state_iso3', 'in', states)
    .orderBy('c.opens_on', 'desc').orderBy('c.id', 'desc').execute();
  const byState: Record<string, { reportId: number; cycle: { id: number; title: string; code: string }; statuses: Record<string, string> }> = {};
  for (const r of rows) {
    if (byState[r.state_iso3]) continue; // the newest comes first
    const els = (typeof r.elements === 'string' ? JSON.parse(r.elements) : r.elements ?? {}) as Record<string, { status?: string }>;
    byState[r.state_iso3] = { reportId: r.id, cycle: { id: r.cycle_id, title: r.cycle_title, code: r.cycle_code },
      statuses: Object.fromEntries(Object.entries(els).filter(([, a]) => a?.status).map(([id, a]) => [id, a.status!])) };
  }
  const cycles = [...new Map(Object.values(byState).map((x) => [x.cycle.id, x.cycle])).values()];
  return cycles.length ? { cycles, byState } : null;
}

/** Per stance question and State: how many of its visible statements took each stance. */
async function stancesOf(db: Db, actor: Actor, states: string[]) {
  const rows = await db.selectFrom('statement_stances as x').innerJoin('statements as s', 's.id', 'x.statement_id').innerJoin('source_documents as d', 'd.id', 's.document_id')
    .select(['x.question_id', 's.speaker_id', 'x.value', (eb) => eb.fn.count<string>('x.id').as('n')])
    .where('s.speaker_id', 'in', states).where((eb) => visibleDocument(actor, eb))
    .groupBy(['x.question_id', 's.speaker_id', 'x.value']).execute();
  return rows.map((r) => ({ question: r.question_id, state: r.speaker_id, value: r.value, n: Number(r.n) }));
}

/** Per element and State: the visible statements it spoke or delivered, tagged with the element (as its profile counts them). */
async function statementsByElement(db: Db, actor: Actor, states: string[]) {
  const per = await Promise.all(states.map(async (state) => (await subjectsOf(db, actor, state)).filter((r) => r.element_id).map((r) => ({ element: r.element_id!, state, n: Number(r.n) }))));
  return per.flat();
}
