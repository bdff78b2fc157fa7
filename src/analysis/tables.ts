import type { ColumnType, Generated } from 'kysely';

// Kysely types for the analysis tables (migrations/0300_analysis.sql, 0301_analysis_cycle_settings.sql).
export type ProviderKind = 'state' | 'organisation' | 'programme';
export type Modality = 'in-person' | 'remote' | 'hybrid';

export interface AnalysisTables {
  capacity_offers: {
    id: Generated<number>;
    provider_kind: ProviderKind;
    provider_state: string | null;
    provider_organisation: number | null;
    provider_name: string;
    title: string;
    description: Generated<string>;
    framework_version: string;
    elements: string[];
    kinds: string[];
    stages: Generated<string[]>;
    eligible_regions: Generated<string[]>;
    eligible_states: Generated<string[]>;
    languages: string[];
    modality: Modality;
    starts_on: ColumnType<string | null, string | null | undefined, string | null>;
    ends_on: ColumnType<string | null, string | null | undefined, string | null>;
    contact: string;
    demo: Generated<boolean>;
    registered_by: number | null;
    registered_by_label: string;
    created_at: Generated<Date>;
    withdrawn_at: Date | null;
  };
  analysis_cycle_settings: {
    cycle_id: number;
    series: string;
    min_reports: number | null;
    updated_by: number | null;
    updated_at: Generated<Date>;
  };
}
