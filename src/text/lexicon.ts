/**
 * The one lexicon tagger: which pillars and elements of a framework version a text is about, from
 * their lexicons (word-boundary phrase matches over the toolkit's tokens, src/text/phrases.ts). It
 * explains itself (the matched terms), and drafts, mandates and contributions are written in the
 * catalogue's own vocabulary. Two readings of the same matches:
 * - `lexiconHits` / `classifyPillars`: every hit of a sentence's words (the drafting checks and the
 *   draft paragraph tags);
 * - `matchElements`: elements of a free text ranked by how often their lexicons occur, an
 *   occurrence counted once (the registry's mandates, stakeholders' contributions).
 */
import { FRAMEWORK_2025 } from '../framework/catalogue/index.ts';
import { PILLAR_IDS, type PillarId, type ReaderFramework } from '../framework/catalogue/types.ts';
import { PhraseMatcher, type PhraseHit } from './phrases.ts';
import { parts, words } from './tokenize.ts';

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

/** Lexicon hits in a sentence's words (src/text/tokenize.ts), under `fw` (the 2025 framework when none is given). */
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

/** The framework's elements and pillars with their lexicons, for tagging free text (src/framework/tagCatalogue.ts loads it). */
export interface TagCatalogue {
  version: string;
  pillars: Array<{ id: string; title: string; lexicon: string[] }>;
  elements: Array<{ id: string; pillarId: string; title: string; lexicon: string[] }>;
}

export interface LexiconHit {
  id: string;
  pillarId: string;
  title: string;
  count: number;
  terms: string[];
}

/** Words with hyphenated ones split, so "confidence-building" and "confidence building" are one phrase. */
const looseWords = (text: string) => words(text).flatMap(parts);

interface ElementPhrase {
  element: number;
  phrase: string;
  rank: number;
}

// The catalogue is loaded afresh per request; its matcher is kept while its lexicons are the same.
let last: { key: string; matcher: PhraseMatcher<ElementPhrase> } | undefined;
function elementMatcher(catalogue: TagCatalogue): PhraseMatcher<ElementPhrase> {
  const key = JSON.stringify(catalogue.elements.map((e) => e.lexicon));
  if (last?.key !== key) {
    const list: Array<{ phrase: string; tag: ElementPhrase }> = [];
    catalogue.elements.forEach((e, element) => {
      // Longest phrase first, so a longer phrase takes its span before the shorter ones inside it.
      [...e.lexicon]
        .sort((a, b) => b.length - a.length)
        .forEach((phrase, rank) => {
          if (phrase.length >= 2) list.push({ phrase, tag: { element, phrase, rank } });
        });
    });
    last = { key, matcher: new PhraseMatcher(list, looseWords) };
  }
  return last.matcher;
}

/**
 * Elements whose lexicon phrases occur in the text, most mentioned first. Each occurrence counts once:
 * where a longer phrase matched, the shorter phrases inside that span are not counted again.
 * @example matchElements('A national CERT and a point of contact', catalogue) // [{ id: 'cbm-…', count: 2, terms: […] }, …]
 */
export function matchElements(text: string, catalogue: TagCatalogue, opts: { min?: number } = {}): LexiconHit[] {
  const byElement = new Map<number, PhraseHit<ElementPhrase>[]>();
  for (const h of elementMatcher(catalogue).match(looseWords(text))) {
    const list = byElement.get(h.tag.element);
    if (list) list.push(h);
    else byElement.set(h.tag.element, [h]);
  }
  const hits: LexiconHit[] = [];
  for (const [index, found] of byElement) {
    const e = catalogue.elements[index]!;
    found.sort((a, b) => a.tag.rank - b.tag.rank || a.start - b.start);
    const spans: Array<[number, number]> = [];
    const terms: string[] = [];
    for (const h of found) {
      if (spans.some(([s, t]) => h.start < t && h.end > s)) continue;
      spans.push([h.start, h.end]);
      if (!terms.includes(h.tag.phrase)) terms.push(h.tag.phrase);
    }
    if (spans.length >= (opts.min ?? 1)) hits.push({ id: e.id, pillarId: e.pillarId, title: e.title, count: spans.length, terms });
  }
  return hits.sort((a, b) => b.count - a.count || a.id.localeCompare(b.id));
}

/** Pillars of the given elements, in the catalogue's order. */
export function pillarsOf(elementIds: string[], catalogue: TagCatalogue): string[] {
  const wanted = new Set(catalogue.elements.filter((e) => elementIds.includes(e.id)).map((e) => e.pillarId));
  return catalogue.pillars.map((p) => p.id).filter((id) => wanted.has(id));
}

/** Rejects element or pillar ids the current framework does not have. */
export function unknownIds(ids: { elements?: string[]; pillars?: string[] }, catalogue: TagCatalogue): string[] {
  const el = new Set(catalogue.elements.map((e) => e.id));
  const pi = new Set(catalogue.pillars.map((p) => p.id));
  return [...(ids.elements ?? []).filter((i) => !el.has(i)), ...(ids.pillars ?? []).filter((i) => !pi.has(i))];
}
