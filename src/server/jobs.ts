import { sql, type Transaction } from 'kysely';
import type { Db } from '../db/engine.ts';
import type { Database } from '../schema.ts';
import { log } from '../foundation/log.ts';

/**
 * Durable background jobs: a row in `jobs` with a time to run. Deadlines therefore survive a restart,
 * and several runners (several server processes on one PostgreSQL) never run the same job twice,
 * because claiming uses FOR UPDATE SKIP LOCKED.
 */
export type JobHandler = (trx: Transaction<Database>, payload: Record<string, unknown>, ctx: { now: Date; jobId: number }) => Promise<void>;

/** A job that must not run inside a transaction (it talks to the network): it gets the database and commits its own statements. */
export type UntransactedJobHandler = (db: Db, payload: Record<string, unknown>, ctx: { now: Date; jobId: number }) => Promise<void>;

const handlers = new Map<string, JobHandler>();
const untransacted = new Map<string, UntransactedJobHandler>();
const MAX_ATTEMPTS = 5;
const LEASE_MS = 5 * 60_000;

/**
 * Registers the handler of a job kind. Capabilities declare theirs in their capability.ts and
 * src/capabilities.ts registers them all; tests register their own kinds here.
 */
export function registerJobHandler(kind: string, handler: JobHandler) {
  handlers.set(kind, handler);
}

/** Registers a handler that runs outside any transaction; the job is marked done after it returns. */
export function registerUntransactedJobHandler(kind: string, handler: UntransactedJobHandler) {
  untransacted.set(kind, handler);
}

/** Schedules a job inside the caller's transaction, so it exists exactly when the change that needs it commits. */
export async function enqueueJob(trx: Transaction<Database> | Db, job: { kind: string; runAt: Date; payload?: Record<string, unknown>; dedupeKey?: string }) {
  return trx
    .insertInto('jobs')
    .values({
      kind: job.kind,
      run_at: job.runAt,
      payload: JSON.stringify(job.payload ?? {}),
      dedupe_key: job.dedupeKey ?? null,
      locked_until: null,
      last_error: null,
      finished_at: null,
    })
    .returning(['id'])
    .executeTakeFirstOrThrow();
}

export interface RunResult {
  claimed: number;
  done: number;
  failed: number;
  retried: number;
}

/**
 * Claims the jobs due at `now` and runs each in its own transaction. A job whose handler throws is
 * retried later with a growing delay, and marked failed after five attempts.
 */
export async function runDueJobs(db: Db, opts: { now?: Date; limit?: number } = {}): Promise<RunResult> {
  // Every capability's handlers, whoever runs the jobs (server, `accord jobs run`, a test): a runner
  // that forgot one would fail that job five times and mark it failed.
  await import('../capabilities.ts');
  const now = opts.now ?? new Date();
  const limit = opts.limit ?? 50;
  const claimed = await db.transaction().execute(async (trx) => {
    const due = await sql<{ id: number }>`
      select id from jobs
      where run_at <= ${now} and (status = 'pending' or (status = 'running' and locked_until < ${now}))
      order by run_at, id limit ${limit}
      for update skip locked`.execute(trx);
    if (due.rows.length === 0) return [];
    return trx
      .updateTable('jobs')
      .set((eb) => ({ status: 'running', attempts: eb('attempts', '+', 1), locked_until: new Date(now.getTime() + LEASE_MS) }))
      .where(
        'id',
        'in',
        due.rows.map((r) => Number(r.id)),
      )
      .returning(['id', 'kind', 'payload', 'attempts'])
      .execute();
  });
  const result: RunResult = { claimed: claimed.length, done: 0, failed: 0, retried: 0 };
  for (const job of claimed) {
    const handler = handlers.get(job.kind);
    const outside = untransacted.get(job.kind);
    try {
      if (outside) {
        await outside(db, (job.payload ?? {}) as Record<string, unknown>, { now, jobId: Number(job.id) });
        await db.updateTable('jobs').set({ status: 'done', finished_at: now, locked_until: null }).where('id', '=', job.id).execute();
        result.done++;
        continue;
      }
      if (!handler) throw new Error(`No handler is registered for jobs of kind ${job.kind}.`);
      await db.transaction().execute(async (trx) => {
        await handler(trx, (job.payload ?? {}) as Record<string, unknown>, { now, jobId: Number(job.id) });
        await trx.updateTable('jobs').set({ status: 'done', finished_at: now, locked_until: null }).where('id', '=', job.id).execute();
      });
      result.done++;
    } catch (err) {
      const message = (err as Error)?.message ?? String(err);
      const final = job.attempts >= MAX_ATTEMPTS;
      await db
        .updateTable('jobs')
        .set({
          status: final ? 'failed' : 'pending',
          last_error: message,
          locked_until: null,
          ...(final ? { finished_at: now } : { run_at: new Date(now.getTime() + 2 ** job.attempts * 30_000) }),
        })
        .where('id', '=', job.id)
        .execute();
      if (final) result.failed++;
      else result.retried++;
      log.warn({ jobId: job.id, kind: job.kind, attempts: job.attempts, err: message }, 'job failed');
    }
  }
  return result;
}

/**
 * Polls for due jobs every `intervalMs` (default 15 s) until the returned function is called.
 * The first poll runs at once, so deadlines that passed while the server was down fire on start.
 */
export function startJobRunner(db: Db, opts: { intervalMs?: number } = {}): () => Promise<void> {
  const intervalMs = opts.intervalMs ?? 15_000;
  let stopped = false;
  let running: Promise<unknown> = Promise.resolve();
  let timer: NodeJS.Timeout | undefined;
  const tick = () => {
    if (stopped) return;
    running = runDueJobs(db)
      .then((r) => {
        if (r.claimed) log.info(r, 'jobs run');
      })
      .catch((err) => log.error({ err: (err as Error).message }, 'job runner poll failed'))
      .finally(() => {
        if (!stopped) timer = setTimeout(tick, intervalMs);
      });
  };
  tick();
  return async () => {
    stopped = true;
    if (timer) clearTimeout(timer);
    await running;
  };
}
