/**
 * unattributed-majority: a claim that most delegations hold a view ("most States", "the vast
 * majority", "broad support", "widely shared") without naming who. It counts as attributed when the
 * sentence names delegations: a parenthesis or an "including / such as / namely / led by" followed by
 * a proper name, or a speaker from the meeting record's stance map.
 */
import { PhraseMatcher, longest } from '../phrases.ts';
import type { Flag, SentenceContext } from './types.ts';
import { flag } from './message.ts';

const CLAIMS = [
  'most states',
  'most delegations',
  'most countries',
  'most member states',
  'most participants',
  'the majority of',
  'a majority of',
  'the vast majority',
  'vast majority',
  'a large majority',
  'the large majority',
  'an overwhelming majority',
  'overwhelming',
  'overwhelmingly',
  'broad support',
  'broadly supported',
  'broadly shared',
  'widely shared',
  'widely supported',
  'wide support',
  'widespread support',
  'general agreement',
  'almost all',
  'nearly all',
  'virtually all',
  'the prevailing view',
  'the predominant view',
  'the general view',
  'most of the states',
  'most of the delegations',
  'the bulk of',
];
const claims = new PhraseMatcher(CLAIMS.map((phrase) => ({ phrase, tag: 'claim' as const })));

const GENERIC = new Set(['States', 'State', 'Member', 'Members', 'Delegations', 'Countries', 'The', 'Group', 'Governments', 'Chair', 'ICT', 'ICTs']);
const INTRODUCERS = /\b(?:including|such as|namely|notably|among them|among which|led by|for example|e\.g\.)\s*,?\s*(?:the\s+)?([A-Z][\p{L}'’-]+)/gu;
const PARENTHESIS = /\(([^)]*)\)/g;

export function isAttributed(text: string, speakers: string[] = []): boolean {
  for (const m of text.matchAll(INTRODUCERS)) if (!GENERIC.has(m[1])) return true;
  for (const m of text.matchAll(PARENTHESIS)) {
    const names = m[1].match(/\b[A-Z][\p{L}'’-]+/gu) ?? [];
    if (names.some((n) => !GENERIC.has(n)) && !/^\s*[a-z]{1,4}\s*$/.test(m[1])) return true;
  }
  const lower = text.toLowerCase();
  return speakers.some((s) => s.length > 2 && lower.includes(s.toLowerCase()));
}

export function majorityFlags(ctx: SentenceContext, speakers: string[] = []): Flag[] {
  const found = [...new Set(longest(claims.match(ctx.words)).map((h) => h.phrase))];
  if (found.length === 0 || isAttributed(ctx.text, speakers)) return [];
  return [flag('unattributed-majority', { key: 'majority', params: { found: { quoted: found } } })];
}
