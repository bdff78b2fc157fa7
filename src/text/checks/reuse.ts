/**
 * The stretch of a draft sentence that reuses agreed text, and the agreed words it is compared with.
 * Modal, negation and qualifier checks compare only these stretches (the aligned words plus up to
 * four unaligned words at each edge, see provenance/match.ts), so a sentence that adds a whole new
 * clause after agreed language is not read as having changed the agreed words.
 */
import type { Message } from './message.ts';
import type { ReuseMatch } from '../provenance/match.ts';
import type { ReferenceIndex } from '../provenance/referenceIndex.ts';
import type { SentenceContext } from './types.ts';

export interface ReuseRegions {
  draft: string[];
  agreed: string[];
  /** "A/70/174 para. 13 (c)", for explanations. */
  source: Message;
  match: ReuseMatch;
  index: ReferenceIndex;
}

export function reuseRegions(ctx: SentenceContext): ReuseRegions | null {
  const { match, index } = ctx;
  if (!match || !index) return null;
  const { sFrom, sTo, pFrom, pTo } = match.region;
  const agreed: string[] = [];
  for (let p = pFrom; p < pTo; p++) agreed.push(index.words[index.ids[p]]);
  return { draft: match.sentence.words.slice(sFrom, sTo), agreed, source: sourceName(match), match, index };
}

/** "A/70/174 para. 13 (c)" in English; each language writes its own word for paragraph (drafting.check.source). */
export const sourceName = (m: { symbol: string; paragraph: string }): Message => ({
  key: m.paragraph.startsWith('¶') ? 'sourceMark' : 'source',
  params: { symbol: m.symbol, paragraph: m.paragraph },
});

/** Multiset difference of two word lists restricted to `vocabulary`. */
export function wordChanges(agreed: string[], draft: string[], keep: (w: string) => string | null) {
  const count = (list: string[]) => {
    const m = new Map<string, number>();
    for (const w of list) {
      const k = keep(w);
      if (k !== null) m.set(k, (m.get(k) ?? 0) + 1);
    }
    return m;
  };
  const a = count(agreed);
  const d = count(draft);
  const removed: string[] = [];
  const added: string[] = [];
  for (const [w, n] of a) for (let k = d.get(w) ?? 0; k < n; k++) removed.push(w);
  for (const [w, n] of d) for (let k = a.get(w) ?? 0; k < n; k++) added.push(w);
  return { removed, added, agreedCount: [...a.values()].reduce((x, y) => x + y, 0), draftCount: [...d.values()].reduce((x, y) => x + y, 0) };
}
