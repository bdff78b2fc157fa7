import type { Command } from 'commander';
import { engineConfigFromEnv } from '../db/config.ts';
import { openEngine } from '../db/engine.ts';
import { migrate } from '../db/migrate.ts';
import { fail } from './database.ts';

export function register(program: Command) {
  program
    .command('migrate')
    .description('Apply pending migrations (each in its own transaction) and exit')
    .action(async () => {
      try {
        const engine = await openEngine(engineConfigFromEnv());
        try {
          const applied = await migrate(engine);
          process.stdout.write(
            applied.length ? `Applied ${applied.length} migration(s):\n${applied.map((m) => '  ' + m).join('\n')}\n` : 'The database is up to date.\n',
          );
        } finally {
          await engine.close();
        }
      } catch (err) {
        fail(err);
      }
    });
}
