import { seedDemo as analysis } from './analysis/demo.ts';
import { seedDemo as drafting } from './drafting/demo.ts';
import { seedDemo as globalMechanism } from './processes/demoGlobalMechanism.ts';
import { seedDemo as records } from './records/demo.ts';
import { seedDemo as registry } from './registry/demo.ts';
import { seedDemo as reporting } from './reporting/demo.ts';
import { seedDemo as stakeholders } from './stakeholders/demo.ts';
import type { Db } from './db/engine.ts';

/**
 * Demo content for a first `npm start`: a meeting record of the OEWG and the Global Mechanism's first
 * cycle (plenary, two thematic group meetings, their records), national reports over several cycles, a
 * draft with an amendment, accredited stakeholders, mechanisms and points of contact — all invented
 * and marked synthetic where shown. Order matters: later capabilities build on earlier ones.
 */
const SEEDERS: Array<[string, (db: Db) => Promise<unknown>]> = [
  ['records', records],
  ['global mechanism', globalMechanism],
  ['reporting', reporting],
  ['analysis', analysis],
  ['drafting', drafting],
  ['stakeholders', stakeholders],
  ['registry', registry],
];

export async function seedDemoContent(db: Db, onStep?: (name: string, ms: number, error?: Error) => void) {
  for (const [name, seed] of SEEDERS) {
    const t0 = performance.now();
    try {
      await seed(db);
      onStep?.(name, performance.now() - t0);
    } catch (err) {
      // Demo content is a convenience: a failure is reported, and the platform still starts.
      onStep?.(name, performance.now() - t0, err as Error);
    }
  }
}
