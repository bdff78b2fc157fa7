/**
 * modal-changed: the draft reuses agreed text but with a different modal verb ("should" → "shall",
 * "may" → "must"). Negotiators fight over these because they move a text from recommendation to duty.
 */
import { quote, quoteList } from './phrases.ts';
import { reuseRegions, wordChanges } from './reuse.ts';
import type { Flag, SentenceContext } from './types.ts';

const MODALS = new Set(['shall', 'should', 'must', 'will', 'would', 'may', 'might', 'can', 'could', 'ought']);
const modalOf = (w: string) => (w === 'cannot' ? 'can' : MODALS.has(w) ? w : null);

export function modalFlags(ctx: SentenceContext): Flag[] {
  const r = reuseRegions(ctx);
  if (!r) return [];
  const { removed, added } = wordChanges(r.agreed, r.draft, modalOf);
  if (removed.length === 0 && added.length === 0) return [];
  const parts: string[] = [];
  const pairs = Math.min(removed.length, added.length);
  for (let k = 0; k < pairs; k++) parts.push(`${quote(removed[k])} → ${quote(added[k])}`);
  if (removed.length > pairs) parts.push(`${quoteList(removed.slice(pairs))} removed`);
  if (added.length > pairs) parts.push(`${quoteList(added.slice(pairs))} added`);
  return [{ kind: 'modal-changed', explanation: `Modal verb changed from the agreed text of ${r.source}: ${parts.join('; ')}.` }];
}
