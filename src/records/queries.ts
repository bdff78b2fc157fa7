import { sql, type ExpressionBuilder, type Expression, type SqlBool } from 'kysely';
import type { Actor } from '../accounts/actor.ts';
import { can, canSee, visibleRows, type Visibility } from '../accounts/policy.ts';
import type { Db } from '../db/engine.ts';

/**
 * Reads of the records capability. A statement is visible when its document is: published (or the
 * actor reviews records) and within its visibility — one rule, applied here to every list.
 */
export function visibleDocument<DB, TB extends keyof DB>(actor: Actor, eb: ExpressionBuilder<DB, TB>, alias = 'd'): Expression<SqlBool> {
  const vis = visibleRows(actor, eb, { visibility: `${alias}.visibility` });
  if (can(actor, 'records.review')) return vis;
  return eb.and([vis, sql<SqlBool>`${sql.ref(`${alias}.status`)} = 'published'`]);
}

export function canSeeDocument(actor: Actor, d: { visibility: string; status: string }): boolean {
  return canSee(actor, { visibility: d.visibility as Visibility }) && (d.status === 'published' || can(actor, 'records.review'));
}

/** A date column as 'YYYY-MM-DD' text: the drivers would hand back a Date, which pages cannot print as is. */
export const day = (column: string) => sql<string | null>`to_char(${sql.ref(column)}, 'YYYY-MM-DD')`;

/** Processes → sessions → meetings, with the number of visible statements per meeting. */
export async function meetingTree(db: Db, actor: Actor) {
  const processes = await db.selectFrom('processes').selectAll().orderBy('position').execute();
  const sessions = await db
    .selectFrom('meeting_sessions')
    .select(['id', 'process_id', 'number', 'title', day('starts_on').as('starts_on'), day('ends_on').as('ends_on')])
    .orderBy('number')
    .execute();
  const meetings = await db
    .selectFrom('meetings')
    .select(['id', 'session_id', 'number', 'title', 'agenda_pillar', 'agenda_text', day('held_on').as('held_on')])
    .orderBy('number')
    .execute();
  const counts = await db
    .selectFrom('statements as s')
    .innerJoin('source_documents as d', 'd.id', 's.document_id')
    .select(['s.meeting_id', (eb) => eb.fn.countAll<number>().as('n')])
    .where((eb) => visibleDocument(actor, eb))
    .where('s.meeting_id', 'is not', null)
    .groupBy('s.meeting_id')
    .execute();
  const n = new Map(counts.map((c) => [c.meeting_id!, Number(c.n)]));
  return processes.map((p) => ({
    ...p,
    sessions: sessions
      .filter((s) => s.process_id === p.id)
      .map((s) => ({
        ...s,
        meetings: meetings.filter((m) => m.session_id === s.id).map((m) => ({ ...m, statements: n.get(m.id) ?? 0 })),
      })),
  }));
}

export async function meetingById(db: Db, id: number) {
  return db
    .selectFrom('meetings as m')
    .innerJoin('meeting_sessions as s', 's.id', 'm.session_id')
    .innerJoin('processes as p', 'p.id', 's.process_id')
    .select([
      'm.id',
      'm.number',
      day('m.held_on').as('held_on'),
      'm.title',
      'm.agenda_pillar',
      'm.agenda_text',
      's.id as session_id',
      's.number as session_number',
      's.title as session_title',
      'p.title as process_title',
      'p.slug as process_slug',
    ])
    .where('m.id', '=', id)
    .executeTakeFirst();
}

/** Statements with their tags and stances, in order; by meeting or by document. */
export async function statementsOf(db: Db, actor: Actor, where: { meetingId?: number; documentId?: number }) {
  let q = db
    .selectFrom('statements as s')
    .innerJoin('source_documents as d', 'd.id', 's.document_id')
    .select([
      's.id',
      's.document_id',
      's.meeting_id',
      's.position',
      's.speaker_kind',
      's.speaker_id',
      's.delivered_by',
      's.speaker_source',
      's.speaker_cue',
      's.text',
      's.paragraphs',
      's.first_paragraph',
      's.last_paragraph',
      's.first_sentence',
      's.last_sentence',
      's.char_start',
      's.char_end',
      's.joint_with',
      's.speaker_name',
      's.speaker_affiliation',
      's.supports_proposal',
      's.took_floor_again',
      'd.status',
      'd.title as document_title',
      'd.language as document_language',
    ])
    .where((eb) => visibleDocument(actor, eb));
  if (where.meetingId != null) q = q.where('s.meeting_id', '=', where.meetingId);
  if (where.documentId != null) q = q.where('s.document_id', '=', where.documentId);
  const rows = await q.orderBy('s.document_id').orderBy('s.position').execute();
  const ids = rows.map((r) => r.id);
  const tags = ids.length ? await db.selectFrom('statement_tags').selectAll().where('statement_id', 'in', ids).execute() : [];
  const stances = ids.length ? await db.selectFrom('statement_stances').selectAll().where('statement_id', 'in', ids).execute() : [];
  const opened = new Set<string>();
  return rows.map((r) => {
    // The first statement starting in a paragraph answers to the paragraph's old anchor.
    const key = `${r.document_id}-${r.first_paragraph}`;
    const opens_paragraph = !opened.has(key);
    opened.add(key);
    return {
      ...r,
      opens_paragraph,
      tags: tags.filter((t) => t.statement_id === r.id),
      stances: stances.filter((s) => s.statement_id === r.id),
    };
  });
}
export type StatementRow = Awaited<ReturnType<typeof statementsOf>>[number];

export async function documentsOf(db: Db, actor: Actor, meetingId?: number) {
  let q = db
    .selectFrom('source_documents as d')
    .select(['d.id', 'd.title', 'd.kind', 'd.filename', 'd.status', 'd.visibility', 'd.un_symbol', 'd.meeting_id', 'd.created_at', 'd.sha256', 'd.byte_size'])
    .where((eb) => visibleDocument(actor, eb));
  if (meetingId != null) q = q.where('d.meeting_id', '=', meetingId);
  return q.orderBy('d.id', 'desc').limit(200).execute();
}

export async function documentById(db: Db, id: number) {
  return db
    .selectFrom('source_documents')
    .select([
      'id',
      'meeting_id',
      'kind',
      'title',
      'author',
      'filename',
      'media_type',
      'format',
      'sha256',
      'byte_size',
      'extracted_text',
      'language',
      'un_symbol',
      'origin_url',
      'warnings',
      'status',
      'visibility',
      'created_at',
      'published_at',
    ])
    .where('id', '=', id)
    .executeTakeFirst();
}

export async function correctionsOf(db: Db, documentId: number) {
  return db.selectFrom('record_corrections').selectAll().where('document_id', '=', documentId).orderBy('id', 'desc').execute();
}

/** Sentences of a document that name a speaker the reader could not resolve, in order. */
export async function unattributedOf(db: Db, documentId: number) {
  return db
    .selectFrom('unattributed_sentences')
    .select(['paragraph', 'sentence', 'char_start', 'char_end', 'cue'])
    .where('document_id', '=', documentId)
    .orderBy('char_start')
    .execute();
}

/**
 * A statement's element id on the meeting and review pages. Several statements may start in one
 * paragraph, so the id names the statement's place in its document; the first statement starting
 * in a paragraph also carries the paragraph's anchor (`s-{document}-{paragraph}`, see statementAnchor).
 */
export const statementId = (s: { document_id: number; first_paragraph: number; position: number }) => `s-${s.document_id}-${s.first_paragraph}-${s.position}`;

/** Where a statement is shown: its meeting page when it has one, else its document. */
export const statementHref = (s: { meeting_id: number | null; document_id: number; first_paragraph: number; position?: number }) =>
  s.meeting_id != null
    ? `/meetings/${s.meeting_id}#${s.position != null ? statementId({ ...s, position: s.position }) : `s-${s.document_id}-${s.first_paragraph}`}`
    : `/documents/${s.document_id}#p${s.first_paragraph}`;

/** `process`: a process's slug (migrations/0104_processes.sql); its sessions' meetings only. */
export interface PositionFilter {
  meetingId?: number;
  sessionId?: number;
  group?: string;
  process?: string;
}

/** For one stance question: every visible stance with its speaker, evidence and statement. */
export async function positions(db: Db, actor: Actor, questionId: string, f: PositionFilter = {}) {
  let q = db
    .selectFrom('statement_stances as x')
    .innerJoin('statements as s', 's.id', 'x.statement_id')
    .innerJoin('source_documents as d', 'd.id', 's.document_id')
    .leftJoin('meetings as m', 'm.id', 's.meeting_id')
    .leftJoin('states as st', 'st.iso3', 's.speaker_id')
    .select([
      'x.value',
      'x.evidence',
      'x.confidence',
      'x.source',
      's.id as statement_id',
      's.speaker_id',
      's.speaker_kind',
      's.delivered_by',
      's.speaker_name',
      's.speaker_affiliation',
      's.joint_with',
      's.position',
      's.document_id',
      's.meeting_id',
      's.first_paragraph',
      's.first_sentence',
      day('m.held_on').as('held_on'),
      'm.session_id',
      'st.regional_group',
    ])
    .where('x.question_id', '=', questionId)
    .where((eb) => visibleDocument(actor, eb));
  if (f.meetingId) q = q.where('s.meeting_id', '=', f.meetingId);
  if (f.sessionId) q = q.where('m.session_id', '=', f.sessionId);
  if (f.group) q = q.where('st.regional_group', '=', f.group);
  if (f.process)
    q = q.where('m.session_id', 'in', (eb) =>
      eb.selectFrom('meeting_sessions as ps').innerJoin('processes as pp', 'pp.id', 'ps.process_id').select('ps.id').where('pp.slug', '=', f.process!),
    );
  return q.orderBy('s.speaker_id').orderBy('s.id').execute();
}
export type PositionRow = Awaited<ReturnType<typeof positions>>[number];

/** Proposals across meetings, with who supported and who opposed them. */
export async function listProposals(db: Db, actor: Actor, f: { meetingId?: number; status?: string } = {}) {
  let q = db
    .selectFrom('proposals as p')
    .innerJoin('source_documents as d', 'd.id', 'p.document_id')
    .leftJoin('meetings as m', 'm.id', 'p.meeting_id')
    .select(['p.id', 'p.proposer', 'p.summary', 'p.status', 'p.paragraph', 'p.document_id', 'p.meeting_id', 'p.statement_id', day('m.held_on').as('held_on')])
    .where((eb) => visibleDocument(actor, eb));
  if (f.meetingId) q = q.where('p.meeting_id', '=', f.meetingId);
  if (f.status) q = q.where('p.status', '=', f.status as never);
  const rows = await q.orderBy('m.held_on').orderBy('p.id').execute();
  // The statement of support is in the proposal's own document, so it is as visible as the proposal.
  const people = rows.length
    ? await db
        .selectFrom('proposal_supporters as x')
        .leftJoin('statements as s', 's.id', 'x.statement_id')
        .select([
          'x.proposal_id',
          'x.participant',
          'x.position',
          'x.statement_id',
          's.document_id',
          's.meeting_id',
          's.first_paragraph',
          's.position as statement_position',
        ])
        .where(
          'x.proposal_id',
          'in',
          rows.map((r) => r.id),
        )
        .execute()
    : [];
  // Each supporter with the statement in which it gave its support, when the reading found one.
  const side = (id: number, position: 'supports' | 'opposes') => people.filter((x) => x.proposal_id === id && x.position === position);
  return rows.map((r) => ({
    ...r,
    supporters: side(r.id, 'supports').map((x) => x.participant),
    opponents: side(r.id, 'opposes').map((x) => x.participant),
    support: side(r.id, 'supports').map((x) => ({
      participant: x.participant,
      statement_id: x.statement_id,
      href:
        x.statement_id != null && x.document_id != null
          ? statementHref({ meeting_id: x.meeting_id, document_id: x.document_id, first_paragraph: x.first_paragraph!, position: x.statement_position! })
          : null,
    })),
  }));
}

/** A State's statements grouped by pillar and element, for its profile. */
export async function subjectsOf(db: Db, actor: Actor, iso3: string) {
  return db
    .selectFrom('statement_tags as g')
    .innerJoin('statements as s', 's.id', 'g.statement_id')
    .innerJoin('source_documents as d', 'd.id', 's.document_id')
    .select(['g.pillar_id', 'g.element_id', (eb) => eb.fn.count<number>('s.id').distinct().as('n')])
    .where((eb) => eb.or([eb('s.speaker_id', '=', iso3), eb('s.delivered_by', '=', iso3)]))
    .where((eb) => visibleDocument(actor, eb))
    .groupBy(['g.pillar_id', 'g.element_id'])
    .orderBy('n', 'desc')
    .execute();
}

/** Who spoke on an element, with how many statements each. */
/**
 * Who spoke on an element tagged under one framework version: a statement's version is its
 * meeting's process's (migrations/0007), the current version outside any process. One row per
 * speaker and process, so an element page can label each with the process it was made under.
 */
export async function speakersOnUnder(db: Db, actor: Actor, elementId: string, version: string) {
  return db
    .selectFrom('statement_tags as g')
    .innerJoin('statements as s', 's.id', 'g.statement_id')
    .innerJoin('source_documents as d', 'd.id', 's.document_id')
    .leftJoin('meetings as m', 'm.id', 's.meeting_id')
    .leftJoin('meeting_sessions as ms', 'ms.id', 'm.session_id')
    .leftJoin('processes as p', 'p.id', 'ms.process_id')
    .leftJoin('process_frameworks as pf', 'pf.process_slug', 'p.slug')
    .select(['s.speaker_id', 'p.slug as process_slug', 'p.title as process_title', (eb) => eb.fn.count<number>('s.id').distinct().as('n')])
    .where('g.element_id', '=', elementId)
    .where((eb) => visibleDocument(actor, eb))
    .where(sql<SqlBool>`coalesce(pf.framework_version, (select id from framework_versions where is_current)) = ${version}`)
    .groupBy(['s.speaker_id', 'p.slug', 'p.title', 'p.position'])
    .orderBy('p.position')
    .orderBy('n', 'desc')
    .orderBy('s.speaker_id')
    .execute();
}

export async function speakersOn(db: Db, actor: Actor, elementId: string) {
  return db
    .selectFrom('statement_tags as g')
    .innerJoin('statements as s', 's.id', 'g.statement_id')
    .innerJoin('source_documents as d', 'd.id', 's.document_id')
    .select(['s.speaker_id', (eb) => eb.fn.count<number>('s.id').distinct().as('n')])
    .where('g.element_id', '=', elementId)
    .where((eb) => visibleDocument(actor, eb))
    .groupBy('s.speaker_id')
    .orderBy('n', 'desc')
    .orderBy('s.speaker_id')
    .execute();
}
