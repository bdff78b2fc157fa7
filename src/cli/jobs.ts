import type { Command } from 'commander';
import { runDueJobs } from '../server/jobs.ts';
import { withDatabase } from './database.ts';

/** `accord jobs run`: runs the due jobs once (deadlines, notices), e.g. from cron when no server runs. */
export function register(program: Command) {
  const jobs = program.command('jobs').description('Background jobs: deadlines and notices kept in the database');
  jobs
    .command('run')
    .description('Run every job that is due now, once, and print what happened')
    .option('--limit <n>', 'at most this many jobs', '500')
    .action(
      withDatabase(async (engine, o: { limit: string }) => {
        const r = await runDueJobs(engine.db, { limit: Number(o.limit) });
        process.stdout.write(`jobs: ${r.claimed} due, ${r.done} done, ${r.retried} to retry, ${r.failed} failed\n`);
      }),
    );
  jobs
    .command('list')
    .description('List pending and failed jobs')
    .action(
      withDatabase(async (engine) => {
        const rows = await engine.db
          .selectFrom('jobs')
          .select(['id', 'kind', 'run_at', 'status', 'attempts', 'last_error'])
          .where('status', 'in', ['pending', 'running', 'failed'])
          .orderBy('run_at')
          .limit(200)
          .execute();
        for (const j of rows)
          process.stdout.write(
            `${String(j.id).padStart(5)}  ${new Date(j.run_at).toISOString()}  ${j.status.padEnd(8)} ${j.kind}${j.attempts ? ` (attempts ${j.attempts})` : ''}${j.last_error ? ` — ${j.last_error}` : ''}\n`,
          );
        if (!rows.length) process.stdout.write('No pending jobs.\n');
      }),
    );
}
