import type { Db } from '../db/engine.ts';
import type { TagCatalogue } from '../text/lexicon.ts';
import { currentVersion } from './queries.ts';

/** The current framework version's pillars and elements with their lexicons, for `matchElements` (src/text/lexicon.ts). */
export async function loadTagCatalogue(db: Db): Promise<TagCatalogue> {
  const v = await currentVersion(db);
  const [pillars, elements] = await Promise.all([
    db.selectFrom('pillars').select(['id', 'title', 'lexicon']).where('framework_version', '=', v.id).orderBy('position').execute(),
    db
      .selectFrom('elements')
      .select(['id', 'pillar_id', 'title', 'lexicon'])
      .where('framework_version', '=', v.id)
      .orderBy('pillar_id')
      .orderBy('position')
      .execute(),
  ]);
  return { version: v.id, pillars, elements: elements.map((e) => ({ id: e.id, pillarId: e.pillar_id, title: e.title, lexicon: e.lexicon })) };
}
