import { PGlite } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { Kysely, PostgresDialect } from 'kysely';
import pg from 'pg';
import path from 'node:path';
import type { EngineConfig } from './config.ts';
import { log } from '../foundation/log.ts';
import { lockDataDir } from './lock.ts';
import { PgliteDialect } from './pgliteDialect.ts';
import type { Database } from '../schema.ts';

export type Db = Kysely<Database>;

/** An open database: the typed query builder plus what only the engine can do. */
export interface Engine {
  kind: 'pglite' | 'postgres';
  db: Db;
  /** Runs a multi-statement SQL script (a migration) in one transaction. */
  execScript(sql: string, after?: (db: Db) => Promise<void>): Promise<void>;
  /** The PGlite instance, for dumps; null on PostgreSQL. */
  pglite: PGlite | null;
  close(): Promise<void>;
}

// bigint (int8) and numeric come back as strings from PostgreSQL; counts are small, so parse them.
// A calendar date (1082) stays 'YYYY-MM-DD' text: as a Date it would become local midnight, shift
// with the server's time zone, and print as nothing in a page.
pg.types.setTypeParser(20, (v) => Number(v));
pg.types.setTypeParser(1700, (v) => Number(v));
pg.types.setTypeParser(1082, (v) => v);

export async function openEngine(config: EngineConfig, opts: { loadDataDir?: Blob } = {}): Promise<Engine> {
  if (config.engine === 'postgres') return openPostgres(config.url);
  const release = config.dataDir ? lockDataDir(config.dataDir) : () => {};
  try {
    const pglite = new PGlite({
      dataDir: config.dataDir ? path.join(config.dataDir, 'pgdata') : undefined,
      extensions: { pg_trgm },
      loadDataDir: opts.loadDataDir,
      parsers: { 20: (v: string) => Number(v), 1700: (v: string) => Number(v), 1082: (v: string) => v },
      // PostgreSQL's defaults assume a shared server; one embedded connection needs far less, and the
      // WebAssembly heap never gives memory back, so every buffer is resident for good.
      postgresqlconf: [`shared_buffers=${process.env.ACCORD_PGLITE_SHARED_BUFFERS ?? '32MB'}`, 'temp_buffers=4MB', 'wal_buffers=1MB'],
    });
    await pglite.waitReady;
    const db = new Kysely<Database>({ dialect: new PgliteDialect(pglite) });
    return {
      kind: 'pglite',
      db,
      pglite,
      async execScript(sqlText, after) {
        await db.transaction().execute(async (trx) => {
          // exec() takes several statements at once; it runs on the connection the transaction holds.
          await pglite.exec(sqlText);
          if (after) await after(trx);
        });
      },
      async close() {
        await db.destroy();
        await pglite.close();
        release();
      },
    };
  } catch (err) {
    release();
    throw err;
  }
}

async function openPostgres(url: string): Promise<Engine> {
  const pool = new pg.Pool({ connectionString: url, max: Number(process.env.ACCORD_PG_POOL ?? 10) });
  // An idle connection can die under us (PostgreSQL restarted, a failover, a dropped database): the
  // pool discards it and opens another when needed, but without a listener its error would end the
  // process.
  pool.on('error', (err) => log.warn({ err: err.message }, 'an idle database connection was lost; it will be replaced'));
  const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
  return {
    kind: 'postgres',
    db,
    pglite: null,
    async execScript(sqlText, after) {
      const client = await pool.connect();
      try {
        await client.query('begin');
        await client.query(sqlText); // no parameters: the simple protocol runs every statement
        if (after) {
          const scoped = new Kysely<Database>({ dialect: new PostgresDialect({ pool: singleClientPool(client) }) });
          await after(scoped);
        }
        await client.query('commit');
      } catch (err) {
        await client.query('rollback').catch(() => {});
        throw err;
      } finally {
        client.release();
      }
    },
    async close() {
      await db.destroy();
    },
  };
}

/** Lets Kysely run on one checked-out client, so follow-up writes join the script's transaction. */
function singleClientPool(client: pg.PoolClient) {
  return {
    connect: async () => ({ query: client.query.bind(client), release: () => {} }),
    end: async () => {},
  } as unknown as pg.Pool;
}
