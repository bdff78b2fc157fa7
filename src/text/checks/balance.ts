/**
 * Six-pillar balance of a draft. A sentence's words are shared among its pillars in proportion to
 * their lexicon matches (a threats sentence mentioning supply chains once stays mostly threats), so
 * shares add up to at most 1, the rest being text no pillar claims; a paragraph counts for every pillar any
 * of its sentences has. pillar-underweight: a pillar with less than minPillarShare of the draft's
 * words (an absent pillar included; it is also listed in missingPillars).
 */
import { PILLAR_IDS, type PillarId } from '../../framework/catalogue/types.ts';
import type { CheckResult, Flag } from './types.ts';
import { flag } from './message.ts';

export interface BalanceInput {
  paragraph: string;
  words: number;
  pillars: PillarId[];
  /** Share of the sentence's words per pillar (sums to 1 over `pillars`); equal shares when absent. */
  weights?: Partial<Record<PillarId, number>>;
}

export function balance(
  sentences: BalanceInput[],
): Pick<CheckResult, 'balance' | 'missingPillars'> & { totalWords: number; exactWords: Record<PillarId, number> } {
  const exact = Object.fromEntries(PILLAR_IDS.map((p) => [p, 0])) as Record<PillarId, number>;
  const paragraphs = Object.fromEntries(PILLAR_IDS.map((p) => [p, new Set<string>()])) as Record<PillarId, Set<string>>;
  let totalWords = 0;
  for (const s of sentences) {
    totalWords += s.words;
    for (const p of s.pillars) {
      exact[p] += s.words * (s.weights?.[p] ?? 1 / s.pillars.length);
      paragraphs[p].add(s.paragraph);
    }
  }
  const result = Object.fromEntries(PILLAR_IDS.map((p) => [p, { words: Math.round(exact[p]), paragraphs: paragraphs[p].size }])) as CheckResult['balance'];
  return { balance: result, missingPillars: PILLAR_IDS.filter((p) => paragraphs[p].size === 0), totalWords, exactWords: exact };
}

export function underweightFlags(exactWords: Record<PillarId, number>, totalWords: number, minShare: number): Flag[] {
  const flags: Flag[] = [];
  for (const p of PILLAR_IDS) {
    const share = totalWords > 0 ? exactWords[p] / totalWords : 0;
    if (share >= minShare) continue;
    flags.push(
      flag(
        'pillar-underweight',
        exactWords[p] === 0
          ? { key: 'pillarAbsent', params: { pillar: { named: p, id: p }, min: { share: minShare } } }
          : {
              key: 'pillarUnderweight',
              params: { pillar: { named: p, id: p }, words: Math.round(exactWords[p]), total: totalWords, share: { share }, min: { share: minShare } },
            },
      ),
    );
  }
  return flags;
}
