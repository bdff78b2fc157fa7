import fs from 'node:fs';
import zlib from 'node:zlib';
import readline from 'node:readline';
import { sql } from 'kysely';
import { AppError } from '../foundation/errors.ts';
import type { Db, Engine } from './engine.ts';

/**
 * Logical backups that work the same on PGlite and PostgreSQL: gzip'd JSON lines, a header, then the
 * rows of every table in foreign-key order. Rows go through row_to_json and come back through
 * json_populate_recordset, so each column type round-trips by PostgreSQL's own text forms.
 */
const FORMAT = 'accord-backup';
const CHUNK = 2000;

async function tablesInDependencyOrder(db: Db): Promise<string[]> {
  const tables = (await sql<{ name: string }>`select tablename as name from pg_tables where schemaname = 'public' order by tablename`.execute(db)).rows.map(
    (r) => r.name,
  );
  const deps = (
    await sql<{ child: string; parent: string }>`
    select c.conrelid::regclass::text as child, c.confrelid::regclass::text as parent
    from pg_constraint c join pg_namespace n on n.oid = c.connamespace
    where c.contype = 'f' and n.nspname = 'public'`.execute(db)
  ).rows;
  const order: string[] = [];
  const seen = new Set<string>();
  const visit = (t: string, path: Set<string>) => {
    if (seen.has(t) || path.has(t)) return;
    path.add(t);
    for (const d of deps) if (d.child === t && d.parent !== t) visit(d.parent.replace(/"/g, ''), path);
    seen.add(t);
    order.push(t);
  };
  for (const t of tables) visit(t, new Set());
  return order;
}

const ident = (name: string) => sql.id(name);

export async function backup(engine: Engine, file: string, onTable?: (table: string, rows: number) => void) {
  const db = engine.db;
  const tables = await tablesInDependencyOrder(db);
  const migrations = await db.selectFrom('schema_migrations').select(['name', 'checksum']).orderBy('name').execute();
  const gzip = zlib.createGzip();
  const out = fs.createWriteStream(file);
  gzip.pipe(out);
  const write = (obj: unknown) =>
    new Promise<void>((resolve) => {
      if (gzip.write(JSON.stringify(obj) + '\n')) resolve();
      else gzip.once('drain', resolve);
    });
  await write({ format: FORMAT, version: 1, engine: engine.kind, createdAt: new Date().toISOString(), migrations, tables });
  // One snapshot for the whole dump, so rows written meanwhile cannot half-appear.
  await db
    .transaction()
    .setIsolationLevel('repeatable read')
    .execute(async (trx) => {
      for (const table of tables) {
        let offset = 0;
        let total = 0;
        for (;;) {
          const rows = (
            await sql<{ j: string }>`select row_to_json(t)::text as j from ${ident(table)} t order by 1 limit ${CHUNK} offset ${offset}`.execute(trx)
          ).rows;
          if (rows.length) await write({ table, rows: rows.map((r) => JSON.parse(r.j)) });
          total += rows.length;
          offset += CHUNK;
          if (rows.length < CHUNK) break;
        }
        onTable?.(table, total);
      }
    });
  await new Promise<void>((resolve, reject) => {
    out.on('finish', resolve);
    out.on('error', reject);
    gzip.end();
  });
}

/** Restores into a migrated database that nobody has used yet; refuses anything else. */
export async function restore(engine: Engine, file: string, onTable?: (table: string, rows: number) => void) {
  if (!fs.existsSync(file)) throw new AppError('restore.not_found', 400, `No backup file at ${file}.`);
  const db = engine.db;
  const lines = readline.createInterface({ input: fs.createReadStream(file).pipe(zlib.createGunzip()), crlfDelay: Infinity });
  const iterator = lines[Symbol.asyncIterator]();
  let header: { format?: string; migrations?: Array<{ name: string; checksum: string }> };
  try {
    const first = await iterator.next();
    header = JSON.parse(String(first.value ?? ''));
  } catch {
    throw new AppError('restore.invalid', 400, `${file} is not an Accord backup (expected gzip'd JSON lines).`);
  }
  if (header.format !== FORMAT) throw new AppError('restore.invalid', 400, `${file} is not an Accord backup.`);
  const here = await db.selectFrom('schema_migrations').select(['name', 'checksum']).orderBy('name').execute();
  if (JSON.stringify(here) !== JSON.stringify(header.migrations)) {
    throw new AppError(
      'restore.schema_mismatch',
      400,
      'The backup was made with a different set of migrations than this database has. Restore with the Accord version that made it.',
    );
  }
  const tables = (await tablesInDependencyOrder(db)).filter((t) => t !== 'schema_migrations');
  // A database that nobody has used yet holds only what migrations wrote (reference rows such as the
  // processes); anything written by a person leaves an account or an audit event behind.
  for (const table of ['users', 'audit_events']) {
    const n = await sql<{ n: number }>`select count(*)::int as n from ${ident(table)}`.execute(db);
    if (n.rows[0]!.n > 0)
      throw new AppError(
        'restore.not_empty',
        409,
        `The target database already holds data (table ${table}). Restore into an empty database: a new ACCORD_DATA_DIR, or a new PostgreSQL database.`,
      );
  }
  await db.transaction().execute(async (trx) => {
    // The migration-made rows give way to the backup's own copy of them, children first.
    for (const table of [...tables].reverse()) await sql`delete from ${ident(table)}`.execute(trx);
    const counts = new Map<string, number>();
    for (let next = await iterator.next(); !next.done; next = await iterator.next()) {
      if (!next.value.trim()) continue;
      const chunk = JSON.parse(next.value) as { table: string; rows: unknown[] };
      if (chunk.table === 'schema_migrations') continue;
      if (!tables.includes(chunk.table)) throw new AppError('restore.invalid', 400, `The backup holds an unknown table ${chunk.table}.`);
      await sql`insert into ${ident(chunk.table)} select * from json_populate_recordset(null::${ident(chunk.table)}, ${JSON.stringify(chunk.rows)}::json)`.execute(
        trx,
      );
      counts.set(chunk.table, (counts.get(chunk.table) ?? 0) + chunk.rows.length);
    }
    // Sequences continue after the restored ids, so the next insert does not collide.
    const serials = (
      await sql<{ t: string; c: string }>`
      select table_name as t, column_name as c from information_schema.columns
      where table_schema = 'public' and column_default like 'nextval%'`.execute(trx)
    ).rows;
    for (const s of serials) {
      await sql`select setval(pg_get_serial_sequence(${s.t}, ${s.c}), greatest(coalesce((select max(${ident(s.c)}) from ${ident(s.t)}), 0), 1), (select count(*) > 0 from ${ident(s.t)}))`.execute(
        trx,
      );
    }
    for (const t of tables) onTable?.(t, counts.get(t) ?? 0);
  });
}
