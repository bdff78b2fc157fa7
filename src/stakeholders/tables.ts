import type { Generated } from 'kysely';

// Kysely types for this capability's tables (migrations 0501, 0502, 0508).
export type ApplicationStatus = 'awaiting-confirmation' | 'objection-window' | 'accredited' | 'not-accredited';
export type OrganisationKind = 'ngo' | 'private-sector' | 'academia' | 'technical-community';
export type EcosocStatus = 'general' | 'special' | 'roster' | 'none';
export type Procedure = 'ecosoc' | 'no-objection' | 'carried-over';
export type AccreditationBasis = Procedure | 'listed';
export type SubscriberStatus = 'pending' | 'confirmed' | 'unsubscribed';

export interface StakeholdersTables {
  accreditation_applications: {
    id: Generated<number>;
    organisation_name: string;
    kind: OrganisationKind;
    country_iso3: string | null;
    ecosoc_status: EcosocStatus;
    website: string | null;
    description: string;
    contact_name: string;
    contact_email: string;
    procedure: Procedure;
    status: ApplicationStatus;
    process_id: number;
    window_opened_at: Date | null;
    deadline_at: Date | null;
    working_days: number | null;
    organisation_id: number | null;
    outcome_notice: string | null;
    created_at: Generated<Date>;
    decided_at: Date | null;
  };
  accreditation_status_history: {
    id: Generated<number>;
    application_id: number;
    status: string;
    at: Generated<Date>;
    actor_label: string;
    note: Generated<string>;
  };
  accreditation_objections: {
    id: Generated<number>;
    application_id: number;
    state_iso3: string;
    basis: Generated<string>;
    shared_with_states: Generated<boolean>;
    created_by: number;
    created_at: Generated<Date>;
  };
  stakeholder_contributions: {
    id: Generated<number>;
    organisation_id: number;
    session_label: string;
    process_name: string | null;
    session_id: number | null;
    title: string;
    summary: string;
    filename: string;
    media_type: Generated<string>;
    bytes: Uint8Array;
    sha256: string;
    body_text: string;
    framework_version: string;
    pillar_ids: string[];
    element_ids: string[];
    suggested_element_ids: string[];
    submitted_by: number;
    created_at: Generated<Date>;
    search: Generated<string>;
  };
  stakeholder_modalities: {
    process_id: number;
    ecosoc_basis: Generated<boolean>;
    no_objection_basis: Generated<boolean>;
    objection_working_days: number | null;
    carry_over_from: number | null;
    updated_by: number | null;
    updated_at: Generated<Date>;
  };
  process_accreditations: {
    id: Generated<number>;
    organisation_id: number;
    process_id: number;
    basis: AccreditationBasis;
    application_id: number | null;
    carried_over_from: number | null;
    accredited_at: Generated<Date>;
  };
  stakeholder_representatives: {
    id: Generated<number>;
    organisation_id: number;
    meeting_id: number;
    name: string;
    email: string;
    function: Generated<string>;
    registered_by: number | null;
    created_at: Generated<Date>;
  };
  interest_subscribers: {
    id: Generated<number>;
    process_id: number;
    name: string;
    email: string;
    affiliation: Generated<string>;
    language: 'en' | 'ar' | 'zh' | 'fr' | 'ru' | 'es';
    status: Generated<SubscriberStatus>;
    last_mailed_at: Date | null;
    created_at: Generated<Date>;
    confirmed_at: Date | null;
    unsubscribed_at: Date | null;
  };
  interest_tokens: {
    token_hash: string;
    subscriber_id: number;
    purpose: 'confirm' | 'unsubscribe';
    expires_at: Date | null;
    used_at: Date | null;
    created_at: Generated<Date>;
  };
}
