import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { ANONYMOUS } from '../../accounts/actor.ts';
import { testDb, type TestDatabase } from '../../testing/database.ts';
import { actorFor } from '../../testing/factories.ts';
import { exportSubscribers } from './exportSubscribers.ts';

let t: TestDatabase;
before(async () => {
  t = await testDb();
});
after(() => t.close());

const exported = (db: TestDatabase['db']) =>
  db.selectFrom('audit_events').select(['actor_label', 'item_id', 'after']).where('action', '=', 'interest.exported').execute();

test('the export hands out the confirmed addresses only and records who took how many, in the same transaction', async () => {
  const secretariat = await actorFor(t.db, 'secretariat@accord.test');
  const gm = await t.db.selectFrom('processes').select('id').where('slug', '=', 'global-mechanism').executeTakeFirstOrThrow();
  const row = (email: string, status: 'confirmed' | 'pending') => ({
    process_id: gm.id,
    name: email,
    email,
    affiliation: '',
    language: 'en' as const,
    status,
    last_mailed_at: null,
    confirmed_at: status === 'confirmed' ? new Date('2026-04-01T00:00:00Z') : null,
    unsubscribed_at: null,
  });
  await t.db
    .insertInto('interest_subscribers')
    .values([row('one@example.org', 'confirmed'), row('two@example.org', 'confirmed'), row('waiting@example.org', 'pending')])
    .execute();
  const { process, rows } = await exportSubscribers(t.db, secretariat, 'global-mechanism');
  assert.equal(process.id, gm.id);
  assert.deepEqual(
    rows.map((r) => r.email),
    ['one@example.org', 'two@example.org'],
  );
  const events = await exported(t.db);
  assert.equal(events.length, 1);
  assert.equal(events[0]!.item_id, String(gm.id));
  assert.deepEqual(typeof events[0]!.after === 'string' ? JSON.parse(events[0]!.after) : events[0]!.after, { rows: 2 });
});

test('nobody but the Secretariat exports, and a refused or failed export records nothing', async () => {
  const before = (await exported(t.db)).length;
  await assert.rejects(exportSubscribers(t.db, ANONYMOUS, 'global-mechanism'), { status: 401 });
  await assert.rejects(exportSubscribers(t.db, await actorFor(t.db, 'stakeholder@accord.test'), 'global-mechanism'), { status: 403 });
  await assert.rejects(exportSubscribers(t.db, await actorFor(t.db, 'nzl@accord.test'), 'global-mechanism'), { status: 403 });
  await assert.rejects(exportSubscribers(t.db, await actorFor(t.db, 'secretariat@accord.test'), 'no-such-process'), { status: 404 });
  assert.equal((await exported(t.db)).length, before);
});
