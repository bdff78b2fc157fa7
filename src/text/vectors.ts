import { stem, stemAll } from './stem.ts';
import { FUNCTION_WORDS, REPORT_WORDS } from './stopWords.ts';
import { hanBigrams, isHan, parts, tokenize, words } from './tokenize.ts';

/**
 * Text → TF-IDF vectors over stemmed terms, the one representation for comparing free texts: the
 * challenge clustering, the offer matcher, the thematic groups' question matching and the
 * registry's mandate similarity. Terms are the toolkit's words (src/text/tokenize.ts), hyphenated
 * ones split, Chinese as character bigrams, without stop words (function words and the words
 * every report uses, src/text/stopWords.ts), stemmed (src/text/stem.ts), so "trained",
 * "training" and "trainings" count as one term.
 */

// Names of the same thing written differently in reports and offers: incident response teams go
// by CERT, CSIRT or CIRT; one term for all, so an offer for "CSIRT staff" meets a need of "CERT analysts".
const SAME = new Map([
  ['csirt', 'cert'],
  ['csirts', 'cert'],
  ['cirt', 'cert'],
  ['certs', 'cert'],
]);
const DIGITS = /^\d+$/;

/** Whether a normalised word is a term: three letters or more (a Han character or bigram counts), not a stop word, not a number. */
const isTermWord = (w: string) => (w.length >= 3 || (w.length > 0 && isHan(w[0]!))) && !FUNCTION_WORDS.has(w) && !REPORT_WORDS.has(w) && !DIGITS.test(w);
/** A Han function character ("的") breaks a run of characters: no bigram spans it. */
const breakAtStops = (ws: string[]) => ws.map((w) => (isHan(w) && FUNCTION_WORDS.has(w) ? '' : w));

/**
 * The term a normalised word counts as, or null when it counts for nothing.
 * @example termOf('trainings') // 'train'
 * @example termOf('the') // null
 */
export function termOf(word: string): string | null {
  return word && isTermWord(word) ? (SAME.get(word) ?? stem(word)) : null;
}

/** Terms of a text, in order: its words without stop words, stemmed; digits-only words dropped. */
export function terms(text: string): string[] {
  const candidates = hanBigrams(breakAtStops(words(text).flatMap(parts))).filter(isTermWord);
  stemAll(candidates);
  return candidates.map((w) => SAME.get(w) ?? stem(w));
}

/** Each term of a text with the word the text first wrote it as ("capac" → "capacity"). */
export function surfaceWords(text: string): Map<string, string> {
  const out = new Map<string, string>();
  const t = tokenize(text);
  const tokens = breakAtStops(t.words);
  const raw = (i: number) => text.slice(t.starts[i], t.ends[i]).toLowerCase();
  for (let i = 0; i < tokens.length; i++) {
    const w = tokens[i]!;
    if (w === '') continue;
    if (isHan(w)) {
      const pair = i + 1 < tokens.length && tokens[i + 1] !== '' && isHan(tokens[i + 1]!);
      const term = termOf(pair ? w + tokens[i + 1] : w);
      if (term && !out.has(term)) out.set(term, pair ? raw(i) + raw(i + 1) : raw(i));
      continue;
    }
    const norm = parts(w);
    const written = raw(i)
      .split(/[-\u2010-\u2013'\u2019]/)
      .filter(Boolean);
    norm.forEach((p, k) => {
      const term = termOf(p);
      if (term && !out.has(term)) out.set(term, written.length === norm.length ? written[k]! : p);
    });
  }
  return out;
}
/** Terms as a text wrote them, so a reader sees words, not stems; `text` may be its surfaceWords, made once. */
export function surfaceTerms(stems: string[], text: string | Map<string, string>): string[] {
  const words = typeof text === 'string' ? surfaceWords(text) : text;
  return stems.map((t) => words.get(t) ?? t);
}

export type SparseVector = Map<string, number>;

/** Inverse document frequencies (smoothed) over a set of tokenised documents. */
export function idfOf(docs: string[][]): Map<string, number> {
  const df = new Map<string, number>();
  for (const d of docs) for (const t of new Set(d)) df.set(t, (df.get(t) ?? 0) + 1);
  const n = docs.length;
  const idf = new Map<string, number>();
  for (const [t, f] of df) idf.set(t, Math.log((1 + n) / (1 + f)) + 1);
  return idf;
}

/** A unit-length TF-IDF vector (sublinear tf) of one tokenised document. */
export function tfidf(tokens: string[], idf: Map<string, number>, fallbackIdf = 1): SparseVector {
  const tf = new Map<string, number>();
  for (const t of tokens) tf.set(t, (tf.get(t) ?? 0) + 1);
  const v: SparseVector = new Map();
  let norm = 0;
  for (const [t, f] of tf) {
    const w = (1 + Math.log(f)) * (idf.get(t) ?? fallbackIdf);
    v.set(t, w);
    norm += w * w;
  }
  norm = Math.sqrt(norm);
  if (norm > 0) for (const [t, w] of v) v.set(t, w / norm);
  return v;
}

export function cosine(a: SparseVector, b: SparseVector): number {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let s = 0;
  for (const [t, w] of small) {
    const o = large.get(t);
    if (o !== undefined) s += w * o;
  }
  return s;
}

/** Terms two vectors share, strongest first (the "why" of a similarity). */
export function sharedTerms(a: SparseVector, b: SparseVector, limit = 5): string[] {
  const shared: Array<[string, number]> = [];
  for (const [t, w] of a) {
    const o = b.get(t);
    if (o !== undefined) shared.push([t, w * o]);
  }
  return shared
    .sort((x, y) => y[1] - x[1])
    .slice(0, limit)
    .map(([t]) => t);
}

/** A unit-length weighted sum of unit vectors (e.g. a request counted twice its context). */
export function blend(weighted: Array<[SparseVector, number]>): SparseVector {
  const v: SparseVector = new Map();
  for (const [vec, w] of weighted) for (const [t, x] of vec) v.set(t, (v.get(t) ?? 0) + w * x);
  let norm = 0;
  for (const x of v.values()) norm += x * x;
  norm = Math.sqrt(norm);
  if (norm > 0) for (const [t, x] of v) v.set(t, x / norm);
  return v;
}
