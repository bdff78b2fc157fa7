/**
 * negation-changed: the draft reuses agreed text but adds or removes a negation ("not", "no",
 * "never", "without": the toolkit's list, src/text/negation.ts), which reverses what the agreed
 * words commit States to.
 * Swapping one negation for another ("not" → "never") keeps the polarity and is not flagged.
 */
import { isNegation } from '../negation.ts';
import { reuseRegions, wordChanges } from './reuse.ts';
import type { Flag, SentenceContext } from './types.ts';
import { flag } from './message.ts';

const negationOf = (w: string) => (isNegation(w) ? w : null);

export function negationFlags(ctx: SentenceContext): Flag[] {
  const r = reuseRegions(ctx);
  if (!r) return [];
  const { removed, added, agreedCount, draftCount } = wordChanges(r.agreed, r.draft, negationOf);
  if (agreedCount === draftCount) return [];
  const [key, words] = draftCount > agreedCount ? ['negation.added', added] : ['negation.removed', removed];
  return [flag('negation-changed', { key, params: { words: { quoted: words }, source: r.source, agreed: agreedCount, draft: draftCount } })];
}
