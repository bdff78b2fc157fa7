import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { test } from 'node:test';
import { sql } from 'kysely';
import { backup, restore } from './backup.ts';
import type { Db } from './engine.ts';
import { emptyTestDb, testDb } from '../testing/database.ts';

async function fingerprint(db: Db) {
  const tables = (
    await sql<{ t: string }>`select tablename as t from pg_tables where schemaname = 'public' and tablename <> 'schema_migrations' order by 1`.execute(db)
  ).rows;
  const out: Record<string, string> = {};
  for (const { t } of tables) {
    const r = await sql<{
      h: string | null;
      n: number;
    }>`select md5(string_agg(row_to_json(x)::text, '|' order by row_to_json(x)::text)) as h, count(*)::int as n from ${sql.id(t)} x`.execute(db);
    out[t] = `${r.rows[0]!.n}:${r.rows[0]!.h}`;
  }
  return out;
}

test('backup then restore into an empty database gives identical rows, and sequences continue', async () => {
  const source = await testDb();
  const target = await emptyTestDb();
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'accord-backup-')), 'backup.jsonl.gz');
  try {
    // Odd values on purpose: quotes, unicode, arrays, jsonb, nulls.
    await source.db
      .insertInto('stakeholder_organisations')
      .values({ name: `O'Brien "Cyber" Институт — 网络`, kind: 'academia', country_iso3: 'IRL', website: null })
      .execute();
    await backup(source.engine, file);
    await restore(target.engine, file);
    assert.deepEqual(await fingerprint(target.db), await fingerprint(source.db));
    const next = await target.db
      .insertInto('stakeholder_organisations')
      .values({ name: 'After restore', kind: 'ngo', country_iso3: null, website: null })
      .returning('id')
      .executeTakeFirstOrThrow();
    const max = await source.db
      .selectFrom('stakeholder_organisations')
      .select((eb) => eb.fn.max('id').as('m'))
      .executeTakeFirstOrThrow();
    assert.ok(next.id > Number(max.m), 'the sequence continues after the restored ids');
    await assert.rejects(restore(target.engine, file), (e: { code?: string }) => e.code === 'restore.not_empty');
  } finally {
    await source.close();
    await target.close();
  }
});

test('a file that is not a backup is refused with a clear code', async () => {
  const target = await emptyTestDb();
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'accord-backup-')), 'not-a-backup.gz');
  fs.writeFileSync(file, 'plain text, not gzip');
  try {
    await assert.rejects(restore(target.engine, file), (e: { code?: string }) => e.code === 'restore.invalid');
  } finally {
    await target.close();
  }
});
