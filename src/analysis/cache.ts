import { sql } from 'kysely';
import type { Actor } from '../accounts/actor.ts';
import type { Db } from '../db/engine.ts';
import { compileAnalysis, type Analysis, type CompileOptions } from './compile.ts';

/**
 * Compiling a cycle loads every report and clusters every challenge (about 200 ms for 193 States),
 * and the analysis page, each State's profile and each element's page all need it. The result
 * depends only on the data and on what the reader may see, so it is kept per (cycle, reader's
 * visibility, options) and recompiled when anything has been written since.
 *
 * "Anything written" is read from the audit log: every write records an audit event in its own
 * transaction, so the newest event id is the data's version, on either engine and across processes
 * sharing one PostgreSQL. Ids are handed out at insert, not at commit, so a write still in progress
 * could commit later under an older id than one already seen: while another session of the database
 * is inside a write transaction, the analysis is compiled and not kept. The time limit bounds
 * what a write outside the application (SQL typed by hand, a restore) could leave stale, and keeps
 * "on time" figures true across midnight.
 *
 * Pages read through here; `compileAnalysis` stays uncached for scripts, exports and benchmarks.
 * The returned object is shared between readers: treat it as read-only.
 */
const TTL_MS = 5 * 60_000;
const MAX_ENTRIES = 64;

interface Entry {
  version: number;
  at: number;
  value: Promise<Analysis>;
}
const caches = new WeakMap<Db, Map<string, Entry>>();

export async function readAnalysis(db: Db, actor: Actor, cycleId: number, o: CompileOptions): Promise<Analysis> {
  const { version, settled } = await dataVersion(db);
  let cache = caches.get(db);
  if (!cache) {
    cache = new Map();
    caches.set(db, cache);
  }
  const key = JSON.stringify([cycleId, readerKey(actor), o.minAggregate, o.region ?? null, o.organisation ?? null, o.baseline ?? null, o.minPublished ?? null]);
  const hit = cache.get(key);
  // A hit was compiled with nothing in flight, so every event up to its version had committed; a
  // write under way now will commit under a newer id and change the version.
  if (hit && hit.version === version && Date.now() - hit.at < TTL_MS) return hit.value;
  const value = compileAnalysis(db, actor, cycleId, o);
  if (!settled) return value;
  cache.delete(key); // Map order is insertion order: the first key is the oldest
  cache.set(key, { version, at: Date.now(), value });
  if (cache.size > MAX_ENTRIES) cache.delete(cache.keys().next().value!);
  value.catch(() => {
    if (cache.get(key)?.value === value) cache.delete(key);
  });
  return value;
}

/** Who the reader is, as far as visibility goes: readers with the same key see the same reports. */
function readerKey(actor: Actor): string {
  if (actor.kind === 'user') return `${actor.role}:${actor.stateIso3 ?? ''}:${actor.organisationId ?? ''}`;
  return actor.kind === 'system' ? 'system' : 'public';
}

/**
 * The newest audit event, and whether any other session of this database is inside a write
 * transaction (has a transaction id). Read after the statement's snapshot is taken: a writer that
 * commits in between is seen by the compilation that follows, one still writing is seen here.
 */
async function dataVersion(db: Db): Promise<{ version: number; settled: boolean }> {
  const row = await sql<{ id: number | null; writing: number }>`
    select max(id) as id,
      (select count(*) from pg_stat_activity
        where datname = current_database() and backend_xid is not null and pid <> pg_backend_pid())::int as writing
    from audit_events`.execute(db);
  return { version: Number(row.rows[0]?.id ?? 0), settled: Number(row.rows[0]?.writing ?? 1) === 0 };
}
