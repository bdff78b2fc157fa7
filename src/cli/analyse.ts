import type { Command } from 'commander';
import { systemActor } from '../accounts/actor.ts';
import { resolveCycleId } from '../analysis/queries/analysisInput.ts';
import { analysisSummary, type AnalysisSummary } from '../analysis/summary.ts';
import type { Db } from '../db/engine.ts';
import { configFromEnv } from '../server/config.ts';
import { withDatabase } from './database.ts';

/** The compiled figures of a cycle, as the Secretariat sees them (the CLI acts on the operator's authority). */
export async function analyse(db: Db, cycle: string, minAggregate: number): Promise<AnalysisSummary> {
  const actor = systemActor('accord analyse');
  return analysisSummary(db, actor, await resolveCycleId(db, cycle), minAggregate);
}

function text(s: AnalysisSummary): string {
  const lines = [`cycle ${s.cycle}: ${s.submitted}/${s.expected} submitted, ${s.onTime} on time`];
  for (const [g, r] of Object.entries(s.byRegion)) lines.push(`  ${g.padEnd(18)} ${r.submitted}/${r.expected} (${r.onTime} on time)`);
  lines.push(`needs ${s.needs} · offers ${s.offers} · matches ${s.matches}`, 'roadmap:');
  for (const e of s.roadmap) lines.push(`  ${'element' in e ? e.element : e.question} — ${e.reason}`);
  return `${lines.join('\n')}\n`;
}

/** `accord analyse --cycle <id|latest> [--json] [--min-aggregate N]` */
export function register(program: Command): void {
  program
    .command('analyse')
    .description('Compile the analysis of a reporting cycle and print its figures (as the Secretariat)')
    .option('--cycle <id>', 'cycle id, or "latest"', 'latest')
    .option('--json', 'print the stable JSON shape for scripts')
    .option('--min-aggregate <n>', 'smallest aggregate that may include restricted reports', String(configFromEnv().minAggregate))
    .action(
      withDatabase(async (engine, opts: { cycle: string; json?: boolean; minAggregate: string }) => {
        const s = await analyse(engine.db, opts.cycle, Number(opts.minAggregate));
        process.stdout.write(opts.json ? `${JSON.stringify(s, null, 2)}\n` : text(s));
      }),
    );
}
