/**
 * Every agreed passage a draft sentence draws on. Drafters splice: the first half of one agreed
 * sentence joined to the second half of another, or two agreed sentences joined by a semicolon. One
 * best passage then explains only part of the sentence, and its similarity over the whole sentence can
 * even fall below the threshold although every word is agreed language.
 *
 * Reading: the best reuse of the whole sentence is the core (match.ts). Each stretch of the sentence
 * outside the core's local alignment (before its first identical word, after its last) that holds at
 * least minMatchedWords known words is read the same way, recursively. A stretch explained by another
 * passage is handed to it: the core's columns there (draft words it could not pair, or paired with
 * the agreed words next to it by the edge extension) are dropped, so each source's similarity is
 * measured over its own stretch of the sentence.
 * Each reading must then pass the usual test (similarity above threshold, minMatchedWords identical
 * words); one that fails takes its sub-readings with it. A sentence with one source reads exactly as
 * before, because a stretch shorter than minMatchedWords (a framing "The Group recalled that") is
 * never searched.
 *
 * The primary source, for consumers that show one, is the one with most identical words.
 */
import type { Step } from './align.ts';
import { accepted, bestReuse, reuseMatch, sentenceSide, type Provenance, type ReuseMatch, type Scored } from './match.ts';
import type { ReferenceIndex } from './referenceIndex.ts';

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

/**
 * Hands the stretch before (`side` 'before') or after the local alignment to another source: drops
 * the columns the edge extension added there, which paired those draft words with whatever agreed
 * words stood next to the core.
 */
function trim(index: ReferenceIndex, ids: Int32Array, s: Scored, side: 'before' | 'after'): void {
  if (side === 'before') {
    s.steps = s.steps.slice(s.core[0]);
    s.core = [0, s.core[1] - s.core[0]];
    s.region.sFrom = s.steps[0].s;
    s.region.pFrom = s.steps[0].p;
  } else {
    s.steps = s.steps.slice(0, s.core[1]);
    const last = s.steps[s.steps.length - 1];
    s.region.sTo = last.s + 1;
    s.region.pTo = last.p + 1;
  }
  s.equal = s.steps.filter((st) => isEqual(index, ids, st)).length;
  s.similarity = s.equal / s.steps.length;
}

/** Readings of sentence words [from, to): an accepted core and the readings of the stretches beside it. */
function read(index: ReferenceIndex, ids: Int32Array, from: number, to: number, budget: { left: number }): Scored[] {
  const min = index.options.minMatchedWords;
  if (budget.left <= 0 || knownWords(ids, from, to) < min) return [];
  const core = bestReuse(index, ids, from, to);
  if (!core || core.equal < min) return [];
  budget.left--;
  // The local alignment starts and ends on identical words (Smith–Waterman never ends on a loss).
  const first = core.steps[core.core[0]].s;
  const last = core.steps[core.core[1] - 1].s;
  const before = read(index, ids, from, first, budget);
  const after = read(index, ids, last + 1, to, budget);
  if (before.length) trim(index, ids, core, 'before');
  if (after.length) trim(index, ids, core, 'after');
  if (!accepted(index, core)) {
    budget.left += 1 + before.length + after.length;
    return [];
  }
  return [core, ...before, ...after];
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
