import type { Command } from 'commander';
import { engineConfigFromEnv } from '../db/config.ts';
import { backup, restore } from '../db/backup.ts';
import { openEngine } from '../db/engine.ts';
import { migrate } from '../db/migrate.ts';
import { fail, withDatabase } from './database.ts';

export function register(program: Command) {
  program
    .command('backup <file>')
    .description('Write a consistent backup of the whole database (gzip JSON lines; works on both engines)')
    .action(
      withDatabase(async (engine, file: string) => {
        let rows = 0;
        await backup(engine, file, (_t, n) => {
          rows += n;
        });
        process.stdout.write(`Backed up ${rows} rows to ${file}\n`);
      }),
    );
  program
    .command('restore <file>')
    .description('Restore a backup into an empty database (a new ACCORD_DATA_DIR or a new PostgreSQL database)')
    .action(async (file: string) => {
      try {
        const engine = await openEngine(engineConfigFromEnv());
        try {
          await migrate(engine);
          let rows = 0;
          await restore(engine, file, (_t, n) => {
            rows += n;
          });
          process.stdout.write(`Restored ${rows} rows from ${file}\n`);
        } finally {
          await engine.close();
        }
      } catch (err) {
        fail(err);
      }
    });
}
