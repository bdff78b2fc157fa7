import type { Generated } from 'kysely';

// Kysely types for this capability's tables (migration 0503; names of 0509 and 0510).
export type MechanismKind = 'un-body' | 'regional-organisation' | 'treaty-body' | 'programme' | 'forum';
export type PointOfContactRole = 'diplomatic' | 'technical';

interface MechanismRevision {
  id: Generated<number>;
  mechanism_id: number;
  revision: number;
  name: string;
  parent_organisation: string;
  kind: MechanismKind;
  mandate_text: string;
  mandate_source: string;
  framework_version: string;
  pillar_ids: string[];
  element_ids: string[];
  membership: string;
  meeting_frequency: string;
  website: string | null;
  note: Generated<string>;
  created_by_label: string;
  created_at: Generated<Date>;
}
interface PointOfContactRevision {
  id: Generated<number>;
  point_of_contact_id: number;
  revision: number;
  name: string;
  role: PointOfContactRole;
  organisation: string;
  email: string;
  phone: string;
  languages: string[];
  time_zone: string;
  active: Generated<boolean>;
  created_by_label: string;
  created_at: Generated<Date>;
}

export interface RegistryTables {
  mechanisms: { id: Generated<number>; slug: string; demo: Generated<boolean>; created_at: Generated<Date> };
  mechanism_revisions: MechanismRevision;
  mechanism_current: MechanismRevision & { slug: string; demo: boolean };
  points_of_contact: { id: Generated<number>; state_iso3: string; created_at: Generated<Date> };
  point_of_contact_revisions: PointOfContactRevision;
  points_of_contact_current: PointOfContactRevision & { state_iso3: string };
  communication_checks: {
    id: Generated<number>;
    note: Generated<string>;
    all_states: boolean;
    state_iso3s: string[];
    started_by_label: string;
    started_at: Generated<Date>;
    expires_at: Date;
    demo: Generated<boolean>;
    respond_by: Date;
    follow_up_after_hours: number | null;
  };
  communications: {
    id: Generated<number>;
    template: 'assistance-13h' | 'incident-notification' | 'general';
    from_state_iso3: string;
    to_state_iso3: string;
    subject: string;
    body: string;
    created_by: number;
    created_at: Generated<Date>;
    expires_at: Date;
  };
  ack_requests: {
    id: Generated<number>;
    communication_check_id: number | null;
    communication_id: number | null;
    point_of_contact_id: number;
    point_of_contact_revision_id: number;
    state_iso3: string;
    email: string;
    token_hash: string;
    sent_at: Generated<Date> | Date;
    expires_at: Date;
    email_status: Generated<'queued' | 'sent' | 'failed' | 'not-configured' | 'cancelled'>;
    email_detail: Generated<string>;
    acknowledged_at: Date | null;
    ack_ms: number | null;
    follow_ups: Generated<number>;
    followed_up_at: Date | null;
  };
  ack_attempts: {
    id: Generated<number>;
    at: Generated<Date>;
    outcome: 'reused' | 'expired' | 'forged';
    token_prefix: string;
    ack_request_id: number | null;
    client: Generated<string>;
  };
}
