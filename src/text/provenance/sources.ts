/**
 * Every agreed passage a draft sentence draws on. Drafters splice: the first half of one agreed
 * sentence joined to the second half of another, or two agreed sentences joined by a semicolon. One
 * best passage then explains only part of the sentence, and its similarity over the whole sentence can
 * even fall below the threshold although every word is agreed language.
 *
 * Reading: the best reuse of the whole sentence is the core (match.ts). Each stretch of the sentence
 * outside the core's local alignment (before its first identical word, after its last) that holds at
 * least minMatchedWords known words is read the same way, recursively. A stretch explained by another
 * passage is handed to it: the core keeps only the words its edge extension really matched next to
 * it (see share), so no draft word counts for two sources and each source's similarity is measured
 * over its own stretch of the sentence.
 * Each reading must then pass the usual test (similarity above threshold, minMatchedWords identical
 * words); one that fails takes its sub-readings with it. A sentence with one source reads exactly as
 * before, because a stretch shorter than minMatchedWords (a framing "The Group recalled that") is
 * never searched.
 *
 * The primary source, for consumers that show one, is the one with most identical words.
 */
import type { Step } from './align.ts';
import { accepted, bestReuse, extendEdge, reuseMatch, sentenceSide, type Provenance, type ReuseMatch, type Scored } from './match.ts';
import type { ReferenceIndex } from './referenceIndex.ts';
import { isContentWord } from '../stopWords.ts';

/** At most this many sources per sentence: bounds the work on a long sentence of many fragments. */
export const MAX_SOURCES = 6;

export interface Span {
  start: number;
  end: number;
}

/** One agreed source of a sentence, as the check result reports it. */
export interface Source extends Provenance {
  /** The aligned stretch of the draft sentence (first to last word paired with agreed text): text.slice(start, end). */
  sentenceSpan: Span;
  /** The same stretch in the source paragraph's text (marker excluded, whitespace collapsed). */
  sourceSpan: Span;
  /** The agreed words of sourceSpan, quoted. */
  sourceText: string;
}

const isEqual = (index: ReferenceIndex, ids: Int32Array, st: Step) => st.s >= 0 && st.p >= 0 && ids[st.s] >= 0 && ids[st.s] === index.ids[st.p];

function knownWords(ids: Int32Array, from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i++) if (ids[i] >= 0) n++;
  return n;
}

/** The sentence index just after the last identical word of a reading's local alignment, or of its first. */
const laEnd = (s: Scored) => s.steps[s.core[1] - 1].s + 1;
const laStart = (s: Scored) => s.steps[s.core[0]].s;

/** Recomputes what a reading's kept columns cover and how similar they are. */
function settle(index: ReferenceIndex, ids: Int32Array, s: Scored): void {
  const sIdx = s.steps.filter((st) => st.s >= 0).map((st) => st.s);
  const pIdx = s.steps.filter((st) => st.p >= 0).map((st) => st.p);
  s.region = { sFrom: Math.min(...sIdx), sTo: Math.max(...sIdx) + 1, pFrom: Math.min(...pIdx), pTo: Math.max(...pIdx) + 1 };
  s.equal = s.steps.filter((st) => isEqual(index, ids, st)).length;
  s.similarity = s.equal / s.steps.length;
}

/**
 * Keeps a reading's columns on one side of sentence index `at`: 'from' keeps the words at `at` and
 * after, 'before' those before it; deleted agreed words beyond the last kept draft word go too.
 * The local alignment itself is never cut (callers pass an `at` outside it).
 */
function cut(index: ReferenceIndex, ids: Int32Array, s: Scored, keep: 'from' | 'before', at: number): void {
  if (keep === 'from') {
    let k = 0;
    while (k < s.core[0] && !(s.steps[k].s >= at)) k++;
    s.steps = s.steps.slice(k);
    s.core = [s.core[0] - k, s.core[1] - k];
  } else {
    let k = s.steps.length;
    while (k > s.core[1] && !(s.steps[k - 1].s >= 0 && s.steps[k - 1].s < at)) k--;
    s.steps = s.steps.slice(0, k);
  }
  settle(index, ids, s);
}

/**
 * Settles the words between the core's local alignment and the nearest other reading on one side.
 * The core is extended afresh over them, up to the other reading's local alignment; when that finds
 * identical content words it keeps them (an edited edge of the core: "…; States must not …" against "States
 * should not …") and the other reading gives up its columns there; otherwise the other reading
 * keeps them. No draft word is counted by two sources.
 */
function share(index: ReferenceIndex, ids: Int32Array, core: Scored, other: Scored, side: 'before' | 'after'): void {
  if (side === 'before') {
    const found = extendEdge(index, ids, core, 'before', laEnd(other));
    if (found === 0) extendEdge(index, ids, core, 'before', laStart(core));
    settle(index, ids, core);
    cut(index, ids, other, 'before', core.region.sFrom);
  } else {
    const found = extendEdge(index, ids, core, 'after', laStart(other));
    if (found === 0) extendEdge(index, ids, core, 'after', laEnd(core));
    settle(index, ids, core);
    cut(index, ids, other, 'from', core.region.sTo);
  }
}

/**
 * Drops a weak end from a reading's local alignment: a foreign word followed only by identical
 * function words ("…greenhouse gas, pain and" against "…greenhouse gas, and"), which the alignment
 * takes because one more "and" pays for one skipped word. At a splice those words belong to the next
 * source. The columns stay; only the part that is never handed away shrinks.
 */
function solidify(index: ReferenceIndex, ids: Int32Array, s: Scored): void {
  const equal = (k: number) => isEqual(index, ids, s.steps[k]);
  const content = (k: number) => equal(k) && isContentWord(index.words[ids[s.steps[k].s]]);
  let [a, b] = s.core;
  for (let k = b - 1; k > a; k--) {
    if (content(k)) break;
    if (!equal(k)) {
      b = k;
      break;
    }
  }
  for (let k = a; k < b - 1; k++) {
    if (content(k)) break;
    if (!equal(k)) {
      a = k + 1;
      break;
    }
  }
  while (b > a && !equal(b - 1)) b--;
  while (a < b && !equal(a)) a++;
  if (a < b && (a !== s.core[0] || b !== s.core[1])) s.core = [a, b];
}

/** Readings of sentence words [from, to): an accepted core and the readings of the stretches beside it. */
function read(index: ReferenceIndex, ids: Int32Array, from: number, to: number, budget: { left: number }): Scored[] {
  const min = index.options.minMatchedWords;
  if (budget.left <= 0 || knownWords(ids, from, to) < min) return [];
  const core = bestReuse(index, ids, from, to);
  if (!core || core.equal < min) return [];
  budget.left--;
  solidify(index, ids, core);
  // Handing stretches away leaves at least the local alignment; if that alone would fail, no other
  // source can rescue this reading, so the stretches beside it are not searched.
  let coreEqual = 0;
  for (let k = core.core[0]; k < core.core[1]; k++) if (isEqual(index, ids, core.steps[k])) coreEqual++;
  const coreLength = core.core[1] - core.core[0];
  if (!(coreEqual / coreLength > index.options.threshold && coreEqual >= min)) {
    if (accepted(index, core)) return [core];
    budget.left++;
    return [];
  }
  // The (solid) local alignment starts and ends on identical words.
  const before = read(index, ids, from, laStart(core), budget);
  const after = read(index, ids, laEnd(core), to, budget);
  if (before.length)
    share(
      index,
      ids,
      core,
      before.reduce((a, b) => (b.region.sFrom > a.region.sFrom ? b : a)),
      'before',
    );
  if (after.length)
    share(
      index,
      ids,
      core,
      after.reduce((a, b) => (b.region.sFrom < a.region.sFrom ? b : a)),
      'after',
    );
  const readings = [core, ...before, ...after];
  if (!readings.every((r) => accepted(index, r))) {
    budget.left += readings.length;
    return [];
  }
  return readings;
}

/**
 * Every accepted reuse in the sentence, the primary first, then the others in sentence order.
 * @example matchSources(index, 'States should cooperate in good faith; capacity-building should be demand-driven.')
 *   .map((m) => m.paragraph) // ['13 (a)', '56']
 */
export function matchSources(index: ReferenceIndex, sentence: string): ReuseMatch[] {
  const side = sentenceSide(index, sentence);
  if (side.ids.length < index.options.minMatchedWords) return [];
  const readings = read(index, side.ids, 0, side.ids.length, { left: MAX_SOURCES });
  if (readings.length === 0) return [];
  const primary = readings.reduce((a, b) => (b.equal > a.equal ? b : a));
  const rest = readings.filter((r) => r !== primary).sort((a, b) => a.region.sFrom - b.region.sFrom);
  return [primary, ...rest].map((r) => reuseMatch(index, side, r));
}

/** The primary reuse of the sentence with everything the checks need, or null. */
export function matchSentence(index: ReferenceIndex, sentence: string): ReuseMatch | null {
  return matchSources(index, sentence)[0] ?? null;
}

/** The public shape of one source: provenance plus the aligned spans on both sides. */
export function sourceOf(m: ReuseMatch): Source {
  const paired = m.steps.filter((st) => st.s >= 0 && st.p >= 0);
  const a = paired[0];
  const b = paired[paired.length - 1];
  const sentenceSpan = { start: m.sentence.starts[a.s], end: m.sentence.ends[b.s] };
  const sourceSpan = { start: m.passageSide.starts[a.p], end: m.passageSide.ends[b.p] };
  return {
    symbol: m.symbol,
    paragraph: m.paragraph,
    similarity: m.similarity,
    diff: m.diff,
    sentenceSpan,
    sourceSpan,
    sourceText: m.passageSide.text.slice(sourceSpan.start, sourceSpan.end),
  };
}

/**
 * The primary agreed passage of one draft sentence, or null when nothing reaches the threshold.
 * @example findProvenance(index, 'States should not knowingly allow their territory to be used …')
 *   // { symbol: 'A/TEST/1', paragraph: '13 (c)', similarity: 1, diff: [{ op: 'equal', text: '…' }] }
 */
export function findProvenance(index: ReferenceIndex, sentence: string): Provenance | null {
  const m = matchSentence(index, sentence);
  return m && { symbol: m.symbol, paragraph: m.paragraph, similarity: m.similarity, diff: m.diff };
}

/** Every agreed source of one draft sentence, primary first. */
export function findSources(index: ReferenceIndex, sentence: string): Source[] {
  return matchSources(index, sentence).map(sourceOf);
}
