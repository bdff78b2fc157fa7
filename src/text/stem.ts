import { createRequire } from 'node:module';

/**
 * The one stemmer: Porter2 (English), through wink-nlp's public API (`its.stem` over the
 * wink-eng-lite-web-model language model, both dependencies already), so "trained", "training" and
 * "trainings" are one term. The model is loaded on the first call, not at start-up, and every stem
 * is cached. Words outside the Latin alphabet are returned as they are: the same word always gives
 * the same term, which is what TF-IDF over a mixed corpus wants.
 */
interface WinkDoc {
  tokens(): { out(f: unknown): string[] };
}
interface Wink {
  readDoc(text: string): WinkDoc;
  its: { stem: unknown };
}

let nlp: Wink | undefined;
function wink(): Wink {
  if (!nlp) {
    const require = createRequire(import.meta.url);
    const winkNLP = require('wink-nlp') as (model: unknown, pipe: string[]) => Wink;
    nlp = winkNLP(require('wink-eng-lite-web-model'), []);
  }
  return nlp;
}

const cache = new Map<string, string>();
// Porter2 is for English; Cyrillic, Arabic and Han words are their own terms (the tokenizer has
// folded French and Spanish accents to ASCII already).
const NOT_LATIN = /[^\x00-\x7f]/;

function stemOfDoc(text: string): string[] {
  const n = wink();
  return n.readDoc(text).tokens().out(n.its.stem);
}

/**
 * The Porter2 stem of a lower-cased word (cached).
 * @example stem('trainings') // 'train'
 */
export function stem(lowerCased: string): string {
  let s = cache.get(lowerCased);
  if (s === undefined) {
    if (NOT_LATIN.test(lowerCased)) return lowerCased;
    s = stemOfDoc(lowerCased).join('') || lowerCased;
    cache.set(lowerCased, s);
  }
  return s;
}

/**
 * Stems of many lower-cased words, reading the ones not yet cached as one document (one call into
 * wink instead of one per word).
 * @example stemAll(['states', 'cooperate']) // ['state', 'cooper']
 */
export function stemAll(words: readonly string[]): string[] {
  const fresh = [...new Set(words.filter((w) => !cache.has(w) && !NOT_LATIN.test(w)))];
  if (fresh.length > 1) {
    const stems = stemOfDoc(fresh.join(' '));
    // Wink splits some words further ("don't"); then those are read one by one.
    if (stems.length === fresh.length) fresh.forEach((w, i) => cache.set(w, stems[i]!));
  }
  return words.map(stem);
}
