import assert from 'node:assert/strict';
import { test } from 'node:test';
import { sql } from 'kysely';
import { emptyTestDb } from '../testing/database.ts';
import { migrate, readMigrations } from '../db/migrate.ts';

test('0510: points of contact, their revisions and the acknowledgement requests keep their rows under the new names', async () => {
  const all = readMigrations();
  const { engine, close } = await emptyTestDb(all.filter((m) => m.name < '0510'));
  try {
    const db = engine.db;
    await sql`insert into states (iso3, m49, official_name) values ('ZZA', '999', 'Test State before 0510') on conflict do nothing`.execute(db);
    const [poc] = (await sql<{ id: number }>`insert into points_of_contact (state_iso3) values ('ZZA') returning id`.execute(db)).rows;
    await sql`insert into poc_revisions (poc_id, revision, name, role, organisation, email, phone, time_zone, created_by_label)
      values (${poc!.id}, 1, 'First desk', 'technical', 'CERT', 'desk@example.org', '+6445550100', 'UTC', 'test'),
             (${poc!.id}, 2, 'Second desk', 'technical', 'CERT', 'desk@example.org', '+6445550100', 'UTC', 'test')`.execute(db);
    const [check] = (
      await sql<{
        id: number;
      }>`insert into communication_checks (all_states, started_by_label, expires_at, respond_by) values (true, 'test', now(), now()) returning id`.execute(db)
    ).rows;
    await sql`insert into ack_requests (communication_check_id, poc_id, poc_revision_id, state_iso3, email, token_hash, expires_at)
      select ${check!.id}, poc_id, id, 'ZZA', email, 'hash-before-0510', now() from poc_revisions where poc_id = ${poc!.id} and revision = 2`.execute(db);
    await migrate(engine, all);

    const current = await db.selectFrom('points_of_contact_current').select(['point_of_contact_id', 'revision', 'name', 'state_iso3']).execute();
    assert.deepEqual(current, [{ point_of_contact_id: poc!.id, revision: 2, name: 'Second desk', state_iso3: 'ZZA' }]);
    const request = await db
      .selectFrom('ack_requests')
      .innerJoin('point_of_contact_revisions', 'point_of_contact_revisions.id', 'ack_requests.point_of_contact_revision_id')
      .select(['ack_requests.point_of_contact_id', 'point_of_contact_revisions.revision'])
      .executeTakeFirstOrThrow();
    assert.deepEqual(request, { point_of_contact_id: poc!.id, revision: 2 });
    // The renamed sequence hands out the next id, and the unique revision still holds.
    const third = { point_of_contact_id: poc!.id, name: 'Third desk', role: 'technical' as const, organisation: 'CERT', email: 'desk@example.org' };
    const more = { phone: '+6445550100', languages: [], time_zone: 'UTC', created_by_label: 'test' };
    const { id } = await db
      .insertInto('point_of_contact_revisions')
      .values({ ...third, ...more, revision: 3 })
      .returning('id')
      .executeTakeFirstOrThrow();
    assert.equal(id, 3);
    await assert.rejects(
      db
        .insertInto('point_of_contact_revisions')
        .values({ ...third, ...more, revision: 3 })
        .execute(),
    );
    const old = await sql<{
      n: number;
    }>`select count(*)::int as n from pg_class where relname in ('poc_revisions', 'poc_current', 'poc_revisions_id_seq')`.execute(db);
    assert.equal(old.rows[0]!.n, 0);
  } finally {
    await close();
  }
});
