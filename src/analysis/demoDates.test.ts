import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { testDb } from '../testing/database.ts';
import { generateDemo } from './demo.ts';

let t: Awaited<ReturnType<typeof testDb>>;
before(async () => {
  t = await testDb();
});
after(() => t.close());

test('synthetic reports are dated relative to today, none after it, late ones after their due date', async () => {
  const now = new Date();
  const made = await generateDemo(t.db, { states: 80, cycles: 3, offers: 0, seed: 7 }, now);
  const rows = await t.db
    .selectFrom('national_report_revisions as v')
    .innerJoin('national_reports as r', 'r.id', 'v.report_id')
    .innerJoin('reporting_cycles as c', 'c.id', 'r.cycle_id')
    .select(['v.submitted_at', 'v.on_time', 'c.opens_on', 'c.due_on', 'r.cycle_id'])
    .where('r.cycle_id', 'in', made.cycles)
    .execute();
  assert.ok(rows.length > 100, `enough reports to mean something (${rows.length})`);
  const newest = made.cycles.at(-1)!;
  assert.ok(
    rows.some((r) => r.cycle_id === newest && !r.on_time),
    'the open cycle has late reports too',
  );
  for (const r of rows) {
    const at = new Date(r.submitted_at);
    assert.ok(at <= now, `submitted ${at.toISOString()}, after today`);
    assert.ok(at > new Date(r.opens_on), 'submitted after the cycle opened');
  }
  const drafts = await t.db.selectFrom('national_reports').select('draft_saved_at').where('cycle_id', 'in', made.cycles).execute();
  assert.ok(
    drafts.every((d) => new Date(d.draft_saved_at!) <= now),
    'no draft saved in the future',
  );
});
