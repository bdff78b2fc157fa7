import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import type { Actor } from '../../accounts/actor.ts';
import { testDb, type TestDatabase } from '../../testing/database.ts';
import { actorFor } from '../../testing/factories.ts';
import { retirePointOfContact } from './retirePointOfContact.ts';
import { savePointOfContact } from './savePointOfContact.ts';

let t: TestDatabase;
let nzl: Actor;
before(async () => {
  t = await testDb();
  nzl = await actorFor(t.db, 'nzl@accord.test');
});
after(() => t.close());

test('two retirements of one point of contact at once both land, one revision after the other (no 500)', async () => {
  const saved = await savePointOfContact(t.db, nzl, {
    stateIso3: 'NZL',
    name: 'Race desk',
    role: 'technical',
    organisation: 'CERT NZ',
    email: 'race@cert.example.org',
    phone: '+64 4 439 8000',
    languages: ['en'],
    timeZone: 'Pacific/Auckland',
  });
  const results = await Promise.allSettled([
    retirePointOfContact(t.db, nzl, saved.point_of_contact_id),
    retirePointOfContact(t.db, nzl, saved.point_of_contact_id),
  ]);
  const failed = results.filter((r) => r.status === 'rejected').map((r) => String((r as PromiseRejectedResult).reason?.message ?? r));
  assert.deepEqual(failed, [], 'a concurrent retirement failed');
  const revisions = await t.db
    .selectFrom('point_of_contact_revisions')
    .select(['revision', 'active'])
    .where('point_of_contact_id', '=', saved.point_of_contact_id)
    .orderBy('revision')
    .execute();
  assert.deepEqual(revisions, [
    { revision: 1, active: true },
    { revision: 2, active: false },
    { revision: 3, active: false },
  ]);
  const current = await t.db
    .selectFrom('points_of_contact_current')
    .select(['revision', 'active', 'name'])
    .where('point_of_contact_id', '=', saved.point_of_contact_id)
    .executeTakeFirstOrThrow();
  assert.deepEqual(current, { revision: 3, active: false, name: 'Race desk' });
});
