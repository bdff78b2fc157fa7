import type { Generated } from 'kysely';

/** The platform's own tables: the durable job queue (src/server/jobs.ts) and the migration ledger. */
export interface FoundationTables {
  jobs: {
    id: Generated<number>;
    kind: string;
    payload: unknown;
    run_at: Date | string;
    status: Generated<'pending' | 'running' | 'done' | 'failed' | 'cancelled'>;
    attempts: Generated<number>;
    locked_until: Date | null;
    last_error: string | null;
    dedupe_key: string | null;
    created_at: Generated<Date>;
    finished_at: Date | null;
  };
  schema_migrations: { name: string; checksum: string; applied_at: Generated<Date> };
}
