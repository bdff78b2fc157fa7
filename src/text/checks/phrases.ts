/**
 * What the checks do with phrase hits (src/text/phrases.ts finds them): count them per phrase,
 * compare agreed and draft counts, quote them.
 */
import type { PhraseHit } from '../phrases.ts';

/** Occurrences per phrase. */
export function countPhrases<T>(hits: PhraseHit<T>[]): Map<string, number> {
  const out = new Map<string, number>();
  for (const h of hits) out.set(h.phrase, (out.get(h.phrase) ?? 0) + 1);
  return out;
}

/** Phrases whose count differs between agreed and draft text: removed ones, then added ones. */
export function phraseChanges(agreed: Map<string, number>, draft: Map<string, number>) {
  const removed: string[] = [];
  const added: string[] = [];
  for (const [p, n] of agreed) for (let k = draft.get(p) ?? 0; k < n; k++) removed.push(p);
  for (const [p, n] of draft) for (let k = agreed.get(p) ?? 0; k < n; k++) added.push(p);
  return { removed, added };
}
