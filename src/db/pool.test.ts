import assert from 'node:assert/strict';
import { test } from 'node:test';
import { sql } from 'kysely';
import pg from 'pg';
import { testDb } from '../testing/database.ts';

// PostgreSQL only: PGlite has no idle connections to lose.
test(
  'losing idle connections (a restart, a failover) neither ends the process nor the next query',
  { skip: !process.env.ACCORD_TEST_DATABASE_URL },
  async () => {
    const t = await testDb();
    try {
      await Promise.all([1, 2, 3].map(() => sql`select pg_sleep(0.01)`.execute(t.db))); // three pooled connections, now idle
      const name = (await sql<{ name: string }>`select current_database() as name`.execute(t.db)).rows[0]!.name;
      const admin = new pg.Client({ connectionString: process.env.ACCORD_TEST_DATABASE_URL });
      await admin.connect();
      await admin.query('select pg_terminate_backend(pid) from pg_stat_activity where datname = $1 and pid <> pg_backend_pid()', [name]);
      await admin.end();
      await new Promise((r) => setTimeout(r, 100)); // the errors arrive on the idle sockets
      const row = (await sql<{ ok: number }>`select 1 as ok`.execute(t.db)).rows[0]!;
      assert.equal(Number(row.ok), 1);
    } finally {
      await t.close();
    }
  },
);
