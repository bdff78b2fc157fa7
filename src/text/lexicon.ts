import type { Db } from '../db/engine.ts';
import { currentVersion } from '../framework/queries.ts';

/** The framework's elements and pillars with their lexicons, for tagging free text. */
export interface TagCatalogue {
  version: string;
  pillars: Array<{ id: string; title: string; lexicon: string[] }>;
  elements: Array<{ id: string; pillarId: string; title: string; lexicon: string[] }>;
}

export async function loadTagCatalogue(db: Db): Promise<TagCatalogue> {
  const v = await currentVersion(db);
  const [pillars, elements] = await Promise.all([
    db.selectFrom('pillars').select(['id', 'title', 'lexicon']).where('framework_version', '=', v.id).orderBy('position').execute(),
    db.selectFrom('elements').select(['id', 'pillar_id', 'title', 'lexicon']).where('framework_version', '=', v.id).orderBy('pillar_id').orderBy('position').execute(),
  ]);
  return { version: v.id, pillars, elements: elements.map((e) => ({ id: e.id, pillarId: e.pillar_id, title: e.title, lexicon: e.lexicon })) };
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const patternCache = new Map<string, RegExp>();
function phrasePattern(phrase: string): RegExp {
  let re = patternCache.get(phrase);
  if (!re) {
    // Whole words only ("arf" must not match "scarf"); spaces and hyphens are interchangeable.
    re = new RegExp(`(?<![\\p{L}\\p{N}])${escape(phrase.toLowerCase()).replace(/[\s-]+/g, '[\\s\\-]+')}(?![\\p{L}\\p{N}])`, 'giu');
    patternCache.set(phrase, re);
  }
  re.lastIndex = 0;
  return re;
}

export interface LexiconHit { id: string; pillarId: string; title: string; count: number; terms: string[] }

/**
 * Elements whose lexicon phrases occur in the text, most mentioned first. Each occurrence counts once:
 * where a longer phrase matched, the shorter phrases inside that span are not counted again.
 */
export function matchElements(text: string, catalogue: TagCatalogue, opts: { min?: number } = {}): LexiconHit[] {
  const lower = text.toLowerCase();
  const hits: LexiconHit[] = [];
  for (const e of catalogue.elements) {
    const spans: Array<[number, number]> = [];
    const terms: string[] = [];
    for (const phrase of [...e.lexicon].sort((a, b) => b.length - a.length)) {
      if (phrase.length < 2) continue;
      let used = false;
      for (const m of lower.matchAll(phrasePattern(phrase))) {
        const start = m.index!, end = start + m[0].length;
        if (spans.some(([s, t]) => start < t && end > s)) continue;
        spans.push([start, end]);
        used = true;
      }
      if (used) terms.push(phrase);
    }
    const count = spans.length;
    if (count >= (opts.min ?? 1)) hits.push({ id: e.id, pillarId: e.pillarId, title: e.title, count, terms });
  }
  return hits.sort((a, b) => b.count - a.count || a.id.localeCompare(b.id));
}

/** Pillars of the given elements, in the catalogue's order. */
export function pillarsOf(elementIds: string[], catalogue: TagCatalogue): string[] {
  const wanted = new Set(catalogue.elements.filter((e) => elementIds.includes(e.id)).map((e) => e.pillarId));
  return catalogue.pillars.map((p) => p.id).filter((id) => wanted.has(id));
}

/** Rejects element or pillar ids the current framework does not have. */
export function unknownIds(ids: { elements?: string[]; pillars?: string[] }, catalogue: TagCatalogue): string[] {
  const el = new Set(catalogue.elements.map((e) => e.id));
  const pi = new Set(catalogue.pillars.map((p) => p.id));
  return [...(ids.elements ?? []).filter((i) => !el.has(i)), ...(ids.pillars ?? []).filter((i) => !pi.has(i))];
}
