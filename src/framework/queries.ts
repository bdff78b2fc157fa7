import { sql } from 'kysely';
import type { Db } from '../db/engine.ts';
import { STANCE_VALUES, type PillarId, type ReaderFramework, type StanceLexicon } from './catalogue/types.ts';

export async function currentVersion(db: Db) {
  return db.selectFrom('framework_versions').selectAll().where('is_current', '=', true).executeTakeFirstOrThrow();
}

async function loadOverview(db: Db) {
  const version = await currentVersion(db);
  const [pillars, elements, questions] = await Promise.all([
    db.selectFrom('pillars').select(['id', 'title', 'description', 'source_symbol', 'source_paragraph', 'translations']).where('framework_version', '=', version.id).orderBy('position').execute(),
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
    value.catch(() => { cached = null; });
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
 */
export async function readerFramework(db: Db): Promise<ReaderFramework> {
  const key = await fingerprint(db);
  let value = readers.get(key);
  if (!value) {
    value = loadReaderFramework(db);
    readers.set(key, value);
    value.catch(() => readers.delete(key));
    // A handful of versions at most are in use at once (tests run many databases).
    while (readers.size > MAX_READERS) readers.delete(readers.keys().next().value!);
  }
  return value;
}

const MAX_READERS = 8;
const readers = new Map<string, Promise<ReaderFramework>>();

async function fingerprint(db: Db): Promise<string> {
  const row = await sql<{ version: string; content: string }>`
    select v.id as version, md5(
      coalesce((select string_agg(p.id || ':' || p.title || ':' || p.lexicon::text, ';' order by p.position, p.id) from pillars p where p.framework_version = v.id), '') || '|' ||
      coalesce((select string_agg(e.id || ':' || e.pillar_id || ':' || e.lexicon::text, ';' order by e.position, e.id) from elements e where e.framework_version = v.id), '') || '|' ||
      coalesce((select string_agg(q.id || ':' || q.pillar_id || ':' || q.lexicon::text, ';' order by q.position, q.id) from stance_questions q), '')
    ) as content
    from framework_versions v where v.is_current`.execute(db);
  const r = row.rows[0];
  if (!r) throw new Error('No current framework version: the database is not seeded.');
  return `${r.version}:${r.content}`;
}

async function loadReaderFramework(db: Db): Promise<ReaderFramework> {
  const version = await currentVersion(db);
  const [pillars, elements, questions] = await Promise.all([
    db.selectFrom('pillars').select(['id', 'title', 'lexicon']).where('framework_version', '=', version.id).orderBy('position').orderBy('id').execute(),
    db.selectFrom('elements').select(['id', 'pillar_id', 'lexicon']).where('framework_version', '=', version.id).orderBy('position').orderBy('id').execute(),
    db.selectFrom('stance_questions').select(['id', 'pillar_id', 'lexicon']).orderBy('position').orderBy('id').execute(),
  ]);
  return {
    id: version.id,
    pillars: pillars.map((p) => ({ id: p.id as PillarId, title: p.title, lexicon: p.lexicon })),
    elements: elements.map((e) => ({ id: e.id, pillar: e.pillar_id as PillarId, lexicon: e.lexicon })),
    questions: questions.map((q) => ({ id: q.id, pillar: q.pillar_id as PillarId, lexicon: stanceLexicon(q.lexicon) })),
  };
}

/** A stored lexicon as the reader wants it: every value present, lower-cased phrases only. */
function stanceLexicon(stored: unknown): StanceLexicon {
  const raw = (typeof stored === 'string' ? JSON.parse(stored) : stored ?? {}) as Record<string, unknown>;
  const list = (k: string) => (Array.isArray(raw[k]) ? (raw[k] as unknown[]).filter((t): t is string => typeof t === 'string').map((t) => t.trim().toLowerCase()).filter(Boolean) : []);
  const out = { topic: list('topic') } as StanceLexicon;
  for (const v of STANCE_VALUES) out[v] = list(v);
  return out;
}

export async function elementById(db: Db, id: string) {
  const version = await currentVersion(db);
  return db.selectFrom('elements').innerJoin('pillars', (j) => j.onRef('pillars.id', '=', 'elements.pillar_id').onRef('pillars.framework_version', '=', 'elements.framework_version'))
    .selectAll('elements').select(['pillars.title as pillar_title', 'pillars.translations as pillar_translations'])
    .where('elements.framework_version', '=', version.id).where('elements.id', '=', id).executeTakeFirst();
}

export async function listStanceQuestions(db: Db) {
  return (await frameworkOverview(db)).questions;
}
