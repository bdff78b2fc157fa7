/**
 * Where a draft reports positions: a quantified group of delegations ("some States", "many
 * delegations", "a number of countries", "others"). Neutrality checks read only such sentences.
 */
import { PhraseMatcher, type PhraseHit } from '../phrases.ts';

const QUANTIFIERS = [
  'some',
  'many',
  'several',
  'a number of',
  'a few',
  'few',
  'certain',
  'other',
  'a group of',
  'numerous',
  'various',
  'one',
  'two',
  'three',
  'a small number of',
  'a large number of',
  'a majority of',
  'most',
  'the majority of',
  'the vast majority of',
  'a large majority of',
  'an overwhelming majority of',
  'almost all',
  'nearly all',
];
const GROUPS = ['states', 'delegations', 'countries', 'member states', 'participants', 'speakers', 'governments', 'delegates', 'state', 'delegation'];

const reporting = new PhraseMatcher<'group'>([
  ...QUANTIFIERS.flatMap((q) => GROUPS.map((g) => ({ phrase: `${q} ${g}`, tag: 'group' as const }))),
  { phrase: 'others', tag: 'group' },
]);

/** Hits of position-reporting phrases ("among others" is a qualifier, not a group of delegations). */
export function positionReports(words: readonly string[]): PhraseHit<'group'>[] {
  return reporting.match(words).filter((h) => !(h.phrase === 'others' && words[h.start - 1] === 'among'));
}
