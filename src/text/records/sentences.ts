import type { Span } from './types.ts';

export interface Sentence extends Span {
  text: string;
}

// Abbreviations after which a full stop does not end a sentence (lower-cased, without the stop).
const ABBREVIATIONS = new Set([
  'mr',
  'ms',
  'mrs',
  'dr',
  'prof',
  'st',
  'no',
  'nos',
  'para',
  'paras',
  'art',
  'arts',
  'amb',
  'h.e',
  'e.g',
  'i.e',
  'cf',
  'vs',
  'v',
  'jr',
  'sr',
  'gen',
  'col',
  'lt',
  'capt',
  'rev',
  'hon',
  'approx',
  'fig',
  'vol',
  'pp',
  'p',
  'op',
  'res',
  'doc',
  'u.s',
  'u.k',
  'u.n',
  'inc',
  'ltd',
  'co',
  'corp',
  'dept',
  'sept',
  'oct',
  'nov',
  'dec',
  'jan',
  'feb',
  'aug',
  'rep',
  'ch',
  'sec',
  'ed',
  'eds',
  'al',
  'viz',
]);

const BOUNDARY = /[.!?…]+["'”’)\]]*(?=\s+["'“‘(\[]?[A-Z0-9À-Ý])|[.!?…]+["'”’)\]]*$/g;

/**
 * Sentences of a paragraph, with offsets into it. A full stop ends a sentence when the next word
 * starts with a capital or a digit, unless it closes a known abbreviation or a single initial.
 *
 * @example splitSentences('Mr. Smith (Brazil) said so. He agreed.').map((s) => s.text)
 *   // ['Mr. Smith (Brazil) said so.', 'He agreed.']
 */
export function splitSentences(text: string): Sentence[] {
  const out: Sentence[] = [];
  let start = 0;
  BOUNDARY.lastIndex = 0;
  for (let m = BOUNDARY.exec(text); m; m = BOUNDARY.exec(text)) {
    const end = m.index + m[0].length;
    if (m[0][0] === '.' && m[0].length === 1 && isAbbreviation(text, m.index)) continue;
    // "12. Mr. Silva (Brazil) said…": a paragraph's number is not a sentence.
    if (start === 0 && /^\s*(?:\d{1,3}|[ivxIVX]{1,5}|[a-hA-H])[.)]$/.test(text.slice(0, end))) continue;
    push(out, text, start, end);
    start = end;
  }
  push(out, text, start, text.length);
  return out;
}

function isAbbreviation(text: string, dot: number): boolean {
  let s = dot;
  while (s > 0 && /[A-Za-z.]/.test(text[s - 1])) s--;
  const word = text.slice(s, dot).toLowerCase();
  if (word.length === 1 && /[a-z]/.test(word)) return true;
  return ABBREVIATIONS.has(word);
}

function push(out: Sentence[], text: string, start: number, end: number): void {
  let s = start;
  let e = end;
  while (s < e && /\s/.test(text[s])) s++;
  while (e > s && /\s/.test(text[e - 1])) e--;
  if (e > s) out.push({ start: s, end: e, text: text.slice(s, e) });
}
