import { createRequire } from 'node:module';

/**
 * Text → TF-IDF vectors over stemmed tokens, the representation the challenge clustering and the
 * offer matcher share. Stemming uses the Porter2 stemmer that ships inside wink-eng-lite-web-model
 * (already a dependency), so "trained", "training" and "trainings" count as one term.
 */
const stemWord = createRequire(import.meta.url)('wink-eng-lite-web-model/dist/porter-stemmer.js') as (w: string) => string;

// Function words, plus words every report uses ("national", "ict", "cyber") that separate nothing.
const STOP = new Set(`a about above after again against all also am an and any are as at be because been before being below between both but by can could did do does doing down during each few for from further had has have having he her here hers him his how i if in into is it its itself just more most no nor not now of off on once only or other our ours out over own same she should so some such than that the their theirs them then there these they this those through to too under until up very was we were what when where which while who whom why will with would you your yet lack limited need needs still within across per via including etc due new current currently national state states country countries ict icts cyber cybersecurity government`.split(/\s+/));
const stemCache = new Map<string, string>();
// Names of the same thing written differently in reports and offers: incident response teams go
// by CERT, CSIRT or CIRT; one term for all, so an offer for "CSIRT staff" meets a need of "CERT analysts".
const SAME = new Map([['csirt', 'cert'], ['csirts', 'cert'], ['cirt', 'cert'], ['certs', 'cert']]);

export const isStopWord = (lowerCased: string) => STOP.has(lowerCased);

/** The Porter2 stem of a lower-cased word (cached). */
export function stem(lowerCased: string): string {
  let s = stemCache.get(lowerCased);
  if (s === undefined) { s = stemWord(lowerCased); stemCache.set(lowerCased, s); }
  return s;
}

/** Lower-cased word tokens without stop words, stemmed; digits-only tokens dropped. */
export function terms(text: string): string[] {
  const out: string[] = [];
  for (const raw of text.toLowerCase().normalize('NFKC').split(/[^\p{L}\p{N}]+/u)) {
    if (raw.length < 3 || STOP.has(raw) || /^\d+$/.test(raw)) continue;
    out.push(SAME.get(raw) ?? stem(raw));
  }
  return out;
}

/** Each stem of a text with the word the text first wrote it as ("capac" → "capacity"). */
export function surfaceWords(text: string): Map<string, string> {
  const words = new Map<string, string>();
  for (const w of text.normalize('NFKC').split(/[^\p{L}\p{N}]+/u)) {
    const [t] = terms(w);
    if (t && !words.has(t)) words.set(t, w.toLowerCase());
  }
  return words;
}

/** Stems as a text wrote them, so a reader sees words, not stems; `text` may be its surfaceWords, made once. */
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
  for (const [t, f] of tf) { const w = (1 + Math.log(f)) * (idf.get(t) ?? fallbackIdf); v.set(t, w); norm += w * w; }
  norm = Math.sqrt(norm);
  if (norm > 0) for (const [t, w] of v) v.set(t, w / norm);
  return v;
}

export function cosine(a: SparseVector, b: SparseVector): number {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let s = 0;
  for (const [t, w] of small) { const o = large.get(t); if (o !== undefined) s += w * o; }
  return s;
}

/** Terms two vectors share, strongest first (the "why" of a similarity). */
export function sharedTerms(a: SparseVector, b: SparseVector, limit = 5): string[] {
  const shared: Array<[string, number]> = [];
  for (const [t, w] of a) { const o = b.get(t); if (o !== undefined) shared.push([t, w * o]); }
  return shared.sort((x, y) => y[1] - x[1]).slice(0, limit).map(([t]) => t);
}

/** A unit-length weighted sum of unit vectors (e.g. a request counted twice its context). */
export function blend(parts: Array<[SparseVector, number]>): SparseVector {
  const v: SparseVector = new Map();
  for (const [vec, w] of parts) for (const [t, x] of vec) v.set(t, (v.get(t) ?? 0) + w * x);
  let norm = 0; for (const x of v.values()) norm += x * x;
  norm = Math.sqrt(norm);
  if (norm > 0) for (const [t, x] of v) v.set(t, x / norm);
  return v;
}
