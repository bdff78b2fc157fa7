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

const WORD = /[\p{L}\p{N}][\p{L}\p{N}\p{M}]*(?:[-\u2010\u2011\u2012\u2013'\u2019][\p{L}\p{N}][\p{L}\p{N}\p{M}]*)*/gu;
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
  WORD.lastIndex = 0;
  for (let m = WORD.exec(text); m; m = WORD.exec(text)) {
    const raw = m[0];
    if (SPLIT_OR_FOLD.test(raw)) split(raw, m.index, emit);
    else {
      words.push(raw.toLowerCase());
      starts.push(m.index);
      ends.push(m.index + raw.length);
    }
  }
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
  WORD.lastIndex = 0;
  for (let m = WORD.exec(text); m; m = WORD.exec(text)) {
    if (SPLIT_OR_FOLD.test(m[0])) split(m[0], m.index, emit);
    else out.push(m[0].toLowerCase());
  }
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
