/**
 * evaluative-language: in a sentence that reports positions ("some States", "others"), words that
 * judge a position rather than report it ("rightly", "regrettably", "insisted", "so-called",
 * "failed to"). A neutral report gives each position in the same plain verbs.
 */
import { PhraseMatcher, longest } from '../phrases.ts';
import { positionReports } from './positions.ts';
import type { Flag, SentenceContext } from './types.ts';
import { flag } from './message.ts';

export const LOADED = [
  'rightly',
  'wrongly',
  'rightfully',
  'regrettably',
  'unfortunately',
  'fortunately',
  'correctly',
  'incorrectly',
  'merely',
  'so-called',
  'so called',
  'insisted',
  'insist',
  'insists',
  'claimed',
  'claim',
  'claims',
  'alleged',
  'allegedly',
  'failed to',
  'fail to',
  'fails to',
  'unhelpful',
  'unhelpfully',
  'obstruct',
  'obstructed',
  'obstructing',
  'obstruction',
  'obstructive',
  'refused to',
  'refuse to',
  'stubbornly',
  'unreasonably',
  'unreasonable',
  'baseless',
  'wisely',
  'sensibly',
  'helpfully',
  'unconstructive',
  'disappointingly',
  'predictably',
  'naively',
  'clung to',
  'went so far as',
  'complained',
  'lamented',
  'admitted',
  'conceded',
  'absurd',
  'misguided',
  'questionable',
  'dubious',
  'sadly',
  'laudably',
  'commendably',
  'obviously',
];

const loaded = new PhraseMatcher(LOADED.map((phrase) => ({ phrase, tag: 'loaded' as const })));

export function evaluativeFlags(ctx: SentenceContext): Flag[] {
  const groups = positionReports(ctx.words);
  if (groups.length === 0) return [];
  const found = [...new Set(longest(loaded.match(ctx.words)).map((h) => h.phrase))];
  if (found.length === 0) return [];
  return [
    flag('evaluative-language', { key: 'evaluative', params: { groups: { quoted: [...new Set(groups.map((g) => g.phrase))] }, found: { quoted: found } } }),
  ];
}
