import type { ColumnType, Generated } from 'kysely';
import type { Lang } from '../i18n/languages.ts';
import type { Answers } from './answers.ts';

// Kysely types for the reporting tables (migrations/0200_reporting.sql; described in README.md).
type Json<T> = ColumnType<T, string, string>;
export type ReportVisibility = 'public' | 'states' | 'secretariat';
export type ReportStatus = 'draft' | 'submitted' | 'withdrawn';

export interface ReportingTables {
  reporting_cycles: {
    id: Generated<number>;
    code: string;
    title: string;
    framework_version: string;
    opens_on: ColumnType<string, string, string>;
    due_on: ColumnType<string, string, string>;
    closes_on: ColumnType<string, string, string>;
    demo: Generated<boolean>;
    created_by: number | null;
    created_at: Generated<Date>;
    /** 0490_process_ownership.sql; the OEWG 2021–2025 when inserted without. */
    process_id: ColumnType<number, number | undefined, number>;
  };
  reporting_expected_states: { cycle_id: number; state_iso3: string; reopened_until: Date | null; reopened_by: number | null };
  national_reports: {
    id: Generated<number>;
    cycle_id: number;
    state_iso3: string;
    language: Lang;
    visibility: Generated<ReportVisibility>;
    status: Generated<ReportStatus>;
    draft_answers: ColumnType<Answers, string | undefined, string>;
    lock_version: Generated<number>;
    draft_saved_at: Date | null;
    draft_saved_by: number | null;
    current_revision: Generated<number>;
    first_submitted_at: Date | null;
    last_submitted_at: Date | null;
    withdrawn_at: Date | null;
    withdrawn_by: number | null;
    withdrawal_reason: string | null;
    demo: Generated<boolean>;
    created_at: Generated<Date>;
  };
  national_report_revisions: {
    report_id: number;
    revision: number;
    answers: Json<Answers>;
    language: Lang;
    receipt: string;
    checksum: string;
    submitted_at: Generated<Date>;
    submitted_by: number | null;
    submitted_by_label: string;
    on_time: boolean;
    search: ColumnType<string, never, never>;
  };
  national_report_capacity_needs: {
    id: Generated<number>;
    report_id: number;
    revision: number;
    position: number;
    element_id: string;
    kind: string;
    priority: string;
    description: string;
  };
  national_report_translations: {
    id: Generated<number>;
    report_id: number;
    revision: number;
    language: Lang;
    method: 'human' | 'machine';
    answers: Json<Answers>;
    translator: Generated<string>;
    created_by: number | null;
    created_at: Generated<Date>;
  };
  reporting_reminders: {
    id: Generated<number>;
    cycle_id: number;
    state_iso3: string;
    note: Generated<string>;
    sent_at: Generated<Date>;
    sent_by: number | null;
  };
  national_report_imports: {
    id: Generated<number>;
    report_id: number;
    format: 'docx' | 'json' | 'csv';
    answers: Json<Answers>;
    base_lock_version: number;
    created_by: number | null;
    created_at: Generated<Date>;
    confirmed_at: Date | null;
    cancelled_at: Generated<Date | null>;
  };
  reporting_template_keys: { id: number; secret: string };
  reporting_validation_rules: {
    id: Generated<number>;
    cycle_id: number;
    kind: 'required' | 'implemented-needs-measure' | 'min-length' | 'max-length';
    target: string | null;
    field: string | null;
    amount: number | null;
    severity: 'error' | 'warning';
    created_by: number | null;
    created_at: Generated<Date>;
    retired_at: Date | null;
    retired_by: number | null;
  };
}
