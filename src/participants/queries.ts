import { sql } from 'kysely';
import type { Actor } from '../accounts/actor.ts';
import type { Db } from '../db/engine.ts';
import { subjectsOf, visibleDocument } from '../records/queries.ts';
import { listReports, visibleReports } from '../reporting/queries.ts';
import { statesNamedLike } from './names.ts';

export interface StateFilter {
  group?: string;
  organisation?: string;
  q?: string;
}

/** States with their group and memberships, filtered by regional group, organisation or name. */
export async function listStates(db: Db, f: StateFilter = {}) {
  let q = db
    .selectFrom('states')
    .leftJoin('regional_groups', 'regional_groups.id', 'states.regional_group')
    .select([
      'states.iso3',
      'states.m49',
      'states.official_name',
      'states.names',
      'states.regional_group',
      'states.also_caucuses',
      'states.observer',
      'states.observer_in_group',
      'regional_groups.name as group_name',
    ])
    .select((eb) =>
      eb
        .selectFrom('state_memberships')
        .select((e2) => e2.fn.agg<string[]>('array_agg', ['organisation_id']).as('o'))
        .whereRef('state_memberships.state_iso3', '=', 'states.iso3')
        .as('organisations'),
    )
    .orderBy('states.official_name');
  if (f.group) q = q.where((eb) => eb.or([eb('states.regional_group', '=', f.group!), eb(eb.val(f.group!), '=', eb.fn.any('states.also_caucuses'))]));
  if (f.organisation)
    q = q.where('states.iso3', 'in', (eb) => eb.selectFrom('state_memberships').select('state_iso3').where('organisation_id', '=', f.organisation!));
  if (f.q) {
    const like = `%${f.q.replace(/[%_\\]/g, '')}%`;
    const translated = statesNamedLike(f.q);
    q = q.where((eb) =>
      eb.or([
        eb('states.official_name', 'ilike', like),
        eb('states.iso3', '=', f.q!.toUpperCase()),
        eb(eb.fn('array_to_string', ['states.names', eb.val(' ')]), 'ilike', like),
        ...(translated.length ? [eb('states.iso3', 'in', translated)] : []),
      ]),
    );
  }
  const rows = await q.execute();
  return rows.map((r) => ({ ...r, organisations: r.organisations ?? [] }));
}

export async function stateProfile(db: Db, iso3: string) {
  const state = await db
    .selectFrom('states')
    .leftJoin('regional_groups', 'regional_groups.id', 'states.regional_group')
    .selectAll('states')
    .select('regional_groups.name as group_name')
    .where('states.iso3', '=', iso3.toUpperCase())
    .executeTakeFirst();
  if (!state) return null;
  const organisations = await db
    .selectFrom('state_memberships')
    .innerJoin('organisations', 'organisations.id', 'state_memberships.organisation_id')
    .select(['organisations.id', 'organisations.name'])
    .where('state_iso3', '=', state.iso3)
    .orderBy('organisations.name')
    .execute();
  return { ...state, organisations };
}

export const listRegionalGroups = (db: Db) => db.selectFrom('regional_groups').selectAll().orderBy('name').execute();
export const listOrganisations = (db: Db, kind?: 'regional-organisation' | 'speaking-group' | 'un-entity') => {
  let q = db.selectFrom('organisations').selectAll().orderBy('name');
  if (kind) q = q.where('kind', '=', kind);
  return q.execute();
};

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
  const rows = await db
    .selectFrom('national_reports')
    .innerJoin('reporting_cycles as c', 'c.id', 'national_reports.cycle_id')
    .innerJoin('national_report_revisions as rv', (j) =>
      j.onRef('rv.report_id', '=', 'national_reports.id').onRef('rv.revision', '=', 'national_reports.current_revision'),
    )
    .select([
      'national_reports.id',
      'national_reports.state_iso3',
      'c.id as cycle_id',
      'c.title as cycle_title',
      'c.code as cycle_code',
      sql<Record<string, { status?: string }> | null>`rv.answers->'elements'`.as('elements'),
    ])
    .where(visibleReports(actor))
    .where('national_reports.status', '=', 'submitted')
    .where('national_reports.current_revision', '>', 0)
    .where('national_reports.state_iso3', 'in', states)
    .orderBy('c.opens_on', 'desc')
    .orderBy('c.id', 'desc')
    .execute();
  const byState: Record<string, { reportId: number; cycle: { id: number; title: string; code: string }; statuses: Record<string, string> }> = {};
  for (const r of rows) {
    if (byState[r.state_iso3]) continue; // the newest comes first
    const els = (typeof r.elements === 'string' ? JSON.parse(r.elements) : (r.elements ?? {})) as Record<string, { status?: string }>;
    byState[r.state_iso3] = {
      reportId: r.id,
      cycle: { id: r.cycle_id, title: r.cycle_title, code: r.cycle_code },
      statuses: Object.fromEntries(
        Object.entries(els)
          .filter(([, a]) => a?.status)
          .map(([id, a]) => [id, a.status!]),
      ),
    };
  }
  const cycles = [...new Map(Object.values(byState).map((x) => [x.cycle.id, x.cycle])).values()];
  return cycles.length ? { cycles, byState } : null;
}

/** Per stance question and State: how many of its visible statements took each stance. */
async function stancesOf(db: Db, actor: Actor, states: string[]) {
  const rows = await db
    .selectFrom('statement_stances as x')
    .innerJoin('statements as s', 's.id', 'x.statement_id')
    .innerJoin('source_documents as d', 'd.id', 's.document_id')
    .select(['x.question_id', 's.speaker_id', 'x.value', (eb) => eb.fn.count<string>('x.id').as('n')])
    .where('s.speaker_id', 'in', states)
    .where((eb) => visibleDocument(actor, eb))
    .groupBy(['x.question_id', 's.speaker_id', 'x.value'])
    .execute();
  return rows.map((r) => ({ question: r.question_id, state: r.speaker_id, value: r.value, n: Number(r.n) }));
}

/** Per element and State: the visible statements it spoke or delivered, tagged with the element (as its profile counts them). */
async function statementsByElement(db: Db, actor: Actor, states: string[]) {
  const per = await Promise.all(
    states.map(async (state) =>
      (await subjectsOf(db, actor, state)).filter((r) => r.element_id).map((r) => ({ element: r.element_id!, state, n: Number(r.n) })),
    ),
  );
  return per.flat();
}
