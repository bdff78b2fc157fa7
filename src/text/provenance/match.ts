/**
 * Finds where a draft sentence comes from in the reference corpus.
 *
 * 1. Candidates: passages sharing distinct word 4-grams with the sentence, counted through the index
 *    (3-grams too for sentences under 12 words, or when no 4-gram is shared). The `topK` passages with
 *    most shared n-grams go on; nothing is compared pairwise.
 * 2. Local alignment of the sentence against each candidate (align.ts). At each edge the alignment is
 *    then extended within the passage clause while that scores above zero (anchoredAlign: a dropped
 *    qualifier between two kept words stays inside), and leftover edge words, up to edgeWindow on
 *    both sides, are paired globally so that a changed first or last word shows as a change.
 * 3. Similarity = the share of alignment columns that are identical words, where a column is an
 *    identical pair, a replaced word, an inserted draft word or a deleted agreed word. Every word of the
 *    sentence is in a column (unaligned ones as insertions); agreed words count only inside the compared
 *    stretch. 1 means the sentence occurs verbatim in the passage; replacing 1 word in 5 gives 0.8,
 *    dropping a 4-word qualifier from a 20-word sentence gives 0.83.
 * 4. The best candidate (similarity, then identical words, then consensus documents, then corpus order)
 *    is reported if similarity exceeds threshold (0.5: more than half the columns identical) and at
 *    least minMatchedWords (5) words are identical.
 * A sentence spliced from several agreed passages is read by sources.ts, which calls bestReuse on the
 * stretches this reading leaves unexplained.
 */
import { anchoredAlign, localAlign, globalAlign, type Step } from './align.ts';
import { diffFromSteps, type DiffOp, type Side } from './diff.ts';
import { findKey, gramHash, type NgramIndex } from './ngramIndex.ts';
import type { ReferenceIndex } from './referenceIndex.ts';
import { isContentWord } from '../stopWords.ts';
import { tokenize, type Tokens } from '../tokenize.ts';

export interface Provenance {
  symbol: string;
  paragraph: string;
  /** See the measure above; 0..1, rounded to 3 decimals. */
  similarity: number;
  diff: DiffOp[];
}

/** A match with what the checks need to compare the draft sentence with the agreed passage. */
export interface ReuseMatch extends Provenance {
  passage: number;
  consensus: boolean;
  sentence: Side & { words: string[] };
  passageSide: Side;
  /** Alignment over the whole sentence: s sentence-local, p index into ReferenceIndex.ids. */
  steps: Step[];
  /** Compared stretch: sentence tokens [sFrom, sTo), passage tokens [pFrom, pTo). */
  region: { sFrom: number; sTo: number; pFrom: number; pTo: number };
  equal: number;
}

export interface Scored {
  passage: number;
  steps: Step[];
  /** steps[core[0] .. core[1]) is the local alignment before edge extension: the solid reuse. */
  core: [number, number];
  region: ReuseMatch['region'];
  equal: number;
  similarity: number;
}

function sentenceIds(index: ReferenceIndex, tokens: Tokens): Int32Array {
  const ids = new Int32Array(tokens.words.length);
  for (let k = 0; k < ids.length; k++) ids[k] = index.vocab.get(tokens.words[k]) ?? -1;
  return ids;
}

function gramSet(ids: Int32Array, n: number): Set<number> {
  const out = new Set<number>();
  outer: for (let i = 0; i + n <= ids.length; i++) {
    for (let k = i; k < i + n; k++) if (ids[k] < 0) continue outer;
    out.add(gramHash(ids, i, n));
  }
  return out;
}

/** Adds shared-n-gram counts into index.scratch; returns the passages touched. */
function collect(index: ReferenceIndex, grams: Set<number>, ngrams: NgramIndex, touched: number[]) {
  const counts = index.scratch;
  for (const h of grams) {
    const key = findKey(ngrams, h);
    if (key < 0) continue;
    for (let q = ngrams.offsets[key]; q < ngrams.offsets[key + 1]; q++) {
      const p = ngrams.postings[q];
      if (counts[p] === 0) touched.push(p);
      counts[p]++;
    }
  }
}

function candidates(index: ReferenceIndex, ids: Int32Array): { passages: number[]; grams: Set<number>; n: number } {
  const { n, fallbackN, shortSentence, topK } = index.options;
  const touched: number[] = [];
  let grams = gramSet(ids, n);
  let used = n;
  collect(index, grams, index.main, touched);
  if (ids.length < shortSentence || touched.length === 0) {
    grams = gramSet(ids, fallbackN);
    used = fallbackN;
    collect(index, grams, index.fallback, touched);
  }
  const counts = index.scratch;
  const top = touched.sort((a, b) => counts[b] - counts[a] || a - b).slice(0, topK);
  for (const p of touched) counts[p] = 0;
  return { passages: top, grams, n: used };
}

/** Narrows a long passage to the stretch around the sentence's n-grams, so alignment stays small. */
function window(index: ReferenceIndex, p: number, grams: Set<number>, n: number, m: number): [number, number] {
  const from = index.passageStarts[p];
  const to = index.passageStarts[p + 1];
  if (to - from <= 4 * m + 200) return [from, to];
  let first = -1;
  let last = -1;
  for (let i = from; i + n <= to; i++) {
    if (grams.has(gramHash(index.ids, i, n))) {
      if (first < 0) first = i;
      last = i + n;
    }
  }
  if (first < 0) return [from, Math.min(to, from + 4 * m + 200)];
  return [Math.max(from, first - 2 * m), Math.min(to, last + 2 * m)];
}

/** The clause of passage p holding passage tokens [pStart, pEnd): from the clause start before to the one after. */
function clauseAround(index: ReferenceIndex, p: number, pStart: number, pEnd: number): [number, number] {
  const pFirst = index.passageStarts[p];
  const pLast = index.passageStarts[p + 1];
  let clauseFrom = pStart;
  while (clauseFrom > pFirst && !index.clauseStart[clauseFrom]) clauseFrom--;
  let clauseTo = pEnd;
  while (clauseTo < pLast && !index.clauseStart[clauseTo]) clauseTo++;
  return [clauseFrom, clauseTo];
}

/**
 * Replaces a reading's columns on one side of its local alignment by a fresh edge extension over
 * sentence words [bound, start of the local alignment) ('before') or [its end, bound) ('after'), as
 * score() extends, without the leftover pairing. Returns the identical content words the extension
 * found (an "and" or "the" matches by chance; a "States" shows the edge was edited).
 * Used when another source takes the words beyond `bound`.
 */
export function extendEdge(index: ReferenceIndex, ids: Int32Array, s: Scored, side: 'before' | 'after', bound: number): number {
  const W = index.options.edgeWindow;
  const core = s.steps.slice(s.core[0], s.core[1]);
  const first = core[0];
  const last = core[core.length - 1];
  const [clauseFrom, clauseTo] = clauseAround(index, s.passage, first.p, last.p + 1);
  const ext =
    side === 'before'
      ? anchoredAlign(ids, bound, first.s, index.ids, Math.max(clauseFrom, first.p - 3 * W), first.p, 'before')
      : anchoredAlign(ids, last.s + 1, bound, index.ids, last.p + 1, Math.min(clauseTo, last.p + 1 + 3 * W), 'after');
  const beforeSteps = side === 'before' ? ext.steps : s.steps.slice(0, s.core[0]);
  const afterSteps = side === 'after' ? ext.steps : s.steps.slice(s.core[1]);
  s.steps = [...beforeSteps, ...core, ...afterSteps];
  s.core = [beforeSteps.length, beforeSteps.length + core.length];
  let content = 0;
  for (const st of ext.steps) if (st.s >= 0 && st.p >= 0 && ids[st.s] >= 0 && ids[st.s] === index.ids[st.p] && isContentWord(index.words[ids[st.s]])) content++;
  return content;
}

function score(index: ReferenceIndex, p: number, ids: Int32Array, win: [number, number]): Scored | null {
  const la = localAlign(ids, index.ids, win[0], win[1]);
  if (!la) return null;
  const W = index.options.edgeWindow;

  const [clauseFrom, clauseTo] = clauseAround(index, p, la.pStart, la.pEnd);

  // Extend across small edits next to the core within the clause, then pair off short leftovers.
  const pre = anchoredAlign(ids, 0, la.sStart, index.ids, Math.max(clauseFrom, la.pStart - 3 * W), la.pStart, 'before');
  const post = anchoredAlign(ids, la.sEnd, ids.length, index.ids, la.pEnd, Math.min(clauseTo, la.pEnd + 3 * W), 'after');
  const sA = pre.aStop;
  const pA = pre.bStop;
  const sB = post.aStop;
  const pB = post.bStop;
  const sFrom = sA <= W ? 0 : sA;
  const sTo = ids.length - sB <= W ? ids.length : sB;
  const pFrom = pA - clauseFrom <= W ? clauseFrom : pA;
  const pTo = clauseTo - pB <= W ? clauseTo : pB;

  const steps: Step[] = [];
  for (let s = 0; s < sFrom; s++) steps.push({ s, p: -1 });
  steps.push(...globalAlign(ids, sFrom, sA, index.ids, pFrom, pA));
  steps.push(...pre.steps);
  const core: [number, number] = [steps.length, steps.length + la.steps.length];
  steps.push(...la.steps, ...post.steps);
  steps.push(...globalAlign(ids, sB, sTo, index.ids, pB, pTo));
  for (let s = sTo; s < ids.length; s++) steps.push({ s, p: -1 });

  let equal = 0;
  for (const st of steps) if (st.s >= 0 && st.p >= 0 && ids[st.s] >= 0 && ids[st.s] === index.ids[st.p]) equal++;
  return { passage: p, steps, core, region: { sFrom, sTo, pFrom, pTo }, equal, similarity: equal / steps.length };
}

function better(index: ReferenceIndex, a: Scored, b: Scored): boolean {
  if (a.similarity !== b.similarity) return a.similarity > b.similarity;
  if (a.equal !== b.equal) return a.equal > b.equal;
  const ca = Number(index.consensus[index.passageDoc[a.passage]]);
  const cb = Number(index.consensus[index.passageDoc[b.passage]]);
  if (ca !== cb) return ca > cb;
  return a.passage < b.passage;
}

export function passageSide(index: ReferenceIndex, p: number): Side {
  return { text: index.passageText[p], ids: index.ids, starts: index.starts, ends: index.ends };
}

export type SentenceSide = ReuseMatch['sentence'] & { ids: Int32Array };

/** The draft sentence as the aligner sees it: normalised words, their ids in the index, their spans. */
export function sentenceSide(index: ReferenceIndex, sentence: string): SentenceSide {
  const tokens = tokenize(sentence);
  return { text: sentence, ids: sentenceIds(index, tokens), starts: tokens.starts, ends: tokens.ends, words: tokens.words };
}

/**
 * The best-scoring candidate for the sentence words [from, to), or null. Steps and region are in
 * whole-sentence indices; similarity is over that stretch only. Accepting it is the caller's call.
 */
export function bestReuse(index: ReferenceIndex, ids: Int32Array, from = 0, to = ids.length): Scored | null {
  const part = from === 0 && to === ids.length ? ids : ids.subarray(from, to);
  if (part.length === 0) return null;
  const found = candidates(index, part);
  let best: Scored | null = null;
  for (const p of found.passages) {
    const s = score(index, p, part, window(index, p, found.grams, found.n, part.length));
    if (!s) continue;
    if (!best || better(index, s, best)) best = s;
  }
  if (!best || from === 0) return best;
  for (const st of best.steps) if (st.s >= 0) st.s += from;
  best.region.sFrom += from;
  best.region.sTo += from;
  return best;
}

/** Whether a scored reuse is reuse at all: see the module comment, point 4. */
export function accepted(index: ReferenceIndex, s: Scored): boolean {
  return s.similarity > index.options.threshold && s.equal >= index.options.minMatchedWords;
}

/** Everything the checks and the result need about one accepted reuse. */
export function reuseMatch(index: ReferenceIndex, side: SentenceSide, best: Scored): ReuseMatch {
  const pSide = passageSide(index, best.passage);
  return {
    symbol: index.symbols[index.passageDoc[best.passage]],
    paragraph: index.passageLabel[best.passage],
    similarity: Math.round(best.similarity * 1000) / 1000,
    diff: diffFromSteps(best.steps, side, pSide),
    passage: best.passage,
    consensus: index.consensus[index.passageDoc[best.passage]],
    sentence: side,
    passageSide: pSide,
    steps: best.steps,
    region: best.region,
    equal: best.equal,
  };
}
