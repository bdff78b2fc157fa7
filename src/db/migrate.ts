import fs from 'node:fs';
import path from 'node:path';
import crypto from 'node:crypto';
import { sql } from 'kysely';
import { ROOT } from '../paths.ts';
import { AppError } from '../foundation/errors.ts';
import type { Engine } from './engine.ts';

export const MIGRATIONS_DIR = path.join(ROOT, 'migrations');

export interface Migration {
  name: string;
  sql: string;
  checksum: string;
}

export function readMigrations(dir = MIGRATIONS_DIR): Migration[] {
  return fs
    .readdirSync(dir)
    .filter((f) => /^\d{4}_[\w-]+\.sql$/.test(f))
    .sort()
    .map((name) => {
      const text = fs.readFileSync(path.join(dir, name), 'utf8');
      return { name, sql: text, checksum: crypto.createHash('sha256').update(text).digest('hex') };
    });
}

/**
 * Applies pending migrations in name order, each in its own transaction together with its record in
 * schema_migrations, so a failure leaves the database exactly as the previous migration left it.
 */
export async function migrate(engine: Engine, migrations = readMigrations()): Promise<string[]> {
  await sql`create table if not exists schema_migrations (
    name text primary key, checksum text not null, applied_at timestamptz not null default now())`.execute(engine.db);
  const applied = new Map((await engine.db.selectFrom('schema_migrations').select(['name', 'checksum']).execute()).map((r) => [r.name, r.checksum]));
  const done: string[] = [];
  for (const m of migrations) {
    const known = applied.get(m.name);
    if (known !== undefined) {
      if (known !== m.checksum) {
        throw new AppError(
          'db.migration_changed',
          500,
          `Migration ${m.name} was edited after it was applied to this database. ` +
            'Add a new migration instead of editing an applied one (in development: remove the data directory).',
        );
      }
      continue;
    }
    try {
      await engine.execScript(m.sql, async (trx) => {
        await trx.insertInto('schema_migrations').values({ name: m.name, checksum: m.checksum }).execute();
      });
    } catch (err) {
      throw new AppError(
        'db.migration_failed',
        500,
        `Migration ${m.name} failed and was rolled back; the database is as it was before it. ` + `Cause: ${(err as Error).message}`,
      );
    }
    done.push(m.name);
  }
  return done;
}
