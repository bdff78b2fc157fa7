import type { Command } from 'commander';
import { serve } from '@hono/node-server';
import { engineConfigFromEnv } from '../db/config.ts';
import { openDatabase } from '../open.ts';
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from '../seed.ts';
import { log } from '../foundation/log.ts';
import { fail } from './database.ts';

export function register(program: Command) {
  program
    .command('serve')
    .description('Migrate, seed on first start, and serve the web application and API')
    .option('--port <port>', 'port to listen on (env PORT)', process.env.PORT ?? '3000')
    .option('--host <host>', 'address to listen on (env HOST)', process.env.HOST ?? '0.0.0.0')
    .option('--no-demo', 'do not create the demo accounts on first start')
    .action(async (opts: { port: string; host: string; demo: boolean }) => {
      const started = performance.now();
      // The application's modules load while the database opens: the two together are most of the start.
      const loading = Promise.all([import('../server/app.tsx'), import('../server/jobs.ts')]);
      let opened;
      try {
        opened = await openDatabase(engineConfigFromEnv(), { demo: opts.demo });
      } catch (err) {
        fail(err);
      }
      const { engine, applied, seeded } = opened;
      // Loaded in the action, not at the top: offline commands (read, check) should not load the server.
      const [{ createApp }, { startJobRunner }] = await loading;
      if (seeded && opts.demo) {
        const { seedDemoContent } = await import('../demo.ts');
        process.stdout.write('Adding demo content (synthetic, marked as such)…\n');
        await seedDemoContent(engine.db, (name, ms, error) => {
          if (error) log.error({ err: error, seeder: name }, 'demo content failed');
          process.stdout.write(`  ${name.padEnd(14)} ${error ? 'failed: ' + error.message : Math.round(ms) + ' ms'}\n`);
        });
      }
      const app = createApp(engine.db);
      // Deadlines (no-objection windows, link expiry) are rows in the jobs table: they fire on time
      // across restarts, and the first poll catches up on anything due while the server was down.
      const stopJobs = startJobRunner(engine.db, { intervalMs: 15_000 });
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
        await stopJobs();
        await engine.close(); // PGlite flushes and releases the data-directory lock
        process.exit(0);
      };
      process.on('SIGINT', shutdown);
      process.on('SIGTERM', shutdown);
    });
}
