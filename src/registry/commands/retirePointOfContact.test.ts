import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import type { Actor } from '../../accounts/actor.ts';
import { testDb, type TestDatabase } from '../../testing/database.ts';
import { actorFor } from '../../testing/factories.ts';
import { retirePoc } from './retirePointOfContact.ts';
import { savePoc } from './savePointOfContact.ts';

let t: TestDatabase;
let nzl: Actor;
before(async () => {
  t = await testDb();
  nzl = await actorFor(t.db, 'nzl@accord.test');
});
after(() => t.close());

test('two retirements of one point of contact at once both land, one revision after the other (no 500)', async () => {
  const saved = await savePoc(t.db, nzl, {
    stateIso3: 'NZL',
    name: 'Race desk',
    role: 'technical',
    organisation: 'CERT NZ',
    email: 'race@cert.example.org',
    phone: '+64 4 439 8000',
    languages: ['en'],
    timeZone: 'Pacific/Auckland',
  });
  const results = await Promise.allSettled([retirePoc(t.db, nzl, saved.poc_id), retirePoc(t.db, nzl, saved.poc_id)]);
  const failed = results.filter((r) => r.status === 'rejected').map((r) => String((r as PromiseRejectedResult).reason?.message ?? r));
  assert.deepEqual(failed, [], 'a concurrent retirement failed');
  const revisions = await t.db.selectFrom('poc_revisions').select(['revision', 'active']).where('poc_id', '=', saved.poc_id).orderBy('revision').execute();
  assert.deepEqual(revisions, [
    { revision: 1, active: true },
    { revision: 2, active: false },
    { revision: 3, active: false },
  ]);
  const current = await t.db.selectFrom('poc_current').select(['revision', 'active', 'name']).where('poc_id', '=', saved.poc_id).executeTakeFirstOrThrow();
  assert.deepEqual(current, { revision: 3, active: false, name: 'Race desk' });
});
