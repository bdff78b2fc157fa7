/**
 * The process-wide index of agreed language (text/provenance's reference index), built from the
 * paragraphs stored in the database. Building it takes time proportional to the corpus, so it is kept
 * in memory and rebuilt only when the corpus changes: a cheap fingerprint query (count, newest id) detects imports made by another process too.
 */
import { sql } from 'kysely';
import type { Db } from '../db/engine.ts';
import { buildReferenceIndex, type ReferenceIndex } from '../text/provenance/index.ts';

interface Cached {
  fingerprint: string;
  index: ReferenceIndex | null;
  buildMs: number;
  loadMs: number;
  documents: number;
  paragraphs: number;
}

const cache = new WeakMap<Db, Cached>();
const building = new WeakMap<Db, Promise<Cached>>();

export function invalidateAgreedLanguageIndex(db: Db) {
  cache.delete(db);
}

async function fingerprint(db: Db) {
  const r = await db
    .selectFrom('agreed_language_documents')
    .select([sql<number>`count(*)`.as('n'), sql<number>`coalesce(max(id), 0)`.as('max')])
    .executeTakeFirstOrThrow();
  return `${r.n}:${r.max}`;
}

/** The index over every stored paragraph of agreed language (null when the corpus is empty), with build figures. */
export async function agreedLanguageIndexFor(db: Db): Promise<Cached> {
  const fp = await fingerprint(db);
  const hit = cache.get(db);
  if (hit && hit.fingerprint === fp) return hit;
  const pending = building.get(db);
  if (pending) return pending;
  const job = (async () => {
    const t0 = performance.now();
    const docs = await db.selectFrom('agreed_language_documents').select(['id', 'symbol', 'consensus']).orderBy('id').execute();
    const paras = await db
      .selectFrom('agreed_language_paragraphs')
      .select(['document_id', 'paragraph', 'text'])
      .orderBy('document_id')
      .orderBy('position')
      .execute();
    const byDoc = new Map<number, Array<{ paragraph: string; text: string }>>();
    for (const p of paras) (byDoc.get(p.document_id) ?? byDoc.set(p.document_id, []).get(p.document_id)!).push({ paragraph: p.paragraph, text: p.text });
    const t1 = performance.now();
    const index = docs.length
      ? buildReferenceIndex(docs.map((d) => ({ symbol: d.symbol, consensus: d.consensus, text: '', paragraphs: byDoc.get(d.id) ?? [] })))
      : null;
    const entry: Cached = { fingerprint: fp, index, loadMs: t1 - t0, buildMs: performance.now() - t1, documents: docs.length, paragraphs: paras.length };
    cache.set(db, entry);
    return entry;
  })();
  building.set(db, job);
  try {
    return await job;
  } finally {
    building.delete(db);
  }
}
