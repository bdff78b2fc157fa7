import path from 'node:path';

export type EngineConfig = { engine: 'pglite'; dataDir: string | null /* null: in memory */ } | { engine: 'postgres'; url: string };

/** DATABASE_URL selects PostgreSQL; otherwise PGlite under ACCORD_DATA_DIR (default ./data). */
export function engineConfigFromEnv(env = process.env): EngineConfig {
  if (env.DATABASE_URL) return { engine: 'postgres', url: env.DATABASE_URL };
  return { engine: 'pglite', dataDir: path.resolve(env.ACCORD_DATA_DIR ?? 'data') };
}
