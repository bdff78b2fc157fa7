import { idfOf, terms, tfidf } from './vectors.ts';

/**
 * Groups similar free-text challenges. Method (documented in README.md):
 * 1. each text becomes a TF-IDF vector over Porter-stemmed tokens (idf computed over the texts of
 *    the same element, so words common to the whole element weigh little);
 * 2. greedy leader clustering: texts are taken longest-first; a text joins the cluster whose
 *    centroid it is most similar to when the cosine is at least `threshold`, else it starts a new
 *    cluster; centroids are running means (renormalised);
 * 3. one reassignment pass against the final centroids, so early texts are not stuck with a
 *    centroid that moved away from them; a text alone in its cluster may join another one.
 * The representative of a cluster is the member closest to its centroid. Deterministic: same input,
 * same clusters (ties broken by input order).
 */
export interface ClusterInput<T> {
  text: string;
  item: T;
}
export interface Cluster<T> {
  members: Array<ClusterInput<T> & { similarity: number }>;
  /** Index into members of the text closest to the centroid. */
  representative: number;
  /** The stems that weigh most in the centroid (a label when no quote may be shown). */
  topTerms: string[];
  /** The centroid's heaviest stems with their weights (what a label is scored against). */
  weights: Map<string, number>;
}

export const DEFAULT_THRESHOLD = 0.3;

/** A document as parallel arrays of term ids and unit-length weights (dense centroids make cosine one pass). */
interface Doc {
  ids: Int32Array;
  w: Float64Array;
  length: number;
}

export function clusterTexts<T>(inputs: ClusterInput<T>[], threshold = DEFAULT_THRESHOLD): Cluster<T>[] {
  const tokens = inputs.map((i) => terms(i.text));
  const idf = idfOf(tokens);
  const vocab = new Map<string, number>();
  const docs: Doc[] = tokens.map((d) => {
    const v = tfidf(d, idf);
    const ids = new Int32Array(v.size);
    const w = new Float64Array(v.size);
    let j = 0;
    for (const [t, x] of v) {
      let id = vocab.get(t);
      if (id === undefined) {
        id = vocab.size;
        vocab.set(t, id);
      }
      ids[j] = id;
      w[j++] = x;
    }
    return { ids, w, length: d.length };
  });
  const V = vocab.size;
  const order = inputs
    .map((_, i) => i)
    .filter((i) => docs[i]!.ids.length > 0)
    .sort((a, b) => docs[b]!.length - docs[a]!.length || a - b);
  const sums: Float64Array[] = [];
  const cents: Float64Array[] = [];
  const dot = (d: Doc, c: Float64Array) => {
    let s = 0;
    for (let j = 0; j < d.ids.length; j++) s += d.w[j]! * c[d.ids[j]!]!;
    return s;
  };
  const renorm = (k: number) => {
    const sum = sums[k]!;
    let n = 0;
    for (let t = 0; t < V; t++) n += sum[t]! * sum[t]!;
    n = Math.sqrt(n) || 1;
    const c = cents[k] ?? (cents[k] = new Float64Array(V));
    for (let t = 0; t < V; t++) c[t] = sum[t]! / n;
  };
  const add = (k: number, d: Doc) => {
    const sum = sums[k] ?? (sums[k] = new Float64Array(V));
    for (let j = 0; j < d.ids.length; j++) sum[d.ids[j]!] += d.w[j]!;
    renorm(k);
  };
  const best = (d: Doc) => {
    let at = -1,
      sim = 0;
    for (let k = 0; k < cents.length; k++) {
      const s = dot(d, cents[k]!);
      if (s > sim) {
        sim = s;
        at = k;
      }
    }
    return { at, sim };
  };
  const seeded = new Map<number, number>();
  const size = new Map<number, number>();
  for (const i of order) {
    const { at, sim } = best(docs[i]!);
    const k = at >= 0 && sim >= threshold ? at : sums.length;
    add(k, docs[i]!);
    seeded.set(i, k);
    size.set(k, (size.get(k) ?? 0) + 1);
  }
  // Reassignment pass against the settled centroids. A text that seeded a cluster alone is compared
  // with the other clusters only (its own centroid is itself), so a long early text is not stranded.
  const settled = cents.length;
  const assigned = new Map<number, number[]>();
  for (const i of order) {
    let at = -1,
      sim = 0;
    for (let k = 0; k < settled; k++) {
      if (k === seeded.get(i) && size.get(k) === 1) continue;
      const s = dot(docs[i]!, cents[k]!);
      if (s > sim) {
        sim = s;
        at = k;
      }
    }
    const k = at >= 0 && sim >= threshold ? at : sums.length;
    if (k === sums.length) add(k, docs[i]!);
    (assigned.get(k) ?? assigned.set(k, []).get(k)!).push(i);
  }
  const term = [...vocab.keys()];
  const clusters: Cluster<T>[] = [];
  for (const [k, idx] of assigned) {
    const members = idx.sort((a, b) => a - b).map((i) => ({ ...inputs[i]!, similarity: dot(docs[i]!, cents[k]!) }));
    let representative = 0;
    members.forEach((m, j) => {
      if (m.similarity > members[representative]!.similarity) representative = j;
    });
    const c = cents[k]!;
    const heaviest = [...c.keys()]
      .sort((a, b) => c[b]! - c[a]!)
      .slice(0, 24)
      .filter((t) => c[t]! > 0);
    const topTerms = heaviest.slice(0, 4).map((t) => term[t]!);
    clusters.push({ members, representative, topTerms, weights: new Map(heaviest.map((t) => [term[t]!, c[t]!])) });
  }
  return clusters.sort((a, b) => b.members.length - a.members.length || a.members[0]!.text.localeCompare(b.members[0]!.text));
}
