import type { ColumnType, Generated } from 'kysely';

// Kysely types for the records tables (migrations/0100_records.sql, 0103_statement_sentences.sql).
export type SpeakerKind = 'state' | 'group' | 'organisation' | 'un-entity' | 'stakeholder' | 'chair' | 'secretariat' | 'rapporteur' | 'person' | 'observer';
export type LabelSource = 'machine' | 'person';
export type ProposalStatus = 'proposed' | 'under-discussion' | 'agreed' | 'not-pursued';
export type CorrectionField = 'speaker' | 'split' | 'merge' | 'pillar' | 'element' | 'stance' | 'reassign' | 'attribute';
type Json<T> = ColumnType<T, string, string>;

export interface RecordsTables {
  processes: { id: Generated<number>; slug: string; title: string; position: Generated<number> };
  meeting_sessions: {
    id: Generated<number>;
    process_id: number;
    number: number;
    title: string;
    starts_on: ColumnType<string | null, string | null | undefined, string | null>;
    ends_on: ColumnType<string | null, string | null | undefined, string | null>;
    /** migrations/0104_processes.sql: the body it is a session of (the process's plenary when inserted without), its type, its cycle. */
    body_id: ColumnType<number | null, number | null | undefined, number | null>;
    meeting_type: Generated<'organizational' | 'substantive' | 'dtg' | 'intersessional' | 'review-conference' | 'informal'>;
    cycle_id: ColumnType<number | null, number | null | undefined, number | null>;
  };
  meetings: {
    id: Generated<number>;
    session_id: number;
    number: number;
    held_on: ColumnType<string | null, string | null | undefined, string | null>;
    title: Generated<string>;
    agenda_pillar: string | null;
    agenda_text: string | null;
  };
  source_documents: {
    id: Generated<number>;
    meeting_id: number | null;
    kind: string;
    title: Generated<string>;
    author: string | null;
    filename: string;
    media_type: string;
    format: string;
    original: Uint8Array;
    sha256: string;
    byte_size: number;
    extracted_text: string;
    language: Generated<string>;
    un_symbol: string | null;
    origin_url: string | null;
    warnings: Json<string[]>;
    status: Generated<'draft' | 'published'>;
    visibility: Generated<'public' | 'states' | 'secretariat' | 'owner'>;
    uploaded_by: number | null;
    created_at: Generated<Date>;
    published_at: Date | null;
    published_by: number | null;
  };
  statements: {
    id: Generated<number>;
    document_id: number;
    meeting_id: number | null;
    position: number;
    speaker_kind: SpeakerKind;
    speaker_id: string;
    delivered_by: string | null;
    speaker_source: Generated<LabelSource>;
    speaker_cue: Generated<string>;
    text: string;
    paragraphs: number[];
    first_paragraph: number;
    last_paragraph: number;
    /** 1-based within its paragraph; last_sentence NULL = through the paragraph's end (stored before 0103). */
    first_sentence: number;
    last_sentence: number | null;
    /** The source text's offsets of the first sentence's start and the last sentence's end. */
    char_start: number;
    char_end: number;
    joint_with: Generated<string[]>;
    speaker_name: string | null;
    speaker_affiliation: string | null;
    supports_proposal: number | null;
    took_floor_again: Generated<boolean>;
    search: ColumnType<string, never, never>;
  };
  unattributed_sentences: { document_id: number; paragraph: number; sentence: number; char_start: number; char_end: number; cue: Generated<string> };
  /** Filled by triggers (migrations/0101_statement_paragraphs.sql); read-only from the application. */
  statement_paragraphs: { statement_id: number; ordinal: number; paragraph: number; search: ColumnType<string, never, never> };
  statement_tags: {
    id: Generated<number>;
    statement_id: number;
    pillar_id: string | null;
    element_id: string | null;
    confidence: number;
    explanation: Generated<string>;
    source: LabelSource;
  };
  statement_stances: {
    id: Generated<number>;
    statement_id: number;
    question_id: string;
    value: string;
    evidence: string;
    confidence: number;
    explanation: Generated<string>;
    source: LabelSource;
  };
  proposals: {
    id: Generated<number>;
    document_id: number;
    meeting_id: number | null;
    statement_id: number | null;
    proposer: string;
    paragraph: number;
    char_start: number;
    char_end: number;
    summary: string;
    status: Generated<ProposalStatus>;
    status_set_by: number | null;
    status_set_at: Date | null;
  };
  proposal_supporters: { proposal_id: number; participant: string; position: 'supports' | 'opposes'; statement_id: number | null };
  record_corrections: {
    id: Generated<number>;
    document_id: number;
    anchor_paragraph: number;
    /** The corrected statement's span and speaker when corrected; NULL for corrections made before 0103. */
    anchor_start: number | null;
    anchor_end: number | null;
    anchor_speaker: string | null;
    field: CorrectionField;
    before: Json<unknown>;
    after: Json<unknown>;
    corrected_by: number | null;
    corrected_by_label: string;
    corrected_at: Generated<Date>;
  };
  classifier_models: {
    id: Generated<number>;
    version: number;
    kind: Generated<string>;
    weights: Json<unknown>;
    examples: number;
    trained_at: Generated<Date>;
    trained_by: string;
  };
}
