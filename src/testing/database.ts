import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { ROOT } from '../paths.ts';
import pg from 'pg';
import { openEngine, type Engine } from '../db/engine.ts';
import { migrate, type Migration } from '../db/migrate.ts';
import { openDatabase } from '../open.ts';

/**
 * Test databases. A new PGlite takes seconds to initialise, so the migrated and seeded database is
 * built once per content of its inputs and dumped; each test loads the dump into a fresh in-memory
 * PGlite. With ACCORD_TEST_DATABASE_URL the same happens on PostgreSQL with a template database.
 */
const root = ROOT;
const CACHE = path.join(root, '.cache');

/** A digest of everything that shapes the seeded database, so a stale template is never reused. */
export function templateKey(): string {
  const h = crypto.createHash('sha256');
  const walk = (p: string) => {
    if (!fs.existsSync(p)) return;
    const st = fs.statSync(p);
    if (st.isDirectory()) {
      for (const f of fs.readdirSync(p).sort()) walk(path.join(p, f));
      return;
    }
    if (/\.test\.tsx?$/.test(p)) return;
    h.update(path.relative(root, p)).update(fs.readFileSync(p));
  };
  for (const p of ['migrations', 'src/seed.ts', 'src/framework', 'src/participants', 'src/accounts/password.ts']) walk(path.join(root, p));
  return h.digest('hex').slice(0, 16);
}

const dumpFile = () => path.join(CACHE, `test-template-${templateKey()}.tar.gz`);

/** Builds the PGlite template dump if it is missing; the test runner calls this once before the tests. */
export async function preparePgliteTemplate(): Promise<string> {
  const file = dumpFile();
  if (fs.existsSync(file)) return file;
  fs.mkdirSync(CACHE, { recursive: true });
  const { engine } = await openDatabase({ engine: 'pglite', dataDir: null }, { demo: true });
  const blob = await engine.pglite!.dumpDataDir('gzip');
  await engine.close();
  const tmp = `${file}.${process.pid}.tmp`;
  fs.writeFileSync(tmp, Buffer.from(await blob.arrayBuffer()));
  fs.renameSync(tmp, file); // atomic: a parallel reader never sees half a dump
  return file;
}

/**
 * Drops a test database once its connections have gone. The pool's `end()` resolves before its
 * sockets have finished closing, and `drop … with (force)` would kill those backends mid-goodbye:
 * the client then raises "terminating connection due to administrator command" with no listener
 * left, which fails the test file. So wait for them, and force only as a last resort.
 */
async function dropDatabase(url: string, name: string) {
  const a = new pg.Client({ connectionString: url });
  await a.connect();
  try {
    for (let attempt = 0; attempt < 50; attempt++) {
      try {
        await a.query(`drop database if exists "${name}"`);
        return;
      } catch (err) {
        if ((err as { code?: string }).code !== '55006') throw err; // 55006: still being accessed
        await new Promise((r) => setTimeout(r, 20));
      }
    }
    await a.query(`drop database if exists "${name}" with (force)`);
  } finally {
    await a.end();
  }
}

function adminUrl(url: string, database: string) {
  const u = new URL(url);
  u.pathname = `/${database}`;
  return u.toString();
}

/** Builds the PostgreSQL template database if it is missing. */
export async function preparePostgresTemplate(url: string): Promise<string> {
  const name = `accord_tpl_${templateKey()}`;
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  try {
    const exists = await admin.query('select 1 from pg_database where datname = $1', [name]);
    if (exists.rowCount) return name;
    const building = `${name}_build_${process.pid}`;
    await admin.query(`create database "${building}"`);
    const { engine } = await openDatabase({ engine: 'postgres', url: adminUrl(url, building) }, { demo: true });
    await engine.close();
    try {
      await admin.query(`alter database "${building}" rename to "${name}"`);
    } catch {
      await admin.query(`drop database if exists "${building}"`); // another process won the race
    }
    return name;
  } finally {
    await admin.end();
  }
}

export interface TestDatabase {
  engine: Engine;
  db: Engine['db'];
  close(): Promise<void>;
}

/**
 * A migrated but empty database (no seed): the target of a restore, or, given the migrations
 * before one, the database an older release left, for testing that migration.
 */
export async function emptyTestDb(migrations?: Migration[]): Promise<TestDatabase> {
  const url = process.env.ACCORD_TEST_DATABASE_URL;
  if (url) {
    const name = `accord_e_${process.pid}_${crypto.randomBytes(4).toString('hex')}`;
    const admin = new pg.Client({ connectionString: url });
    await admin.connect();
    await admin.query(`create database "${name}"`);
    await admin.end();
    const engine = await openEngine({ engine: 'postgres', url: adminUrl(url, name) });
    await migrate(engine, migrations);
    return {
      engine,
      db: engine.db,
      async close() {
        await engine.close();
        await dropDatabase(url, name);
      },
    };
  }
  const engine = await openEngine({ engine: 'pglite', dataDir: null });
  await migrate(engine, migrations);
  return { engine, db: engine.db, close: () => engine.close() };
}

/** A migrated, seeded (with demo accounts), isolated database for one test file or test. */
export async function testDb(): Promise<TestDatabase> {
  const url = process.env.ACCORD_TEST_DATABASE_URL;
  if (url) {
    const template = await preparePostgresTemplate(url);
    const name = `accord_t_${process.pid}_${crypto.randomBytes(4).toString('hex')}`;
    const admin = new pg.Client({ connectionString: url });
    await admin.connect();
    await admin.query(`create database "${name}" template "${template}"`);
    await admin.end();
    const engine = await openEngine({ engine: 'postgres', url: adminUrl(url, name) });
    return {
      engine,
      db: engine.db,
      async close() {
        await engine.close();
        await dropDatabase(url, name);
      },
    };
  }
  const file = await preparePgliteTemplate();
  const engine = await openEngine({ engine: 'pglite', dataDir: null }, { loadDataDir: new Blob([fs.readFileSync(file)]) });
  return { engine, db: engine.db, close: () => engine.close() };
}
