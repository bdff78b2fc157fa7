import type { EngineConfig } from './db/config.ts';
import { openEngine, type Engine } from './db/engine.ts';
import { migrate } from './db/migrate.ts';
import { seed } from './seed.ts';

/** Opens the database, applies pending migrations and seeds reference data on first start. */
export async function openDatabase(config: EngineConfig, opts: { demo?: boolean; loadDataDir?: Blob } = {}) {
  const engine: Engine = await openEngine(config, { loadDataDir: opts.loadDataDir });
  try {
    const applied = await migrate(engine);
    const { seeded } = await seed(engine.db, { demo: opts.demo ?? false });
    return { engine, applied, seeded };
  } catch (err) {
    await engine.close();
    throw err;
  }
}
