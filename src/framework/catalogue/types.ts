/**
 * The shape of an agreed framework: pillars, their elements and the stance questions.
 * The catalogue is seeded into the database and versioned there; these types are the seed's contract.
 *
 * Lexicons are lower-case, trimmed terms and phrases that signal a pillar, element or stance in
 * diplomatic text. Spelling variants (British/American, hyphenated/spaced, singular/plural) are listed
 * separately because a matcher should not have to guess them.
 */

export const PILLAR_IDS = [
  'threats',
  'international-law',
  'norms',
  'cbms',
  'capacity-building',
  'institutional-dialogue',
] as const;

export type PillarId = (typeof PILLAR_IDS)[number];

export const STANCE_VALUES = ['supports', 'opposes', 'premature', 'open', 'conditional'] as const;

export type StanceValue = (typeof STANCE_VALUES)[number];

/** Where in agreed text a pillar or element comes from. */
export interface Source {
  /** UN document symbol, e.g. 'A/70/174'. */
  symbol: string;
  /** Paragraph, sub-paragraph or range, e.g. '13 (f)' or '24–29'. */
  paragraph: string;
}

export interface Pillar {
  id: PillarId;
  title: string;
  description: string;
  source: Source | null;
  lexicon: string[];
}

export interface Element {
  id: string;
  pillar: PillarId;
  /** Short title in our own words. */
  title: string;
  /** One or two sentences in our own words. */
  description: string;
  source: Source;
  lexicon: string[];
}

export interface StanceLexicon {
  /** Terms that show a text is about the question at all; stance phrases count only near these. */
  topic: string[];
  supports: string[];
  opposes: string[];
  premature: string[];
  open: string[];
  conditional: string[];
}

export interface StanceQuestion {
  id: string;
  question: string;
  pillar: PillarId;
  element?: string;
  lexicon: StanceLexicon;
}

export interface FrameworkVersion {
  id: string;
  title: string;
  /** ISO date the framework's closing report was adopted. */
  adopted: string;
  pillars: Pillar[];
  elements: Element[];
  questions: StanceQuestion[];
}

/**
 * What the meeting-record reader needs of a framework: ids, titles and lexicons. The compiled-in
 * catalogue is one; the current version in the database (src/framework/queries.ts
 * `readerFramework`) is another, with the stance questions added at run time.
 */
export interface ReaderFramework {
  id: string;
  pillars: ReadonlyArray<Pick<Pillar, 'id' | 'title' | 'lexicon'>>;
  elements: ReadonlyArray<Pick<Element, 'id' | 'pillar' | 'lexicon'>>;
  questions: ReadonlyArray<Pick<StanceQuestion, 'id' | 'pillar' | 'lexicon'>>;
}
