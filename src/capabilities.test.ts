import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { after, before, test } from 'node:test';
import { sql } from 'kysely';
import { CAPABILITIES } from './capabilities.ts';
import { CATALOGUES } from './i18n/index.ts';
import { ROOT } from './paths.ts';
import { testDb } from './testing/database.ts';

/** The capability list is the one place a capability is declared; these keep the rest in step with it. */
let ctx: Awaited<ReturnType<typeof testDb>>;
before(async () => {
  ctx = await testDb();
});
after(() => ctx.close());

test('each capability is its own folder, named once', () => {
  const names = CAPABILITIES.map((c) => c.name);
  assert.equal(new Set(names).size, names.length);
  for (const n of names) assert.ok(fs.existsSync(path.join(ROOT, 'src', n, 'capability.ts')), `src/${n}/capability.ts`);
});

test('every table of the migrated database belongs to exactly one capability (or the foundation)', async () => {
  const owned = CAPABILITIES.flatMap((c) => c.tables.map((t) => [t, c.name] as const));
  const seen = new Map<string, string>();
  for (const [t, owner] of owned) {
    assert.ok(!seen.has(t), `table ${t} is listed by ${seen.get(t)} and ${owner}`);
    seen.set(t, owner);
  }
  const FOUNDATION = new Set(['jobs', 'schema_migrations']);
  const { rows } = await sql<{
    name: string;
  }>`select table_name as name from information_schema.tables where table_schema = current_schema() and table_type in ('BASE TABLE', 'VIEW')`.execute(ctx.db);
  const actual = rows.map((r) => r.name).filter((n) => !FOUNDATION.has(n));
  const unowned = actual.filter((n) => !seen.has(n));
  assert.deepEqual(unowned, [], `tables no capability lists: ${unowned.join(', ')}`);
  const missing = [...seen.keys()].filter((n) => !actual.includes(n));
  assert.deepEqual(missing, [], `listed tables the migrations do not create: ${missing.join(', ')}`);
});

test('message catalogues: one per listed capability (plus core), keys in its own namespace', () => {
  const listed = new Set(['core', ...CAPABILITIES.map((c) => c.name)]);
  for (const [name, catalogue] of Object.entries(CATALOGUES)) {
    assert.ok(listed.has(name), `src/${name}/locales/ belongs to no listed capability`);
    const foreign = Object.keys(catalogue.en).filter((k) => !k.startsWith(`${name}.`));
    assert.deepEqual(foreign, [], `${name} catalogue keys outside its namespace`);
  }
});

test('navigation entries, job kinds and demo seeders are declared once', () => {
  const hrefs = CAPABILITIES.flatMap((c) => c.nav ?? []).map((n) => n.href);
  assert.equal(new Set(hrefs).size, hrefs.length);
  const kinds = CAPABILITIES.flatMap((c) => [...Object.keys(c.jobs ?? {}), ...Object.keys(c.untransactedJobs ?? {})]);
  assert.equal(new Set(kinds).size, kinds.length);
  assert.ok(
    kinds.includes('mail.deliver') &&
      kinds.includes('accreditation.deadline') &&
      kinds.includes('communicationCheck.follow_up') &&
      kinds.includes('ping.follow_up'),
  );
  const orders = CAPABILITIES.flatMap((c) => (c.demo ? [c.demo.order] : []));
  assert.equal(new Set(orders).size, orders.length);
});
