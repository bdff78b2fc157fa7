/**
 * Used by durability.test.ts: opens a PGlite data directory the way the server does, then commits
 * pairs of rows in a tight loop, printing each committed pair, until it is killed.
 */
import { openEngine } from './engine.ts';
import { migrate } from './migrate.ts';

const dir = process.argv[2]!;
const engine = await openEngine({ engine: 'pglite', dataDir: dir });
await migrate(engine);
process.stdout.write('ready\n');
for (let i = 0; ; i++) {
  await engine.db.transaction().execute(async (trx) => {
    await trx
      .insertInto('regional_groups')
      .values({ id: `w-${i}-a`, name: 'a' })
      .execute();
    await trx
      .insertInto('regional_groups')
      .values({ id: `w-${i}-b`, name: 'b' })
      .execute();
  });
  process.stdout.write(`committed ${i}\n`);
}
