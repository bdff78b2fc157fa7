/**
 * The result of checking a draft. This shape is a public contract (CLI `--json`, API, editor panel):
 * add fields only with the lead's agreement, never rename or remove one.
 */
import type { PillarId } from '../../framework/catalogue/types.ts';
import type { Provenance, ReuseMatch } from '../provenance/match.ts';
import type { Source } from '../provenance/sources.ts';
import type { ReferenceIndex } from '../provenance/referenceIndex.ts';
import type { DraftLexicon } from '../lexicon.ts';

export type FlagKind =
  | 'modal-changed'
  | 'negation-changed'
  | 'qualifier-changed'
  | 'new-term'
  | 'law-norm-confusion'
  | 'evaluative-language'
  | 'unattributed-majority'
  | 'omitted-position'
  | 'pillar-underweight';

export const FLAG_KINDS: readonly FlagKind[] = [
  'modal-changed',
  'negation-changed',
  'qualifier-changed',
  'new-term',
  'law-norm-confusion',
  'evaluative-language',
  'unattributed-majority',
  'omitted-position',
  'pillar-underweight',
];

export interface Flag {
  kind: FlagKind;
  /** Names the words and the rule involved, in a sentence a drafter can act on. */
  explanation: string;
}

export interface SentenceCheck {
  /** The draft paragraph ('13 (a)', '¶2'), or 'document' for the whole-draft pseudo-sentence. */
  paragraph: string;
  text: string;
  pillars: PillarId[];
  /** The primary source (the one with most identical words): the same as sources[0] without spans. */
  match: Provenance | null;
  flags: Flag[];
  /** Every agreed source the sentence draws on, primary first, then in sentence order; [] for none. */
  sources: Source[];
}

export interface CheckResult {
  sentences: SentenceCheck[];
  balance: Record<PillarId, { words: number; paragraphs: number }>;
  missingPillars: PillarId[];
}

/** One position from the meeting record's stance map. */
export interface StanceEntry {
  /** A stance question id ('new-institutional-body') or the question's text. */
  question: string;
  /** 'supports' | 'opposes' | 'premature' | 'open' | 'conditional'. */
  value: string;
  /** Delegations holding that position, as the record names them. */
  speakers: string[];
}

export interface CheckOptions {
  /** A pillar with a smaller share of the draft's words is flagged (0.08). */
  minPillarShare?: number;
  stanceMap?: StanceEntry[];
  /** The framework version whose lexicons say what a sentence is about (the 2025 framework when absent). */
  framework?: DraftLexicon;
}

/** Paragraph id of the pseudo-sentence that carries whole-draft flags. */
export const DOCUMENT = 'document';

/** What a per-sentence check sees. */
export interface SentenceContext {
  text: string;
  words: string[];
  pillars: PillarId[];
  /** Pillars of the draft heading the sentence sits under. */
  section: PillarId[];
  /** The lexicons in use (CheckOptions.framework). */
  framework?: DraftLexicon;
  match: ReuseMatch | null;
  index: ReferenceIndex | null;
}
