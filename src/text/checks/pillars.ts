/**
 * Which pillars a draft sentence is about, from the framework catalogue's lexicons (pillar and element
 * terms, word-boundary phrase matches) of the draft's framework version. A sentence is tagged with every pillar it has a term of, the
 * pillar with most matches first. This is a small classifier on purpose: it explains itself (the
 * matched terms), and drafts are written in the catalogue's own vocabulary.
 */
import { FRAMEWORK_2025 } from '../../framework/catalogue/index.ts';
import { PILLAR_IDS, type PillarId, type ReaderFramework } from '../../framework/catalogue/types.ts';
import { PhraseMatcher, type PhraseHit } from './phrases.ts';

export interface PillarTag {
  pillar: PillarId;
  /** Element id, or null for a pillar-level term. */
  element: string | null;
}

/** The pillars and elements whose lexicons tag a draft: a framework version's (the draft's process's). */
export type DraftLexicon = Pick<ReaderFramework, 'pillars' | 'elements'>;

function entries(fw: DraftLexicon) {
  const out: Array<{ phrase: string; tag: PillarTag }> = [];
  for (const p of fw.pillars) for (const phrase of p.lexicon) out.push({ phrase, tag: { pillar: p.id, element: null } });
  for (const e of fw.elements) for (const phrase of e.lexicon) out.push({ phrase, tag: { pillar: e.pillar, element: e.id } });
  return out;
}

// One matcher per framework object: readerFramework() hands back the same object while a version's
// content is unchanged, so a draft checked again reuses its matcher.
const matchers = new WeakMap<DraftLexicon, PhraseMatcher<PillarTag>>();
function matcherFor(fw: DraftLexicon) {
  let m = matchers.get(fw);
  if (!m) matchers.set(fw, (m = new PhraseMatcher(entries(fw))));
  return m;
}

/** Lexicon hits in a sentence's words, under `fw` (the 2025 framework when none is given). */
export function lexiconHits(words: readonly string[], fw: DraftLexicon = FRAMEWORK_2025): PhraseHit<PillarTag>[] {
  return matcherFor(fw).match(words);
}

/** Lexicon matches per pillar. */
export function pillarScores(words: readonly string[], fw?: DraftLexicon): Map<PillarId, number> {
  const score = new Map<PillarId, number>();
  for (const h of lexiconHits(words, fw)) score.set(h.tag.pillar, (score.get(h.tag.pillar) ?? 0) + 1);
  return score;
}

/**
 * @example classifyPillars(words('States should protect critical infrastructure.')) // ['norms', …]
 */
export function classifyPillars(words: readonly string[], fw?: DraftLexicon): PillarId[] {
  const score = pillarScores(words, fw);
  return [...score.keys()].sort((a, b) => score.get(b)! - score.get(a)! || PILLAR_IDS.indexOf(a) - PILLAR_IDS.indexOf(b));
}
