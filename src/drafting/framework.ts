/**
 * The framework version a draft is checked and tagged under: its process's (the Global Mechanism's
 * progress report under the Global Mechanism's pillars and elements, an OEWG report under the 2025
 * framework). readerFramework() caches by content, so this costs two small queries per call.
 */
import type { ReaderFramework } from '../framework/catalogue/types.ts';
import { readerFramework, versionOfProcess } from '../framework/queries.ts';
import type { Db } from '../db/engine.ts';

export async function frameworkOfProcess(db: Db, processId: number | null | undefined): Promise<ReaderFramework> {
  const p = processId == null ? undefined : await db.selectFrom('processes').select('slug').where('id', '=', processId).executeTakeFirst();
  return readerFramework(db, p ? await versionOfProcess(db, p.slug) : null);
}

/** The framework of the draft a version belongs to. */
export async function frameworkOfVersion(db: Db, versionId: number): Promise<ReaderFramework> {
  const d = await db
    .selectFrom('draft_versions as v')
    .innerJoin('drafts as d', 'd.id', 'v.draft_id')
    .select('d.process_id')
    .where('v.id', '=', versionId)
    .executeTakeFirst();
  return frameworkOfProcess(db, d?.process_id);
}
