/**
 * Which pillars a draft sentence is about, from the framework catalogue's lexicons (pillar and element
 * terms, word-boundary phrase matches). A sentence is tagged with every pillar it has a term of, the
 * pillar with most matches first. This is a small classifier on purpose: it explains itself (the
 * matched terms), and drafts are written in the catalogue's own vocabulary.
 */
import { FRAMEWORK_2025 } from '../../framework/catalogue/index.ts';
import { PILLAR_IDS, type PillarId } from '../../framework/catalogue/types.ts';
import { PhraseMatcher, type PhraseHit } from './phrases.ts';

export interface PillarTag {
  pillar: PillarId;
  /** Element id, or null for a pillar-level term. */
  element: string | null;
}

function entries() {
  const out: Array<{ phrase: string; tag: PillarTag }> = [];
  for (const p of FRAMEWORK_2025.pillars) for (const phrase of p.lexicon) out.push({ phrase, tag: { pillar: p.id, element: null } });
  for (const e of FRAMEWORK_2025.elements) for (const phrase of e.lexicon) out.push({ phrase, tag: { pillar: e.pillar, element: e.id } });
  return out;
}

let matcher: PhraseMatcher<PillarTag> | null = null;

/** Lexicon hits in a sentence's words (built once, on first use). */
export function lexiconHits(words: readonly string[]): PhraseHit<PillarTag>[] {
  matcher ??= new PhraseMatcher(entries());
  return matcher.match(words);
}

/** Lexicon matches per pillar. */
export function pillarScores(words: readonly string[]): Map<PillarId, number> {
  const score = new Map<PillarId, number>();
  for (const h of lexiconHits(words)) score.set(h.tag.pillar, (score.get(h.tag.pillar) ?? 0) + 1);
  return score;
}

/**
 * @example classifyPillars(words('States should protect critical infrastructure.')) // ['norms', …]
 */
export function classifyPillars(words: readonly string[]): PillarId[] {
  const score = pillarScores(words);
  return [...score.keys()].sort((a, b) => score.get(b)! - score.get(a)! || PILLAR_IDS.indexOf(a) - PILLAR_IDS.indexOf(b));
}
