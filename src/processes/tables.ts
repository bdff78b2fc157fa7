import type { ColumnType, Generated } from 'kysely';

// Kysely types for the processes tables (migrations/0104_processes.sql). The columns added to
// meeting_sessions (body_id, meeting_type, cycle_id) are declared with that table in src/records/tables.ts,
// reporting_cycles.process_id and drafts.process_id (0490_process_ownership.sql) with theirs.
export type BodyKind = 'plenary' | 'organizational' | 'dtg' | 'intersessional' | 'review-conference' | 'working-group';
export type MeetingType = 'organizational' | 'substantive' | 'dtg' | 'intersessional' | 'review-conference' | 'informal';
export const BODY_KINDS: readonly BodyKind[] = ['plenary', 'organizational', 'dtg', 'intersessional', 'review-conference', 'working-group'];
export const MEETING_TYPES: readonly MeetingType[] = ['organizational', 'substantive', 'dtg', 'intersessional', 'review-conference', 'informal'];

type Day = ColumnType<string, string, string>;

export interface ProcessesTables {
  process_bodies: {
    id: Generated<number>;
    process_id: number;
    slug: string;
    kind: BodyKind;
    title: string;
    theme: string | null;
    position: Generated<number>;
  };
  process_cycles: {
    id: Generated<number>;
    process_id: number;
    slug: string;
    title: string;
    starts_on: Day;
    ends_on: Day;
    outcome: Generated<string>;
    created_by: number | null;
    created_at: Generated<Date>;
  };
  agenda_items: {
    id: Generated<number>;
    session_id: number;
    number: string;
    title: string;
    pillar: string | null;
    position: Generated<number>;
  };
}
