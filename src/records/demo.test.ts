import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { testDb, type TestDatabase } from '../testing/database.ts';
import { seedDemo } from './demo.ts';

let t: TestDatabase;
before(async () => {
  t = await testDb();
});
after(() => t.close());

test('the demo meeting is stored, read and published, once', async () => {
  await seedDemo(t.db);
  await seedDemo(t.db);
  const docs = await t.db.selectFrom('source_documents').select(['id', 'status']).execute();
  assert.deepEqual(
    docs.map((d) => d.status),
    ['published'],
  );
  const speakers = await t.db.selectFrom('statements').select('speaker_id').orderBy('position').execute();
  assert.deepEqual(
    speakers.map((s) => s.speaker_id),
    ['chair', 'CAN', 'KEN', 'CUB', 'EST', 'chair'],
  );
  const p = await t.db.selectFrom('proposals').select('proposer').execute();
  assert.deepEqual(
    p.map((x) => x.proposer),
    ['CAN'],
  );
});
