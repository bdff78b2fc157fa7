import assert from 'node:assert/strict';
import { test } from 'node:test';
import { sql } from 'kysely';
import { testDb } from '../testing/database.ts';

test('the test database is migrated and seeded with the framework, the States and demo accounts', async () => {
  const t = await testDb();
  try {
    const states = await t.db
      .selectFrom('states')
      .select(sql<number>`count(*)`.as('n'))
      .executeTakeFirstOrThrow();
    assert.equal(Number(states.n), 195);
    const elements = await t.db
      .selectFrom('elements')
      .select(sql<number>`count(*)`.as('n'))
      .executeTakeFirstOrThrow();
    assert.ok(Number(elements.n) >= 40);
    const users = await t.db.selectFrom('users').select(['email', 'role']).execute();
    assert.ok(users.some((u) => u.role === 'secretariat'));
  } finally {
    await t.close();
  }
});

test('a transaction that fails writes nothing', async () => {
  const t = await testDb();
  try {
    await assert.rejects(
      t.db.transaction().execute(async (trx) => {
        await trx.insertInto('regional_groups').values({ id: 'test-group', name: 'Test' }).execute();
        throw new Error('boom');
      }),
    );
    const row = await t.db.selectFrom('regional_groups').selectAll().where('id', '=', 'test-group').executeTakeFirst();
    assert.equal(row, undefined);
  } finally {
    await t.close();
  }
});

test('the audit log refuses updates and deletes', async () => {
  const t = await testDb();
  try {
    await assert.rejects(t.db.deleteFrom('audit_events').execute(), /append-only/);
    await assert.rejects(t.db.updateTable('audit_events').set({ action: 'x' }).execute(), /append-only/);
  } finally {
    await t.close();
  }
});

test('concurrent queries on PGlite are queued, and a transaction is not interleaved', async () => {
  const t = await testDb();
  try {
    const writes = Array.from({ length: 20 }, (_, i) =>
      t.db.transaction().execute(async (trx) => {
        await trx
          .insertInto('regional_groups')
          .values({ id: `g-${i}`, name: `G ${i}` })
          .execute();
        await trx
          .insertInto('regional_groups')
          .values({ id: `h-${i}`, name: `H ${i}` })
          .execute();
      }),
    );
    await Promise.all(writes);
    const n = await t.db
      .selectFrom('regional_groups')
      .select(sql<number>`count(*)`.as('n'))
      .where('id', 'like', 'g-%')
      .executeTakeFirstOrThrow();
    assert.equal(Number(n.n), 20);
  } finally {
    await t.close();
  }
});
