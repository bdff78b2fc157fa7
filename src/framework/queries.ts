import type { Db } from '../db/engine.ts';

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
