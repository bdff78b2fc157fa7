import type { ColumnType, Generated } from 'kysely';

// Kysely types for the analysis tables (migrations/0300_analysis.sql, 0301_analysis_cycle_settings.sql, 0507_cb_take_up.sql).
export type ProviderKind = 'state' | 'organisation' | 'programme';
export type Modality = 'in-person' | 'remote' | 'hybrid';
export type TakeUpStatus = 'contacted' | 'matched' | 'in-progress' | 'delivered' | 'closed';

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
  capacity_take_ups: {
    id: Generated<number>;
    need_id: number;
    report_id: number;
    state_iso3: string;
    element_id: string;
    need_kind: string;
    offer_id: number;
    opened_by: number | null;
    opened_by_label: string;
    created_at: Generated<Date>;
  };
  capacity_take_up_steps: {
    id: Generated<number>;
    take_up_id: number;
    status: TakeUpStatus;
    on_date: ColumnType<string, string, never>;
    note: Generated<string>;
    outcome: Generated<string>;
    actor_id: number | null;
    actor_label: string;
    created_at: Generated<Date>;
  };
}
