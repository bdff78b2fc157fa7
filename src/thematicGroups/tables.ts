import type { Generated } from 'kysely';

// Kysely types for the thematic-group tables (migrations/0106_thematic_groups.sql).
export interface ThematicGroupsTables {
  meeting_facilitators: {
    id: Generated<number>;
    meeting_id: number;
    name: string;
    state_iso3: string | null;
    affiliation: Generated<string>;
    position: Generated<number>;
    created_by: number | null;
    created_at: Generated<Date>;
  };
  guiding_questions: {
    id: Generated<number>;
    meeting_id: number;
    number: number;
    text: string;
    framework_version: string | null;
    pillar_id: string | null;
    element_id: string | null;
    created_by: number | null;
    created_at: Generated<Date>;
  };
}
