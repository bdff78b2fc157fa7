/**
 * `npm run bench [name…]`: runs every benchmark in bench/ (each exports `run()` returning its
 * figures) or the named ones, and prints the figures. Targets are in the issue notes and README.
 */
import fs from 'node:fs';
import path from 'node:path';

// Request logs would drown the figures; a benchmark that wants them sets LOG_LEVEL itself.
process.env.LOG_LEVEL ??= 'silent';
const only = process.argv.slice(2);
const dir = import.meta.dirname;
const files = fs
  .readdirSync(dir)
  .filter((f) => /^[a-zA-Z]+\.ts$/.test(f) && !['run.ts', 'bareServer.ts'].includes(f))
  .sort();
let failed = false;
for (const file of files) {
  const name = file.replace(/\.ts$/, '');
  if (only.length && !only.includes(name)) continue;
  const mod = (await import(path.join(dir, file))) as { run?: () => Promise<Record<string, number | string>> };
  if (typeof mod.run !== 'function') continue;
  console.log(`\n## ${name}`);
  const t0 = performance.now();
  try {
    const figures = await mod.run();
    for (const [k, v] of Object.entries(figures)) console.log(`  ${k.padEnd(56)} ${v}`);
    console.log(`  ${'(benchmark wall time, s)'.padEnd(56)} ${((performance.now() - t0) / 1000).toFixed(1)}`);
  } catch (err) {
    failed = true;
    console.log(`  failed: ${(err as Error).stack ?? err}`);
  }
}
process.exit(failed ? 1 : 0);
