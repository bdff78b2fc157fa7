/**
 * Sentence splitting for drafts. A full stop, "!" or "?" ends a sentence when the next word starts
 * with a capital, a digit, a quote or a bracket, unless the stop closes an abbreviation ("para.",
 * "e.g.", "i.e.", "Mr.", "No.") or an initial ("U.N."). Symbols such as "A/70/174" carry no stop, and
 * "para. 13 (a)" survives because "para" is an abbreviation. Semicolons do not split: a UN
 * sub-paragraph ending in ";" is one sentence.
 */

export interface DraftSentence {
  text: string;
  start: number;
  end: number;
}

const ABBREVIATIONS = new Set([
  'mr',
  'mrs',
  'ms',
  'dr',
  'prof',
  'amb',
  'h.e',
  'no',
  'nos',
  'para',
  'paras',
  'art',
  'arts',
  'e.g',
  'i.e',
  'cf',
  'vs',
  'viz',
  'vol',
  'p',
  'pp',
  'op',
  'res',
  'doc',
  'sect',
  'sec',
  'ch',
  'fig',
  'approx',
  'al',
  'rev',
  'add',
  'corr',
  'st',
  'jan',
  'feb',
  'mar',
  'apr',
  'jun',
  'jul',
  'aug',
  'sep',
  'sept',
  'oct',
  'nov',
  'dec',
]);

const BOUNDARY = /[.!?]+["'”’)\]]*\s+(?=["'“‘(\[]?[\p{Lu}\p{N}])/gu;

function abbreviationBefore(text: string, dot: number): boolean {
  let s = dot;
  while (s > 0 && /[\p{L}.]/u.test(text[s - 1])) s--;
  const word = text.slice(s, dot).toLowerCase();
  if (/^\p{L}$/u.test(word)) return true;
  if (/^(?:\p{L}\.)+\p{L}$/u.test(word)) return true;
  return ABBREVIATIONS.has(word);
}

/**
 * @example splitDraftSentences('See para. 13 (a) of A/70/174. States agree.').map((s) => s.text)
 *   // ['See para. 13 (a) of A/70/174.', 'States agree.']
 */
export function splitDraftSentences(text: string): DraftSentence[] {
  const out: DraftSentence[] = [];
  let start = 0;
  BOUNDARY.lastIndex = 0;
  for (let m = BOUNDARY.exec(text); m; m = BOUNDARY.exec(text)) {
    if (m[0][0] === '.' && abbreviationBefore(text, m.index)) continue;
    push(out, text, start, m.index + m[0].trimEnd().length);
    start = m.index + m[0].length;
  }
  push(out, text, start, text.length);
  return out;
}

function push(out: DraftSentence[], text: string, start: number, end: number) {
  const raw = text.slice(start, end);
  const lead = raw.length - raw.trimStart().length;
  const trimmed = raw.trim();
  if (trimmed) out.push({ text: trimmed, start: start + lead, end: start + lead + trimmed.length });
}
