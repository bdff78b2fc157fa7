/**
 * modal-changed: the draft reuses agreed text but with a different modal verb ("should" → "shall",
 * "may" → "must"). Negotiators fight over these because they move a text from recommendation to duty.
 */
import { reuseRegions, wordChanges } from './reuse.ts';
import type { Flag, SentenceContext } from './types.ts';
import { flag, type Message } from './message.ts';

const MODALS = new Set(['shall', 'should', 'must', 'will', 'would', 'may', 'might', 'can', 'could', 'ought']);
const modalOf = (w: string) => (w === 'cannot' ? 'can' : MODALS.has(w) ? w : null);

export function modalFlags(ctx: SentenceContext): Flag[] {
  const r = reuseRegions(ctx);
  if (!r) return [];
  const { removed, added } = wordChanges(r.agreed, r.draft, modalOf);
  if (removed.length === 0 && added.length === 0) return [];
  const parts: Message[] = [];
  const pairs = Math.min(removed.length, added.length);
  for (let k = 0; k < pairs; k++) parts.push({ key: 'modal.pair', params: { from: { quoted: [removed[k]] }, to: { quoted: [added[k]] } } });
  if (removed.length > pairs) parts.push({ key: 'modal.removed', params: { words: { quoted: removed.slice(pairs) } } });
  if (added.length > pairs) parts.push({ key: 'modal.added', params: { words: { quoted: added.slice(pairs) } } });
  return [flag('modal-changed', { key: 'modal', params: { source: r.source, parts: { parts, sep: 'semicolon' } } })];
}
