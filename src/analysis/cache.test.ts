import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { ANONYMOUS, systemActor, type Actor } from '../accounts/actor.ts';
import { recordAudit } from '../accounts/audit.ts';
import { testDb } from '../testing/database.ts';
import { readAnalysis } from './cache.ts';
import { generateDemo } from './demo.ts';

let t: Awaited<ReturnType<typeof testDb>>;
let cycle = 0;
const secretariat: Actor = { kind: 'user', id: 1, role: 'secretariat', email: 's@accord.test', displayName: 'S', stateIso3: null, organisationId: null };
const o = { minAggregate: 1 };
// States whose progress the reader may follow: it needs both of their reports readable.
const readable = (a: Awaited<ReturnType<typeof readAnalysis>>) => a.progress.byState.length;

before(async () => {
  t = await testDb();
  cycle = (await generateDemo(t.db, { states: 12, cycles: 2, offers: 2, seed: 3 })).cycles.at(-1)!;
});
after(() => t.close());

test('a second reader with the same visibility gets the compiled analysis without compiling again', async () => {
  const first = await readAnalysis(t.db, ANONYMOUS, cycle, o);
  assert.equal(await readAnalysis(t.db, ANONYMOUS, cycle, o), first);
  assert.notEqual(await readAnalysis(t.db, ANONYMOUS, cycle, { ...o, region: 'weog' }), first, 'a filter is its own entry');
});

test('readers who may see different reports never share an entry', async () => {
  const pub = await readAnalysis(t.db, ANONYMOUS, cycle, o);
  const sec = await readAnalysis(t.db, secretariat, cycle, o);
  assert.notEqual(sec, pub);
  assert.ok(readable(sec) > readable(pub), 'the demo has reports withheld from the public');
});

test('any write recorded in the audit log makes the next reader compile afresh', async () => {
  const before = await readAnalysis(t.db, ANONYMOUS, cycle, o);
  await t.db.updateTable('national_reports').set({ visibility: 'public' }).execute();
  assert.equal(await readAnalysis(t.db, ANONYMOUS, cycle, o), before, 'not yet: this write was not audited');
  await recordAudit(t.db, systemActor('test'), { action: 'report.visibility_changed', itemType: 'national_report' });
  const afresh = await readAnalysis(t.db, ANONYMOUS, cycle, o);
  assert.notEqual(afresh, before);
  assert.equal(readable(afresh), readable(await readAnalysis(t.db, secretariat, cycle, o)), 'every report is public now');
});

// Needs a second connection, so PostgreSQL only (PGlite is one connection: a reader waits for the writer).
test(
  'a write that commits late under an older audit id is not hidden by an entry made meanwhile',
  { skip: !process.env.ACCORD_TEST_DATABASE_URL },
  async () => {
    await t.db.updateTable('national_reports').set({ visibility: 'public' }).execute();
    await recordAudit(t.db, systemActor('test'), { action: 'report.visibility_changed', itemType: 'national_report' });
    const open = await readAnalysis(t.db, ANONYMOUS, cycle, o);
    assert.ok(readable(open) > 0);
    let release!: () => void;
    const held = new Promise<void>((r) => {
      release = r;
    });
    let inTransaction!: () => void;
    const started = new Promise<void>((r) => {
      inTransaction = r;
    });
    const slow = t.db.transaction().execute(async (trx) => {
      await trx.updateTable('national_reports').set({ visibility: 'secretariat' }).execute();
      await recordAudit(trx, systemActor('test'), { action: 'report.visibility_changed', itemType: 'national_report' }); // id N
      inTransaction();
      await held;
    });
    await started;
    await recordAudit(t.db, systemActor('test'), { action: 'unrelated', itemType: 'test' }); // id N+1, committed first
    assert.ok(readable(await readAnalysis(t.db, ANONYMOUS, cycle, o)) > 0, 'the restriction has not committed yet');
    release();
    await slow;
    assert.equal(readable(await readAnalysis(t.db, ANONYMOUS, cycle, o)), 0, 'once it commits, the public sees none of it');
  },
);
