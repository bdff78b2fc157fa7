/**
 * `npm run eval [name…] [--strict]`: runs every evaluation in eval/ (each exports `run()`) and prints
 * its figures. A missed target (`targetsMet: false`) is reported; with --strict it also fails the run.
 * An evaluation that crashes always fails the run.
 */
import fs from 'node:fs';
import path from 'node:path';

const strict = process.argv.includes('--strict');
const only = process.argv.slice(2).filter((a) => !a.startsWith('--'));
const dir = import.meta.dirname;
let failed = false;
for (const file of fs
  .readdirSync(dir)
  .filter((f) => /^[a-zA-Z]+\.ts$/.test(f) && f !== 'run.ts')
  .sort()) {
  const name = file.replace(/\.ts$/, '');
  if (only.length && !only.includes(name)) continue;
  const mod = (await import(path.join(dir, file))) as { run?: () => Promise<unknown>; format?: (r: unknown) => string };
  if (typeof mod.run !== 'function') continue;
  console.log(`\n## ${name}`);
  try {
    const result = (await mod.run()) as { targetsMet?: boolean } & Record<string, unknown>;
    console.log(mod.format ? mod.format(result) : JSON.stringify(result, null, 2));
    if (result && result.targetsMet === false) {
      if (strict) failed = true;
      console.log(`  TARGETS MISSED in ${name}`);
    }
  } catch (err) {
    failed = true;
    console.log(`  failed: ${(err as Error).stack ?? err}`);
  }
}
process.exit(failed ? 1 : 0);
