import { sql } from 'kysely';
import type { Db } from '../db/engine.ts';
import { STANCE_VALUES, type PillarId, type ReaderFramework, type StanceLexicon } from './catalogue/types.ts';

export async function currentVersion(db: Db) {
  return db.selectFrom('framework_versions').selectAll().where('is_current', '=', true).executeTakeFirstOrThrow();
}

async function loadOverview(db: Db) {
  const version = await currentVersion(db);
  const [pillars, elements, questions] = await Promise.all([
    db
      .selectFrom('pillars')
      .select(['id', 'title', 'description', 'source_symbol', 'source_paragraph', 'translations'])
      .where('framework_version', '=', version.id)
      .orderBy('position')
      .execute(),
    db.selectFrom('elements').select(['id', 'pillar_id', 'title', 'translations']).where('framework_version', '=', version.id).orderBy('position').execute(),
    db.selectFrom('stance_questions').select(['id', 'question', 'pillar_id', 'element_id', 'translations']).orderBy('position').orderBy('id').execute(),
  ]);
  return {
    version,
    pillars: pillars.map((p) => ({ ...p, elements: elements.filter((e) => e.pillar_id === p.id) })),
    questions,
  };
}

/**
 * The framework is reference data read on nearly every page and changed only by our own commands
 * (a new version, a new stance question), so it is cached in the process and dropped on each such
 * write. The short time limit covers an operator who runs a second process against PostgreSQL.
 */
const TTL_MS = 60_000;
let cached: { at: number; db: Db; value: Promise<Awaited<ReturnType<typeof loadOverview>>> } | null = null;

/** The current framework: pillars in order, each with its elements in order, and the stance questions. */
export function frameworkOverview(db: Db) {
  if (!cached || cached.db !== db || Date.now() - cached.at > TTL_MS) {
    const value = loadOverview(db);
    cached = { at: Date.now(), db, value };
    value.catch(() => {
      cached = null;
    });
  }
  return cached.value;
}

/** Call after any write to the framework tables. */
export function invalidateFramework() {
  cached = null;
  readers.clear();
}

/**
 * The framework the meeting-record reader works with: the current version's pillars and elements
 * with their lexicons, and every stance question with its lexicon, those added at run time
 * included. Each call asks the database for a fingerprint of exactly that content (one small
 * query) and hands back the same object while the fingerprint is unchanged, so the classifier and
 * stance reader compiled for it (memoised per object) are reused. A change made by this process,
 * another process or inside the caller's own transaction changes the fingerprint and is read at
 * once; content under one fingerprint is always the same, so several databases share entries.
 * `versionId` is the version of the document's process (`versionOfMeeting`); without it, the current one.
 */
export async function readerFramework(db: Db, versionId?: string | null): Promise<ReaderFramework> {
  const key = await fingerprint(db, versionId ?? null);
  let value = readers.get(key);
  if (!value) {
    value = loadReaderFramework(db, key.slice(0, key.indexOf(':')));
    readers.set(key, value);
    value.catch(() => readers.delete(key));
    // A handful of versions at most are in use at once (tests run many databases).
    while (readers.size > MAX_READERS) readers.delete(readers.keys().next().value!);
  }
  return value;
}

const MAX_READERS = 8;
const readers = new Map<string, Promise<ReaderFramework>>();

async function fingerprint(db: Db, versionId: string | null): Promise<string> {
  const row = await sql<{ version: string; content: string }>`
    select v.id as version, md5(
      coalesce((select string_agg(p.id || ':' || p.title || ':' || p.lexicon::text, ';' order by p.position, p.id) from pillars p where p.framework_version = v.id), '') || '|' ||
      coalesce((select string_agg(e.id || ':' || e.pillar_id || ':' || e.lexicon::text, ';' order by e.position, e.id) from elements e where e.framework_version = v.id), '') || '|' ||
      coalesce((select string_agg(q.id || ':' || q.pillar_id || ':' || q.lexicon::text, ';' order by q.position, q.id) from stance_questions q), '')
    ) as content
    from framework_versions v where ${versionId === null ? sql`v.is_current` : sql`v.id = ${versionId}`}`.execute(db);
  const r = row.rows[0];
  if (!r) throw new Error(versionId === null ? 'No current framework version: the database is not seeded.' : `No framework version ${versionId}.`);
  return `${r.version}:${r.content}`;
}

async function loadReaderFramework(db: Db, versionId: string): Promise<ReaderFramework> {
  const [pillars, elements, questions] = await Promise.all([
    db.selectFrom('pillars').select(['id', 'title', 'lexicon']).where('framework_version', '=', versionId).orderBy('position').orderBy('id').execute(),
    db.selectFrom('elements').select(['id', 'pillar_id', 'lexicon']).where('framework_version', '=', versionId).orderBy('position').orderBy('id').execute(),
    db.selectFrom('stance_questions').select(['id', 'pillar_id', 'lexicon']).orderBy('position').orderBy('id').execute(),
  ]);
  return {
    id: versionId,
    pillars: pillars.map((p) => ({ id: p.id as PillarId, title: p.title, lexicon: p.lexicon })),
    elements: elements.map((e) => ({ id: e.id, pillar: e.pillar_id as PillarId, lexicon: e.lexicon })),
    questions: questions.map((q) => ({ id: q.id, pillar: q.pillar_id as PillarId, lexicon: stanceLexicon(q.lexicon) })),
  };
}

/** A stored lexicon as the reader wants it: every value present, lower-cased phrases only. */
function stanceLexicon(stored: unknown): StanceLexicon {
  const raw = (typeof stored === 'string' ? JSON.parse(stored) : (stored ?? {})) as Record<string, unknown>;
  const list = (k: string) =>
    Array.isArray(raw[k])
      ? (raw[k] as unknown[])
          .filter((t): t is string => typeof t === 'string')
          .map((t) => t.trim().toLowerCase())
          .filter(Boolean)
      : [];
  const out = { topic: list('topic') } as StanceLexicon;
  for (const v of STANCE_VALUES) out[v] = list(v);
  return out;
}

export async function elementById(db: Db, id: string, versionId?: string) {
  const version = versionId ?? (await currentVersion(db)).id;
  return db
    .selectFrom('elements')
    .innerJoin('pillars', (j) => j.onRef('pillars.id', '=', 'elements.pillar_id').onRef('pillars.framework_version', '=', 'elements.framework_version'))
    .selectAll('elements')
    .select(['pillars.title as pillar_title', 'pillars.translations as pillar_translations'])
    .where('elements.framework_version', '=', version)
    .where('elements.id', '=', id)
    .executeTakeFirst();
}

export async function listStanceQuestions(db: Db) {
  return (await frameworkOverview(db)).questions;
}

// ── Versions, processes and the mapping between versions ─────────────────────────────────────

export type Relation = 'same' | 'part-of' | 'split';
export const RELATIONS: readonly Relation[] = ['same', 'part-of', 'split'];

/** Every framework version, oldest first, with the processes that read under it. */
export async function listVersions(db: Db) {
  const [versions, processes, counts] = await Promise.all([
    db.selectFrom('framework_versions').selectAll().orderBy('created_at').orderBy('id').execute(),
    db
      .selectFrom('process_frameworks as pf')
      .leftJoin('processes as p', 'p.slug', 'pf.process_slug')
      .select(['pf.process_slug as slug', 'pf.framework_version', 'p.title'])
      .orderBy('p.position')
      .execute(),
    db
      .selectFrom('elements')
      .select(['framework_version', sql<number>`count(*)`.as('n')])
      .groupBy('framework_version')
      .execute(),
  ]);
  return versions.map((v) => ({
    ...v,
    elements: Number(counts.find((c) => c.framework_version === v.id)?.n ?? 0),
    processes: processes.filter((p) => p.framework_version === v.id).map((p) => ({ slug: p.slug, title: p.title ?? p.slug })),
  }));
}

export async function versionById(db: Db, id: string) {
  return db.selectFrom('framework_versions').selectAll().where('id', '=', id).executeTakeFirst();
}

/** A version's pillars in order, each with its elements in order. */
export async function versionContent(db: Db, versionId: string) {
  const [pillars, elements] = await Promise.all([
    db
      .selectFrom('pillars')
      .select(['id', 'title', 'description', 'source_symbol', 'source_paragraph', 'lexicon', 'translations'])
      .where('framework_version', '=', versionId)
      .orderBy('position')
      .execute(),
    db
      .selectFrom('elements')
      .select(['id', 'pillar_id', 'title', 'description', 'source_symbol', 'source_paragraph', 'lexicon', 'translations'])
      .where('framework_version', '=', versionId)
      .orderBy('position')
      .execute(),
  ]);
  return pillars.map((p) => ({ ...p, elements: elements.filter((e) => e.pillar_id === p.id) }));
}

/** The framework version a process reads and tags under (the current one when the process has none set). */
export async function versionOfProcess(db: Db, slug: string): Promise<string> {
  const row = await db.selectFrom('process_frameworks').select('framework_version').where('process_slug', '=', slug).executeTakeFirst();
  return row?.framework_version ?? (await currentVersion(db)).id;
}

/** The framework version of a meeting's process; a document outside any meeting reads under the current one. */
export async function versionOfMeeting(db: Db, meetingId: number | null | undefined): Promise<string> {
  if (meetingId != null) {
    const row = await db
      .selectFrom('meetings as m')
      .innerJoin('meeting_sessions as s', 's.id', 'm.session_id')
      .innerJoin('processes as p', 'p.id', 's.process_id')
      .innerJoin('process_frameworks as pf', 'pf.process_slug', 'p.slug')
      .select('pf.framework_version')
      .where('m.id', '=', meetingId)
      .executeTakeFirst();
    if (row) return row.framework_version;
  }
  return (await currentVersion(db)).id;
}

export interface MappedElement {
  version: string;
  versionTitle: string;
  versionTranslations: unknown;
  element: string;
  title: string;
  translations: unknown;
  relation: Relation;
  note: string;
  /** 'successor': this element maps to it; 'predecessor': it maps to this element. */
  direction: 'successor' | 'predecessor';
}

/** The elements of other versions this element maps to or from, one step either way. */
export async function mappedElements(db: Db, versionId: string, elementId: string): Promise<MappedElement[]> {
  const base = () => db.selectFrom('element_mappings as m');
  const [out, inn] = await Promise.all([
    base()
      .innerJoin('elements as e', (j) => j.onRef('e.framework_version', '=', 'm.to_version').onRef('e.id', '=', 'm.to_element'))
      .innerJoin('framework_versions as v', 'v.id', 'm.to_version')
      .select([
        'm.to_version as version',
        'v.title as versionTitle',
        'v.translations as versionTranslations',
        'm.to_element as element',
        'e.title',
        'e.translations',
        'm.relation',
        'm.note',
      ])
      .where('m.from_version', '=', versionId)
      .where('m.from_element', '=', elementId)
      .orderBy('m.id')
      .execute(),
    base()
      .innerJoin('elements as e', (j) => j.onRef('e.framework_version', '=', 'm.from_version').onRef('e.id', '=', 'm.from_element'))
      .innerJoin('framework_versions as v', 'v.id', 'm.from_version')
      .select([
        'm.from_version as version',
        'v.title as versionTitle',
        'v.translations as versionTranslations',
        'm.from_element as element',
        'e.title',
        'e.translations',
        'm.relation',
        'm.note',
      ])
      .where('m.to_version', '=', versionId)
      .where('m.to_element', '=', elementId)
      .orderBy('m.id')
      .execute(),
  ]);
  return [...out.map((r) => ({ ...r, direction: 'successor' as const })), ...inn.map((r) => ({ ...r, direction: 'predecessor' as const }))];
}

/** Every mapping row that leaves or reaches a version. */
export async function mappingsOfVersion(db: Db, versionId: string) {
  return db
    .selectFrom('element_mappings')
    .selectAll()
    .where((eb) => eb.or([eb('from_version', '=', versionId), eb('to_version', '=', versionId)]))
    .orderBy('from_version')
    .orderBy('id')
    .execute();
}

/**
 * Element ids of `fromVersion` translated into `toVersion` where the mapping is one to one
 * ('same', or a single 'part-of' source): the only pairs whose statuses can be compared as they are.
 * Used where an element is compared across a change of version (analysis progress).
 */
export async function comparableElements(db: Db, fromVersion: string, toVersion: string): Promise<Map<string, string>> {
  if (fromVersion === toVersion) return new Map();
  const rows = await db
    .selectFrom('element_mappings')
    .select(['from_element', 'to_element', 'relation'])
    .where('from_version', '=', fromVersion)
    .where('to_version', '=', toVersion)
    .execute();
  const sources = new Map<string, number>();
  for (const r of rows) sources.set(r.to_element, (sources.get(r.to_element) ?? 0) + 1);
  const out = new Map<string, string>();
  for (const r of rows) if (r.relation !== 'split' && sources.get(r.to_element) === 1) out.set(r.from_element, r.to_element);
  return out;
}

/**
 * What refers to a version: statements tagged under it (through their process, or outside any
 * process when it is the current version), national reports in its cycles (and so their capacity
 * needs), capacity offers, stakeholder contributions, registry mechanisms and drafts of its
 * processes. A version with any of these is in use, and its pillars and elements are then fixed.
 */
export async function versionUsage(db: Db, versionId: string) {
  const r = await sql<{ statements: number; reports: number; offers: number; contributions: number; mechanisms: number; drafts: number }>`
    select
      (select count(*) from statement_tags t join statements s on s.id = t.statement_id
         left join meetings m on m.id = s.meeting_id left join meeting_sessions ms on ms.id = m.session_id
         left join processes p on p.id = ms.process_id left join process_frameworks pf on pf.process_slug = p.slug
       where coalesce(pf.framework_version, (select id from framework_versions where is_current)) = ${versionId})::int as statements,
      (select count(*) from national_reports r join reporting_cycles c on c.id = r.cycle_id where c.framework_version = ${versionId})::int as reports,
      (select count(*) from capacity_offers where framework_version = ${versionId})::int as offers,
      (select count(*) from stakeholder_contributions where framework_version = ${versionId})::int as contributions,
      (select count(*) from mechanism_revisions where framework_version = ${versionId})::int as mechanisms,
      (select count(*) from drafts d left join process_frameworks pf on pf.process_slug = d.process
       where coalesce(pf.framework_version, (select id from framework_versions where is_current)) = ${versionId})::int as drafts
  `.execute(db);
  const u = r.rows[0]!;
  const counts = {
    statements: Number(u.statements),
    reports: Number(u.reports),
    offers: Number(u.offers),
    contributions: Number(u.contributions),
    mechanisms: Number(u.mechanisms),
    drafts: Number(u.drafts),
  };
  return { ...counts, inUse: Object.values(counts).some((n) => n > 0) };
}
