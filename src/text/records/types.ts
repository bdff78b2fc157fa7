import type { PillarId, StanceValue } from '../../framework/catalogue/types.ts';

export type DocumentKind = 'event-report' | 'transcript' | 'summary-record' | 'press-release' | 'position-paper' | 'statement' | 'contribution' | 'other';

export const DOCUMENT_KINDS: readonly DocumentKind[] = [
  'event-report',
  'transcript',
  'summary-record',
  'press-release',
  'position-paper',
  'statement',
  'contribution',
  'other',
];

/**
 * What kind of speaker a statement's `speaker` id names. A `person` is someone the reader could not
 * place (kept with the name and affiliation as written, never dropped).
 */
export type SpeakerKind = 'state' | 'group' | 'organisation' | 'un-entity' | 'stakeholder' | 'chair' | 'secretariat' | 'rapporteur' | 'person';

/** A sentence of the source: the paragraph's number and the sentence's 1-based place in it. */
export interface SentenceRef {
  paragraph: number;
  sentence: number;
}

/** A non-empty line of the source, numbered from 1, with its offsets in the source text. */
export interface Paragraph {
  n: number;
  start: number;
  end: number;
  text: string;
}

export interface Span {
  start: number;
  end: number;
}

export type Tag = { pillar: PillarId; confidence: number; explanation: string } | { element: string; confidence: number; explanation: string };

export interface Stance {
  question: string;
  value: StanceValue;
  /** The sentence quoted as evidence, verbatim from the source. */
  evidence: string;
  confidence: number;
  /** Why the value was chosen: the cue phrases and where the topic was found. */
  explanation: string;
}

export interface ReadStatement {
  order: number;
  /**
   * ISO alpha-3 for a State; `chair`, `secretariat`, a UN entity id, a speaking-group id or an
   * organisation id otherwise. For a statement made for a group the speaker is the group and
   * `deliveredBy` is the State that read it out.
   */
  speaker: string;
  speakerKind: SpeakerKind;
  deliveredBy?: string;
  /** The group spoken for, when there is one (then equal to `speaker`). */
  onBehalfOf?: string;
  /** For a `person` (and any speaker named as a person): the name and affiliation as written. */
  person?: { name: string; affiliation?: string };
  /** The paragraphs the statement's sentences lie in. */
  paragraphs: number[];
  /** The first and last sentence the statement covers (a statement is a run of sentences). */
  sentences: { from: SentenceRef; to: SentenceRef };
  /**
   * Speakers who made this statement together in one sentence ("Cuba and Nicaragua stated…"): each
   * gets its own statement over the same span, and each lists the others here.
   */
  joint?: string[];
  /** A statement of support for a proposal: the proposal's index in `Reading.proposals`. */
  supportsProposal?: number;
  tookFloorAgain: boolean;
  pillars: PillarId[];
  elements: string[];
  stances: Stance[];
  tags: Tag[];
  /** Offsets in the source text from the start of the first sentence to the end of the last. */
  span: Span;
  /** The words that named the speaker, for review beside the source. */
  speakerCue: string;
}

export interface Proposal {
  by: string;
  paragraph: number;
  summary: string;
  supportedBy: string[];
  opposedBy: string[];
  span: Span;
}

/** A sentence that names a speaker the reader could not resolve: left for a person to attribute. */
export interface Unattributed {
  at: SentenceRef;
  span: Span;
  /** The words that seemed to name a speaker. */
  cue: string;
}

export interface Reading {
  kind: DocumentKind;
  statements: ReadStatement[];
  /** Sentences never given to the previous speaker because their named subject was not recognised. */
  unattributed: Unattributed[];
  proposals: Proposal[];
  /** Per paragraph number, the States mentioned in it other than the one speaking. */
  mentions: Record<string, string[]>;
  /** Pillars of the meeting's agenda topic, when the opening paragraphs name one. */
  agenda: PillarId[];
  warnings: string[];
}
