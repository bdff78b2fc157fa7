/**
 * Word tokens for agreed-language comparison: lower-cased, diacritics folded, typographic hyphens and
 * apostrophes unified, each with its character span in the original text so diffs can quote the source.
 *
 * A hyphenated or apostrophised word stays one token ("non-binding", "States'"), because negotiators
 * treat "non-binding" as one qualifier, and splitting it would make "binding" look like a new word.
 */

export interface Tokens {
  /** Normalised words, in order. */
  words: string[];
  /** Start offset of each word in the original text. */
  starts: Int32Array;
  /** End offset (exclusive) of each word in the original text. */
  ends: Int32Array;
}

const WORD = /[\p{L}\p{N}]+(?:[-\u2010\u2011\u2012\u2013'\u2019][\p{L}\p{N}]+)*/gu;
const NON_ASCII = /[^\x00-\x7f]/;
const MARKS = /\p{M}+/gu;

/** Lower-cases one word and folds the variants that typesetting, not drafting, introduces. */
export function normaliseWord(raw: string): string {
  const lower = raw.toLowerCase();
  if (!NON_ASCII.test(lower)) return lower;
  return lower
    .normalize('NFKD')
    .replace(MARKS, '')
    .replace(/[\u2010\u2011\u2012\u2013]/g, '-')
    .replace(/\u2019/g, "'");
}

/**
 * Splits text into normalised word tokens with their spans.
 * @example tokenize('Voluntary, non-binding norms').words // ['voluntary', 'non-binding', 'norms']
 */
export function tokenize(text: string): Tokens {
  const words: string[] = [];
  const starts: number[] = [];
  const ends: number[] = [];
  WORD.lastIndex = 0;
  for (let m = WORD.exec(text); m; m = WORD.exec(text)) {
    words.push(normaliseWord(m[0]));
    starts.push(m.index);
    ends.push(m.index + m[0].length);
  }
  return { words, starts: Int32Array.from(starts), ends: Int32Array.from(ends) };
}

/** Words only, for callers that do not need spans. */
export function words(text: string): string[] {
  const out: string[] = [];
  WORD.lastIndex = 0;
  for (let m = WORD.exec(text); m; m = WORD.exec(text)) out.push(normaliseWord(m[0]));
  return out;
}

/**
 * A light suffix-stripper, enough to see that "States" and "State", or "obligations" and "obligation",
 * are one term when deciding whether a draft word is new. Not a linguistic stemmer, on purpose:
 * over-merging would hide real new terms.
 */
export function stem(word: string): string {
  let w = word.replace(/'s?$/, '');
  if (w.length <= 3) return w;
  if (w.endsWith('ies') && w.length > 4) return w.slice(0, -3) + 'y';
  if (/(?:ss|us|is)$/.test(w)) return w;
  if (/(?:ches|shes|xes|sses|zes)$/.test(w)) return w.slice(0, -2);
  if (w.endsWith('s')) w = w.slice(0, -1);
  return w;
}

/** Function words that carry no subject matter; a content word is anything else with letters. */
export const STOPWORDS = new Set(
  (
    'a an the and or but nor of in on at to for from by with without within into onto upon over under ' +
    'about above across after against along among around as before behind below beneath beside between ' +
    'beyond during except inside near off out outside since through throughout till toward towards until ' +
    'via this that these those it its it\'s they them their theirs themselves he him his she her hers we us ' +
    'our ours you your i me my which who whom whose what where when why how whether if then than so such ' +
    'also any all each every both either neither other others another some many much more most few less ' +
    'least own same only very just too is are was were be been being am has have had having do does did ' +
    'doing shall should must will would may might can could ought not no never none cannot there here ' +
    'further well thus hence therefore however including inter alia one ones e.g i.e etc'
  ).split(/\s+/),
);

/** True for a word that names something (not a function word, a number or a single letter). */
export function isContentWord(word: string): boolean {
  return word.length >= 3 && !STOPWORDS.has(word) && /\p{L}/u.test(word) && !/^\p{N}/u.test(word);
}
