/**
 * Automatic pillar and element tags of a draft paragraph, from the framework lexicons the checks use,
 * so the editor and the checks panel agree on what a paragraph is about. A person's correction is
 * stored beside the automatic tags and wins (see `effectiveTags`).
 */
import { PILLAR_IDS, type PillarId } from '../framework/catalogue/types.ts';
import { lexiconHits, type DraftLexicon } from '../text/lexicon.ts';
import { words } from '../text/tokenize.ts';

export interface Tags {
  pillars: string[];
  elements: string[];
}

/** @example tagParagraph('States should protect critical infrastructure.') // { pillars: ['norms'], elements: ['norm-f', …] } */
export function tagParagraph(text: string, section?: string, fw?: DraftLexicon): Tags {
  const score = new Map<PillarId, number>();
  const elements = new Map<string, number>();
  for (const h of lexiconHits(words(text), fw)) {
    score.set(h.tag.pillar, (score.get(h.tag.pillar) ?? 0) + 1);
    if (h.tag.element) elements.set(h.tag.element, (elements.get(h.tag.element) ?? 0) + 1);
  }
  const pillars = [...score.keys()].sort((a, b) => score.get(b)! - score.get(a)! || PILLAR_IDS.indexOf(a) - PILLAR_IDS.indexOf(b));
  // A paragraph under a pillar's heading with no term of its own is about that pillar.
  if (pillars.length === 0 && section && (PILLAR_IDS as readonly string[]).includes(section)) pillars.push(section as PillarId);
  return { pillars, elements: [...elements.keys()].sort((a, b) => elements.get(b)! - elements.get(a)! || a.localeCompare(b)) };
}

export function effectiveTags(p: {
  auto_pillars: string[];
  auto_elements: string[];
  person_pillars: string[] | null;
  person_elements: string[] | null;
}): Tags & { byPerson: boolean } {
  const byPerson = p.person_pillars !== null || p.person_elements !== null;
  return { pillars: p.person_pillars ?? p.auto_pillars, elements: p.person_elements ?? p.auto_elements, byPerson };
}
