import { CAPABILITIES } from './capabilities.ts';
import type { Db } from './db/engine.ts';

/**
 * Demo content for a first `npm start`: a meeting record of the OEWG and the Global Mechanism's first
 * cycle (plenary, two thematic group meetings, their records), national reports over several cycles, a
 * draft with an amendment, accredited stakeholders, mechanisms and points of contact — all invented
 * and marked synthetic where shown. Each capability declares its seeder (src/capabilities.ts); they run
 * in their `order`, as later ones build on earlier ones.
 */
export async function seedDemoContent(db: Db, onStep?: (name: string, ms: number, error?: Error) => void) {
  const seeders = CAPABILITIES.flatMap((cap) => (cap.demo ? [{ name: cap.name, ...cap.demo }] : [])).sort((a, b) => a.order - b.order);
  for (const { name, seed } of seeders) {
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
