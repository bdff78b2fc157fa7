import assert from 'node:assert/strict';
import { test } from 'node:test';
import { sql } from 'kysely';
import { openEngine } from './engine.ts';
import { migrate, readMigrations } from './migrate.ts';

const real = readMigrations();

test('migrations apply in order, each recorded, and a second run applies nothing', async () => {
  const engine = await openEngine({ engine: 'pglite', dataDir: null });
  try {
    const applied = await migrate(engine, real);
    assert.deepEqual(
      applied,
      real.map((m) => m.name),
    );
    assert.deepEqual(await migrate(engine, real), []);
  } finally {
    await engine.close();
  }
});

test('a failing migration is rolled back whole and stops with a clear error', async () => {
  const engine = await openEngine({ engine: 'pglite', dataDir: null });
  try {
    await migrate(engine, real);
    const broken = { name: '9998_broken.sql', checksum: 'x', sql: 'create table half_done (id int); insert into no_such_table values (1);' };
    await assert.rejects(
      migrate(engine, [...real, broken]),
      (e: { code?: string; message: string }) => e.code === 'db.migration_failed' && e.message.includes('9998_broken.sql'),
    );
    const table = await sql<{ n: number }>`select count(*)::int as n from pg_tables where tablename = 'half_done'`.execute(engine.db);
    assert.equal(table.rows[0]!.n, 0, 'the first statement of the failed migration was rolled back');
    const recorded = await engine.db.selectFrom('schema_migrations').select('name').where('name', '=', '9998_broken.sql').execute();
    assert.equal(recorded.length, 0);
  } finally {
    await engine.close();
  }
});

test('editing an applied migration is detected', async () => {
  const engine = await openEngine({ engine: 'pglite', dataDir: null });
  try {
    await migrate(engine, real);
    const edited = real.map((m, i) => (i === 0 ? { ...m, checksum: 'changed' } : m));
    await assert.rejects(migrate(engine, edited), (e: { code?: string }) => e.code === 'db.migration_changed');
  } finally {
    await engine.close();
  }
});
