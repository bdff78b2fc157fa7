// Kysely types for the drafting tables (migrations/0401_drafting.sql; the agreed-language tables
// were reference_documents / reference_paragraphs until migrations/0492_agreed_language.sql).
import type { ColumnType, Generated } from 'kysely';

export type SectionId =
  'introduction' | 'threats' | 'international-law' | 'norms' | 'cbms' | 'capacity-building' | 'institutional-dialogue' | 'conclusions' | 'recommendations';
export type AmendmentKind = 'replace' | 'insert-after' | 'delete';
export type AmendmentStatus = 'proposed' | 'accepted' | 'merged' | 'rejected';

export interface DraftingTables {
  agreed_language_documents: {
    id: Generated<number>;
    symbol: string;
    title: string;
    issued_on: ColumnType<string | null, string | null, string | null>;
    consensus: boolean;
    filename: string | null;
    format: string;
    sha256: string;
    original: Uint8Array;
    text: string;
    imported_by: number | null;
    created_at: Generated<Date>;
  };
  agreed_language_paragraphs: { document_id: number; position: number; paragraph: string; text: string };
  drafts: {
    id: Generated<number>;
    title: string;
    process: string | null;
    open_to_stakeholders: Generated<boolean>;
    created_by: number | null;
    created_at: Generated<Date>;
    /** 0490_process_ownership.sql; from `process` (a slug) or the OEWG 2021–2025 when inserted without. */
    process_id: ColumnType<number, number | undefined, number>;
  };
  draft_versions: {
    id: Generated<number>;
    draft_id: number;
    number: number;
    status: 'working' | 'issued';
    based_on: number | null;
    issued_at: Date | null;
    issued_by: number | null;
    created_at: Generated<Date>;
  };
  draft_paragraphs: {
    id: Generated<number>;
    version_id: number;
    key: string;
    position: number;
    section: SectionId;
    text: string;
    auto_pillars: string[];
    auto_elements: string[];
    person_pillars: string[] | null;
    person_elements: string[] | null;
    labelled_by: number | null;
    lock_version: Generated<number>;
  };
  amendments: {
    id: Generated<number>;
    draft_id: number;
    version_id: number;
    paragraph_key: string;
    paragraph_number: number;
    kind: AmendmentKind;
    text: string | null;
    base_text: string;
    justification: string;
    proposed_by: number;
    state_iso3: string;
    status: Generated<AmendmentStatus>;
    decided_by: number | null;
    decided_at: Date | null;
    decision_note: string | null;
    applied_to_version: number | null;
    created_at: Generated<Date>;
  };
  amendment_sponsors: { amendment_id: number; state_iso3: string; user_id: number; joined_at: Generated<Date> };
  amendment_reactions: {
    id: Generated<number>;
    amendment_id: number;
    state_iso3: string;
    user_id: number;
    reaction: 'supports' | 'opposes';
    created_at: Generated<Date>;
  };
  draft_changes: {
    id: Generated<number>;
    version_id: number;
    paragraph_key: string;
    kind: 'added' | 'edited' | 'deleted' | 'relabelled';
    before_text: string | null;
    after_text: string | null;
    amendment_id: number | null;
    actor_id: number | null;
    actor_label: string;
    at: Generated<Date>;
  };
  draft_comments: {
    id: Generated<number>;
    draft_id: number;
    version_id: number;
    paragraph_key: string | null;
    user_id: number;
    organisation_id: number | null;
    text: string;
    created_at: Generated<Date>;
  };
}
