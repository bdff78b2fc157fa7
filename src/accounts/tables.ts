import type { ColumnType, Generated } from 'kysely';

export type Role = 'secretariat' | 'chair' | 'delegate' | 'stakeholder';

export interface AccountsTables {
  users: {
    id: Generated<number>;
    email: string;
    display_name: string;
    password_hash: string;
    role: Role;
    state_iso3: string | null;
    organisation_id: number | null;
    disabled: Generated<boolean>;
    created_at: Generated<Date>;
    password_changed_at: Generated<Date>;
  };
  /** A signed-in browser (a meeting's session is meeting_sessions). */
  sign_in_sessions: { id: string; user_id: number; csrf_token: string; created_at: Generated<Date>; expires_at: Date };
  api_tokens: {
    id: Generated<number>;
    user_id: number;
    name: string;
    token_hash: string;
    created_at: Generated<Date>;
    last_used_at: Date | null;
    revoked_at: Date | null;
  };
  audit_events: {
    id: Generated<number>;
    at: Generated<Date>;
    actor_id: number | null;
    actor_label: string;
    action: string;
    item_type: string;
    item_id: string | null;
    before: ColumnType<unknown, string | null, never>;
    after: ColumnType<unknown, string | null, never>;
  };
}
