import type { Db } from '../db/engine.ts';

export async function currentVersion(db: Db) {
  return db.selectFrom('framework_versions').selectAll().where('is_current', '=', true).executeTakeFirstOrThrow();
}

/** The current framework: pillars in order, each with its elements in order. */
export async function frameworkOverview(db: Db) {
  const version = await currentVersion(db);
  const [pillars, elements] = await Promise.all([
    db.selectFrom('pillars').selectAll().where('framework_version', '=', version.id).orderBy('position').execute(),
    db.selectFrom('elements').selectAll().where('framework_version', '=', version.id).orderBy('position').execute(),
  ]);
  return {
    version,
    pillars: pillars.map((p) => ({ ...p, elements: elements.filter((e) => e.pillar_id === p.id) })),
  };
}

export async function elementById(db: Db, id: string) {
  const version = await currentVersion(db);
  return db.selectFrom('elements').innerJoin('pillars', (j) => j.onRef('pillars.id', '=', 'elements.pillar_id').onRef('pillars.framework_version', '=', 'elements.framework_version'))
    .selectAll('elements').select(['pillars.title as pillar_title'])
    .where('elements.framework_version', '=', version.id).where('elements.id', '=', id).executeTakeFirst();
}

export async function listStanceQuestions(db: Db) {
  return db.selectFrom('stance_questions').selectAll().orderBy('position').orderBy('id').execute();
}
