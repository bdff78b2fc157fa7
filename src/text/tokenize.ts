/**
 * The one tokenizer: words of the six UN languages with their character spans, lower-cased,
 * diacritics folded, typographic hyphens and apostrophes unified, so a diff can quote the source.
 *
 * - Latin and Cyrillic (English, French, Spanish, Russian): runs of letters and digits; combining
 *   marks stay inside the word and are then folded ("développement" → "developpement", "ё" → "е").
 *   A hyphenated or apostrophised word stays one token ("non-binding", "States'"), because
 *   negotiators treat "non-binding" as one qualifier; French elision is split off ("l'État" →
 *   "l'", "etat"), so "État" is the same word with or without its article.
 * - Arabic: letters with their vowel marks; marks and the tatweel are folded, so "أمن" and "امن"
 *   are one word.
 * - Chinese, written without spaces: each Han character is one token. Callers that want words
 *   (TF-IDF) pair neighbouring characters into bigrams (`hanBigrams`).
 */

export interface Tokens {
  /** Normalised words, in order. */
  words: string[];
  /** Start offset of each word in the original text. */
  starts: Int32Array;
  /** End offset (exclusive) of each word in the original text. */
  ends: Int32Array;
}

// WORD, a word: /[\p{L}\p{N}][\p{L}\p{N}\p{M}]*(?:[-\u2010\u2011\u2012\u2013'\u2019][\p{L}\p{N}][\p{L}\p{N}\p{M}]*)*/u,
// read by `scanWords` below (tokenize.test.ts holds the expression and checks the two agree).
const NON_ASCII = /[^\x00-\x7f]/;
const MARKS = /[\p{M}\u0640]+/gu;
const HAS_HAN = /\p{Script=Han}/u;
const HAN_OR_REST = /\p{Script=Han}|[^\p{Script=Han}]+/gu;
const HAN = /^\p{Script=Han}$/u;
const ELIDING = new Set(['c', 'd', 'j', 'l', 'm', 'n', 's', 't', 'qu', 'jusqu', 'lorsqu', 'puisqu']);

/**
 * Calls `emit` for each token of one match of WORD: the match itself, or its French elided article
 * and the rest, or its Han characters one by one.
 */
function split(raw: string, at: number, emit: (raw: string, start: number, end: number) => void): void {
  const apo = raw.search(/['\u2019]/);
  if (apo > 0 && apo <= 6 && ELIDING.has(raw.slice(0, apo).toLowerCase()) && apo + 1 < raw.length) {
    emit(raw.slice(0, apo + 1), at, at + apo + 1);
    split(raw.slice(apo + 1), at + apo + 1, emit);
    return;
  }
  if (!NON_ASCII.test(raw) || !HAS_HAN.test(raw)) {
    emit(raw, at, at + raw.length);
    return;
  }
  HAN_OR_REST.lastIndex = 0;
  for (let m = HAN_OR_REST.exec(raw); m; m = HAN_OR_REST.exec(raw)) {
    const piece = m[0].replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}\p{M}]+$/gu, '');
    if (piece) emit(piece, at + m.index + m[0].indexOf(piece), at + m.index + m[0].indexOf(piece) + piece.length);
  }
}

/** A match of WORD that may need `split` or folding: an apostrophe, or a character outside ASCII. */
const SPLIT_OR_FOLD = /['\u0080-\uffff]/;

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

// The scanner below reads WORD by hand: the record reader tokenises every sentence it reads, and the
// regular expression was a tenth of its time. ASCII letters and digits come from a table; any other
// character is tested once against the Unicode classes.
const LN = /^[\p{L}\p{N}]$/u;
const LNM = /^[\p{L}\p{N}\p{M}]$/u;
const ASCII_LN = new Uint8Array(128);
for (let c = 48; c <= 57; c++) ASCII_LN[c] = 1;
for (let c = 65; c <= 90; c++) ASCII_LN[c] = 1;
for (let c = 97; c <= 122; c++) ASCII_LN[c] = 1;

/** The length (1, or 2 for a surrogate pair) of the character at `i` if it is in `cls`, else 0. */
function charIn(text: string, i: number, cls: RegExp): number {
  const c = text.charCodeAt(i);
  if (c < 128) return ASCII_LN[c];
  if (Number.isNaN(c)) return 0;
  const len = c >= 0xd800 && c <= 0xdbff ? 2 : 1;
  return cls.test(text.slice(i, i + len)) ? len : 0;
}

/** - ‐ ‑ ‒ – ' ’: the characters that may join two parts of one word. */
const isJoiner = (c: number) => c === 45 || c === 39 || c === 0x2019 || (c >= 0x2010 && c <= 0x2013);

/** Calls `emit` with each match of WORD in `text`, in order. */
function scanWords(text: string, emit: (raw: string, start: number) => void): void {
  const n = text.length;
  let i = 0;
  while (i < n) {
    let k = charIn(text, i, LN);
    if (k === 0) {
      i++;
      continue;
    }
    const start = i;
    for (;;) {
      do {
        i += k;
        k = i < n ? charIn(text, i, LNM) : 0;
      } while (k > 0);
      if (i + 1 >= n || !isJoiner(text.charCodeAt(i))) break;
      k = charIn(text, i + 1, LN);
      if (k === 0) break;
      i += 1;
    }
    emit(text.slice(start, i), start);
  }
}

/**
 * Splits text into normalised word tokens with their spans.
 * @example tokenize('Voluntary, non-binding norms').words // ['voluntary', 'non-binding', 'norms']
 * @example tokenize("l'État").words // ["l'", 'etat']
 */
export function tokenize(text: string): Tokens {
  const words: string[] = [];
  const starts: number[] = [];
  const ends: number[] = [];
  const emit = (raw: string, start: number, end: number) => {
    words.push(normaliseWord(raw));
    starts.push(start);
    ends.push(end);
  };
  scanWords(text, (raw, at) => {
    if (SPLIT_OR_FOLD.test(raw)) split(raw, at, emit);
    else {
      words.push(raw.toLowerCase());
      starts.push(at);
      ends.push(at + raw.length);
    }
  });
  return { words, starts: Int32Array.from(starts), ends: Int32Array.from(ends) };
}

/**
 * Words only, for callers that do not need spans.
 * @example words('Les États membres') // ['les', 'etats', 'membres']
 */
export function words(text: string): string[] {
  const out: string[] = [];
  const emit = (raw: string) => {
    out.push(normaliseWord(raw));
  };
  scanWords(text, (raw, at) => {
    if (SPLIT_OR_FOLD.test(raw)) split(raw, at, emit);
    else out.push(raw.toLowerCase());
  });
  return out;
}

/** True for a token that is one Han character. */
export const isHan = (word: string) => word.length <= 2 && HAN.test(word);

const JOINED = /[-']/;
/**
 * The parts of a hyphenated or apostrophised word, for matching where "confidence-building" and
 * "confidence building", or "State's" and "State", are the same words.
 * @example parts('confidence-building') // ['confidence', 'building']
 */
export function parts(word: string): string[] {
  return JOINED.test(word) ? word.split(JOINED).filter(Boolean) : [word];
}

/**
 * Neighbouring Han characters as bigrams, other words as they are: "信息安全" → "信息", "息安", "安全".
 * A character standing alone is kept as it is.
 */
export function hanBigrams(tokens: readonly string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const w = tokens[i]!;
    if (!isHan(w)) {
      out.push(w);
      continue;
    }
    const prevHan = i > 0 && isHan(tokens[i - 1]!);
    const next = tokens[i + 1];
    if (next !== undefined && isHan(next)) out.push(w + next);
    else if (!prevHan) out.push(w);
  }
  return out;
}
