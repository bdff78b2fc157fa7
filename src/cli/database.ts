import { engineConfigFromEnv } from '../db/config.ts';
import { openDatabase } from '../open.ts';
import { AppError } from '../foundation/errors.ts';

/**
 * Opens the configured database for a CLI command. With PGlite, a running server holds the data
 * directory; the lock turns that into a clear message instead of a corrupted directory.
 */
export async function openForCli(opts: { demo?: boolean } = {}) {
  const { engine } = await openDatabase(engineConfigFromEnv(), opts);
  return engine;
}

/** Prints an error the way every command does: code and what to do, exit status 2. */
export function fail(err: unknown): never {
  if (err instanceof AppError) {
    process.stderr.write(`error ${err.code}: ${err.message}\n`);
    if (err.fields) for (const [k, v] of Object.entries(err.fields)) process.stderr.write(`  ${k}: ${v}\n`);
  } else {
    process.stderr.write(`error: ${(err as Error)?.stack ?? String(err)}\n`);
  }
  process.exit(2);
}

/** Runs a command body with the database open, closing it whatever happens. */
export function withDatabase<A extends unknown[]>(
  body: (engine: Awaited<ReturnType<typeof openForCli>>, ...args: A) => Promise<void>,
  opts: { demo?: boolean } = {},
) {
  return async (...args: A) => {
    let engine: Awaited<ReturnType<typeof openForCli>> | undefined;
    try {
      engine = await openForCli(opts);
      await body(engine, ...args);
    } catch (err) {
      await engine?.close().catch(() => {});
      fail(err);
    }
    await engine?.close();
  };
}
