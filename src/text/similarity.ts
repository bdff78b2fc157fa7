import { cosine, idfOf, terms, termOf, tfidf, type SparseVector } from './vectors.ts';
import { parts, tokenize } from './tokenize.ts';

/**
 * How much a proposal's text says what existing mandates say: TF-IDF cosine over a small corpus
 * (the mandates), with the toolkit's vectors (src/text/vectors.ts). Pure; the corpus is a few dozen
 * documents, so vectors are rebuilt per check.
 */
export interface MandateModel {
  idf: Map<string, number>;
  /** idf of a term no mandate has (it counts most). */
  rare: number;
  /** Each mandate's terms. */
  docs: string[][];
}

export function buildModel(docs: string[]): MandateModel {
  const tokenised = docs.map(terms);
  return { idf: idfOf(tokenised), rare: Math.log(1 + docs.length) + 1, docs: tokenised };
}

/** The unit TF-IDF vector of a text (or of its terms) under the mandates' idf. */
export function vectorOf(model: MandateModel, text: string | string[]): SparseVector {
  return tfidf(typeof text === 'string' ? terms(text) : text, model.idf, model.rare);
}

export { cosine };

/** Splits a mandate into sentences with their offsets, so matching passages can be quoted exactly. */
export function sentences(text: string): Array<{ text: string; start: number }> {
  const out: Array<{ text: string; start: number }> = [];
  const re = /[^.;!?\n]+[.;!?]?/g;
  for (const m of text.matchAll(re)) {
    const s = m[0].trim();
    if (s.length >= 12) out.push({ text: s, start: m.index! + m[0].indexOf(s) });
  }
  return out;
}

/** Marks (⟦ ⟧) the words of a passage that hold a term of the shared set. */
export function markShared(passage: string, shared: Set<string>): string {
  const toks = tokenize(passage);
  let out = '';
  let at = 0;
  toks.words.forEach((w, i) => {
    if (parts(w).some((p) => shared.has(termOf(p) ?? ''))) {
      out += passage.slice(at, toks.starts[i]) + '⟦' + passage.slice(toks.starts[i], toks.ends[i]) + '⟧';
      at = toks.ends[i]!;
    }
  });
  return out + passage.slice(at);
}
