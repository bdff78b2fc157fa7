import type { PillarId, StanceValue } from '../../framework/catalogue/types.ts';

export type DocumentKind =
  | 'event-report' | 'transcript' | 'summary-record' | 'position-paper' | 'statement' | 'contribution' | 'other';

export const DOCUMENT_KINDS: readonly DocumentKind[] = [
  'event-report', 'transcript', 'summary-record', 'position-paper', 'statement', 'contribution', 'other',
];

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

export type Tag =
  | { pillar: PillarId; confidence: number; explanation: string }
  | { element: string; confidence: number; explanation: string };

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
  deliveredBy?: string;
  /** The group spoken for, when there is one (then equal to `speaker`). */
  onBehalfOf?: string;
  paragraphs: number[];
  tookFloorAgain: boolean;
  pillars: PillarId[];
  elements: string[];
  stances: Stance[];
  tags: Tag[];
  /** Offsets in the source text from the start of the first paragraph to the end of the last. */
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

export interface Reading {
  kind: DocumentKind;
  statements: ReadStatement[];
  proposals: Proposal[];
  /** Per paragraph number, the States mentioned in it other than the one speaking. */
  mentions: Record<string, string[]>;
  /** Pillars of the meeting's agenda topic, when the opening paragraphs name one. */
  agenda: PillarId[];
  warnings: string[];
}
