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

/** The newest cycle with a report of one of the States the reader may see, and each State's status per element in it. */
async function latestStatuses(db: Db, actor: Actor, states: string[]) {
  const newest = await db.selectFrom('national_reports').innerJoin('reporting_cycles as c', 'c.id', 'national_reports.cycle_id')
    .select(['c.id', 'c.title', 'c.code']).where(visibleReports(actor)).where('national_reports.status', '=', 'submitted')
    .where('national_reports.current_revision', '>', 0).where('national_reports.state_iso3', 'in', states)
    .orderBy('c.opens_on', 'desc').orderBy('c.id', 'desc').executeTakeFirst();
  if (!newest) return null;
  const rows = await db.selectFrom('national_reports').innerJoin('national_report_revisions as rv', (j) => j.onRef('rv.report_id', '=', 'national_reports.id').onRef('rv.revision', '=', 'national_reports.current_revision'))
    .select(['national_reports.id', 'national_reports.state_iso3', sql<Record<string, { status?: string }> | null>`rv.answers->'elements'`.as('elements')])
    .where(visibleReports(actor)).where('national_reports.status', '=', 'submitted').where('national_reports.cycle_id', '=', newest.id)
    .where('national_reports.state_iso3', 'in', states).execute();
  const byState: Record<string, { reportId: number; statuses: Record<string, string> }> = {};
  for (const r of rows) {
    const els = (typeof r.elements === 'string' ? JSON.parse(r.elements) : r.elements ?? {}) as Record<string, { status?: string }>;
    byState[r.state_iso3] = { reportId: r.id, statuses: Object.fromEntries(Object.entries(els).filter(([, a]) => a?.status).map(([id, a]) => [id, a.status!])) };
  }
  return { cycle: newest, byState };
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
