/**
 * negation-changed: the draft reuses agreed text but adds or removes a negation ("not", "no",
 * "never", "neither", "nor", "cannot"), which reverses what the agreed words commit States to.
 * Swapping one negation for another ("not" → "never") keeps the polarity and is not flagged.
 */
import { reuseRegions, wordChanges } from './reuse.ts';
import type { Flag, SentenceContext } from './types.ts';
import { flag } from './message.ts';

const NEGATIONS = new Set(['not', 'no', 'never', 'neither', 'nor', 'cannot', 'none']);
const negationOf = (w: string) => (NEGATIONS.has(w) || w.endsWith("n't") ? w : null);

export function negationFlags(ctx: SentenceContext): Flag[] {
  const r = reuseRegions(ctx);
  if (!r) return [];
  const { removed, added, agreedCount, draftCount } = wordChanges(r.agreed, r.draft, negationOf);
  if (agreedCount === draftCount) return [];
  const [key, words] = draftCount > agreedCount ? ['negation.added', added] : ['negation.removed', removed];
  return [flag('negation-changed', { key, params: { words: { quoted: words }, source: r.source, agreed: agreedCount, draft: draftCount } })];
}
