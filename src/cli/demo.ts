import type { Command } from 'commander';
import { generateDemo } from '../analysis/demo.ts';
import { withDatabase } from './database.ts';

/** `accord demo generate --states 193 --cycles 3`: synthetic reporting cycles, reports and offers (marked synthetic). */
export function register(program: Command): void {
  const demo = program.command('demo').description('Synthetic data for demonstrations and benchmarks');
  demo
    .command('generate')
    .description('Write synthetic reporting cycles, national reports, capacity needs and offers (all marked synthetic)')
    .option('--states <n>', 'number of Member States reporting', '193')
    .option('--cycles <n>', 'number of reporting cycles, one year apart, the last one open now', '3')
    .option('--offers <n>', 'number of capacity-building offers (default: a quarter of the States)')
    .option('--seed <n>', 'random seed (same seed, same data)', '20260')
    .action(
      withDatabase(async (engine, opts: { states: string; cycles: string; offers?: string; seed: string }) => {
        const n = (v: string, name: string, max: number) => {
          const x = Number(v);
          if (!Number.isInteger(x) || x < 1 || x > max) throw new Error(`--${name} must be a whole number from 1 to ${max}.`);
          return x;
        };
        const t0 = Date.now();
        const r = await generateDemo(engine.db, {
          states: n(opts.states, 'states', 195),
          cycles: n(opts.cycles, 'cycles', 20),
          seed: n(opts.seed, 'seed', 2 ** 31),
          offers: opts.offers === undefined ? undefined : n(opts.offers, 'offers', 10_000),
        });
        process.stdout.write(
          `synthetic data written in ${Date.now() - t0} ms: cycles ${r.cycles.join(', ')}; ${r.states} States; ${r.revisions} report revisions; ${r.needs} capacity needs; ${r.offers} offers\n`,
        );
      }),
    );
}
