import { sql } from 'kysely';
import type { Actor } from '../accounts/actor.ts';
import type { Db } from '../db/engine.ts';
import { day, visibleDocument } from '../records/queries.ts';

/**
 * Reads of the processes capability. Processes, their bodies, cycles, sessions and agenda items are
 * public reference data (the meetings of a UN process are public); what is said in them keeps the
 * visibility of its document, so counts of statements go through the records rule.
 */

/** Every process with its span (earliest to latest date of its cycles and sessions), framework version and counts. */
export async function listProcesses(db: Db) {
  const rows = await db
    .selectFrom('processes as p')
    .leftJoin('process_frameworks as pf', 'pf.process_slug', 'p.slug')
    .leftJoin('framework_versions as fv', 'fv.id', 'pf.framework_version')
    .select(['p.id', 'p.slug', 'p.title', 'p.position', 'pf.framework_version', 'fv.title as framework_title', 'fv.translations as framework_translations'])
    .select((eb) => [
      eb
        .selectFrom('process_bodies as b')
        .select((e) => e.fn.countAll<number>().as('n'))
        .whereRef('b.process_id', '=', 'p.id')
        .as('bodies'),
      eb
        .selectFrom('process_cycles as c')
        .select((e) => e.fn.countAll<number>().as('n'))
        .whereRef('c.process_id', '=', 'p.id')
        .as('cycles'),
      eb
        .selectFrom('meeting_sessions as s')
        .select((e) => e.fn.countAll<number>().as('n'))
        .whereRef('s.process_id', '=', 'p.id')
        .as('sessions'),
      eb
        .selectFrom('meetings as m')
        .innerJoin('meeting_sessions as s', 's.id', 'm.session_id')
        .select((e) => e.fn.countAll<number>().as('n'))
        .whereRef('s.process_id', '=', 'p.id')
        .as('meetings'),
      sql<
        string | null
      >`(select to_char(min(d), 'YYYY-MM-DD') from (select starts_on as d from meeting_sessions where process_id = p.id union all select starts_on from process_cycles where process_id = p.id) x)`.as(
        'starts_on',
      ),
      sql<
        string | null
      >`(select to_char(max(d), 'YYYY-MM-DD') from (select ends_on as d from meeting_sessions where process_id = p.id union all select ends_on from process_cycles where process_id = p.id) x)`.as(
        'ends_on',
      ),
    ])
    .orderBy('p.position')
    .orderBy('p.id')
    .execute();
  return rows.map((r) => ({
    ...r,
    bodies: Number(r.bodies ?? 0),
    cycles: Number(r.cycles ?? 0),
    sessions: Number(r.sessions ?? 0),
    meetings: Number(r.meetings ?? 0),
  }));
}
export type ProcessRow = Awaited<ReturnType<typeof listProcesses>>[number];

export async function processBySlug(db: Db, slug: string) {
  return (await listProcesses(db)).find((p) => p.slug === slug);
}

export async function bodiesOf(db: Db, processId: number) {
  return db.selectFrom('process_bodies').selectAll().where('process_id', '=', processId).orderBy('position').orderBy('id').execute();
}

export async function cyclesOf(db: Db, processId: number) {
  return db
    .selectFrom('process_cycles')
    .select(['id', 'process_id', 'slug', 'title', day('starts_on').as('starts_on'), day('ends_on').as('ends_on'), 'outcome'])
    .where('process_id', '=', processId)
    .orderBy('starts_on')
    .orderBy('id')
    .execute();
}

/** The sessions of a process with their agenda items and meetings (and each meeting's visible statements). */
export async function sessionsOf(db: Db, actor: Actor, processId: number) {
  const sessions = await db
    .selectFrom('meeting_sessions')
    .select(['id', 'process_id', 'number', 'title', 'body_id', 'meeting_type', 'cycle_id', day('starts_on').as('starts_on'), day('ends_on').as('ends_on')])
    .where('process_id', '=', processId)
    .orderBy('starts_on')
    .orderBy('number')
    .execute();
  const ids = sessions.map((s) => s.id);
  const [items, meetings, counts] = ids.length
    ? await Promise.all([
        db.selectFrom('agenda_items').selectAll().where('session_id', 'in', ids).orderBy('position').orderBy('id').execute(),
        db
          .selectFrom('meetings')
          .select(['id', 'session_id', 'number', 'title', day('held_on').as('held_on')])
          .where('session_id', 'in', ids)
          .orderBy('number')
          .execute(),
        db
          .selectFrom('statements as s')
          .innerJoin('source_documents as d', 'd.id', 's.document_id')
          .innerJoin('meetings as m', 'm.id', 's.meeting_id')
          .select(['s.meeting_id', (eb) => eb.fn.countAll<number>().as('n')])
          .where('m.session_id', 'in', ids)
          .where((eb) => visibleDocument(actor, eb))
          .groupBy('s.meeting_id')
          .execute(),
      ])
    : [[], [], []];
  const n = new Map(counts.map((c) => [c.meeting_id!, Number(c.n)]));
  return sessions.map((s) => ({
    ...s,
    agenda: items.filter((i) => i.session_id === s.id),
    meetings: meetings.filter((m) => m.session_id === s.id).map((m) => ({ ...m, statements: n.get(m.id) ?? 0 })),
  }));
}
export type SessionRow = Awaited<ReturnType<typeof sessionsOf>>[number];

/** A process with everything its page and its API show. */
export async function processDetail(db: Db, actor: Actor, slug: string) {
  const p = await processBySlug(db, slug);
  if (!p) return undefined;
  const [bodies, cycles, sessions] = await Promise.all([bodiesOf(db, p.id), cyclesOf(db, p.id), sessionsOf(db, actor, p.id)]);
  return { ...p, bodyList: bodies, cycleList: cycles, sessionList: sessions };
}
export type ProcessDetail = NonNullable<Awaited<ReturnType<typeof processDetail>>>;

/** The processes as choices for a filter: slug and title. */
export async function processChoices(db: Db) {
  return db.selectFrom('processes').select(['id', 'slug', 'title']).orderBy('position').orderBy('id').execute();
}

/**
 * The States that took the floor in a process: a visible statement by the State (or delivered by it
 * for a group) in a meeting of one of the process's sessions. For the States list's process filter.
 */
export async function statesInProcess(db: Db, actor: Actor, slug: string): Promise<Set<string>> {
  const rows = await db
    .selectFrom('statements as s')
    .innerJoin('source_documents as d', 'd.id', 's.document_id')
    .innerJoin('meetings as m', 'm.id', 's.meeting_id')
    .innerJoin('meeting_sessions as ms', 'ms.id', 'm.session_id')
    .innerJoin('processes as p', 'p.id', 'ms.process_id')
    .select(['s.speaker_kind', 's.speaker_id', 's.delivered_by'])
    .where('p.slug', '=', slug)
    .where((eb) => visibleDocument(actor, eb))
    .distinct()
    .execute();
  const out = new Set<string>();
  for (const r of rows) {
    if (r.speaker_kind === 'state' && r.speaker_id) out.add(r.speaker_id);
    if (r.delivered_by) out.add(r.delivered_by);
  }
  return out;
}
