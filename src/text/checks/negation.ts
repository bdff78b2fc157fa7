/**
 * negation-changed: the draft reuses agreed text but adds or removes a negation ("not", "no",
 * "never", "neither", "nor", "cannot"), which reverses what the agreed words commit States to.
 * Swapping one negation for another ("not" → "never") keeps the polarity and is not flagged.
 */
import { quoteList } from './phrases.ts';
import { reuseRegions, wordChanges } from './reuse.ts';
import type { Flag, SentenceContext } from './types.ts';

const NEGATIONS = new Set(['not', 'no', 'never', 'neither', 'nor', 'cannot', 'none']);
const negationOf = (w: string) => (NEGATIONS.has(w) || w.endsWith("n't") ? w : null);

export function negationFlags(ctx: SentenceContext): Flag[] {
  const r = reuseRegions(ctx);
  if (!r) return [];
  const { removed, added, agreedCount, draftCount } = wordChanges(r.agreed, r.draft, negationOf);
  if (agreedCount === draftCount) return [];
  const what = draftCount > agreedCount ? `added ${quoteList(added)}` : `removed ${quoteList(removed)}`;
  return [{
    kind: 'negation-changed',
    explanation: `Negation ${what} relative to the agreed text of ${r.source} (${agreedCount} negation(s) there, ${draftCount} in the draft).`,
  }];
}
