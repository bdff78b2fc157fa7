import type { Command } from 'commander';
import { serve } from '@hono/node-server';
import { engineConfigFromEnv } from '../db/config.ts';
import { openDatabase } from '../db/open.ts';
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from '../db/seed.ts';
import { log } from '../server/log.ts';
import { fail } from './database.ts';

export function register(program: Command) {
  program.command('serve')
    .description('Migrate, seed on first start, and serve the web application and API')
    .option('--port <port>', 'port to listen on (env PORT)', process.env.PORT ?? '3000')
    .option('--host <host>', 'address to listen on (env HOST)', process.env.HOST ?? '0.0.0.0')
    .option('--no-demo', 'do not create the demo accounts on first start')
    .action(async (opts: { port: string; host: string; demo: boolean }) => {
      const started = performance.now();
      let opened;
      try {
        opened = await openDatabase(engineConfigFromEnv(), { demo: opts.demo });
      } catch (err) { fail(err); }
      const { engine, applied, seeded } = opened;
      // Loaded here, not at the top: offline commands (read, check) should not load the whole server.
      const { createApp } = await import('../server/app.tsx');
      const app = createApp(engine.db);
      const server = serve({ fetch: app.fetch, port: Number(opts.port), hostname: opts.host }, (info) => {
        const ms = Math.round(performance.now() - started);
        log.info({ port: info.port, engine: engine.kind, migrationsApplied: applied.length, seeded, startMs: ms }, 'listening');
        const lines = [`Accord is serving http://localhost:${info.port} (${engine.kind}, ready in ${ms} ms)`];
        if (seeded && opts.demo) {
          lines.push('Demo accounts (password for all: ' + DEMO_PASSWORD + '):');
          for (const a of DEMO_ACCOUNTS) lines.push(`  ${a.role.padEnd(12)} ${a.email}${a.state ? ` (${a.state})` : ''}`);
        } else if (opts.demo) {
          lines.push(`Demo accounts: ${DEMO_ACCOUNTS.map((a) => a.email).join(', ')} — password ${DEMO_PASSWORD}`);
        }
        process.stdout.write(lines.join('\n') + '\n');
      });
      let closing = false;
      const shutdown = async () => {
        if (closing) return;
        closing = true;
        server.close();
        await engine.close(); // PGlite flushes and releases the data-directory lock
        process.exit(0);
      };
      process.on('SIGINT', shutdown);
      process.on('SIGTERM', shutdown);
    });
}
