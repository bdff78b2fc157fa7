import { isContentWord, stem, tokenize } from './tokenize.ts';

/**
 * TF-IDF cosine similarity between a query text and a small corpus (the mandates). Pure; the corpus
 * is a few dozen documents, so vectors are plain maps rebuilt per check.
 */
export function terms(text: string): string[] {
  return tokenize(text).words.filter(isContentWord).map(stem);
}

export interface TfIdfModel { idf: Map<string, number>; docs: Array<Map<string, number>> }

function counts(ts: string[]) {
  const m = new Map<string, number>();
  for (const t of ts) m.set(t, (m.get(t) ?? 0) + 1);
  return m;
}

export function buildModel(docs: string[]): TfIdfModel {
  const tokenised = docs.map((d) => counts(terms(d)));
  const df = new Map<string, number>();
  for (const d of tokenised) for (const t of d.keys()) df.set(t, (df.get(t) ?? 0) + 1);
  const n = docs.length;
  // Smoothed idf: a term in every mandate still counts a little, a term in none counts most.
  const idf = new Map<string, number>([...df].map(([t, f]) => [t, Math.log((1 + n) / (1 + f)) + 1]));
  return { idf, docs: tokenised };
}

export function vectorOf(model: TfIdfModel, c: Map<string, number>): Map<string, number> {
  const v = new Map<string, number>();
  const n = Math.log(1 + model.docs.length) + 1;
  for (const [t, tf] of c) v.set(t, (1 + Math.log(tf)) * (model.idf.get(t) ?? n));
  return v;
}

export function cosine(a: Map<string, number>, b: Map<string, number>): number {
  let dot = 0, na = 0, nb = 0;
  for (const [t, x] of a) { na += x * x; const y = b.get(t); if (y) dot += x * y; }
  for (const y of b.values()) nb += y * y;
  return na && nb ? dot / Math.sqrt(na * nb) : 0;
}

export const countsOf = (text: string) => counts(terms(text));

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

/** Marks (⟦ ⟧) the words of a passage whose stems occur in the shared set. */
export function markShared(passage: string, shared: Set<string>): string {
  const toks = tokenize(passage);
  let out = '';
  let at = 0;
  toks.words.forEach((w, i) => {
    if (isContentWord(w) && shared.has(stem(w))) {
      out += passage.slice(at, toks.starts[i]) + '⟦' + passage.slice(toks.starts[i], toks.ends[i]) + '⟧';
      at = toks.ends[i]!;
    }
  });
  return out + passage.slice(at);
}
