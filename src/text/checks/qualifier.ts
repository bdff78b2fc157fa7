/**
 * qualifier-changed: the draft reuses agreed text but drops or adds a qualifier ("voluntary",
 * "non-binding", "in particular", "as appropriate" …). Qualifiers are how agreed language limits or
 * widens a commitment, so dropping "as appropriate" is a substantive change.
 */
import { PhraseMatcher } from '../phrases.ts';
import { countPhrases, phraseChanges } from './phrases.ts';
import { reuseRegions } from './reuse.ts';
import type { Flag, SentenceContext } from './types.ts';
import { flag, type Message } from './message.ts';

export const QUALIFIERS = [
  'voluntary',
  'voluntarily',
  'non-binding',
  'nonbinding',
  'non binding',
  'on a voluntary basis',
  'in particular',
  'particularly',
  'as appropriate',
  'where appropriate',
  'when appropriate',
  'if appropriate',
  'inter alia',
  'consistent with',
  'in accordance with',
  'in line with',
  'including',
  'inter alia',
  'where possible',
  'as far as possible',
  'to the extent possible',
  'where relevant',
  'as applicable',
  'where applicable',
  'taking into account',
  'among others',
  'notably',
  'primarily',
  'in principle',
  'to the extent feasible',
];

const matcher = new PhraseMatcher(QUALIFIERS.map((phrase) => ({ phrase, tag: 'qualifier' as const })));

/** Normalised words that belong to qualifier phrases, so other checks can leave them to this one. */
export const QUALIFIER_WORDS = new Set(QUALIFIERS.flatMap((q) => q.toLowerCase().split(/[\s]+/)).filter((w) => w.length > 3));

export function qualifierFlags(ctx: SentenceContext): Flag[] {
  const r = reuseRegions(ctx);
  if (!r) return [];
  const { removed, added } = phraseChanges(countPhrases(matcher.match(r.agreed)), countPhrases(matcher.match(r.draft)));
  if (removed.length === 0 && added.length === 0) return [];
  const parts: Message[] = [];
  if (removed.length) parts.push({ key: 'qualifier.dropped', params: { words: { quoted: removed } } });
  if (added.length) parts.push({ key: 'qualifier.added', params: { words: { quoted: added } } });
  return [flag('qualifier-changed', { key: 'qualifier', params: { parts: { parts, sep: 'and' }, source: r.source } })];
}
