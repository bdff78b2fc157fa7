import { z } from 'zod';
import type { Actor } from '../../accounts/actor.ts';
import { recordAudit } from '../../accounts/audit.ts';
import { requireAccess } from '../../accounts/policy.ts';
import type { Db } from '../../db/engine.ts';
import { getCycle } from '../../reporting/cycles.ts';
import { fromZod } from '../../foundation/errors.ts';
import { seriesOfCode } from '../cycleSeries.ts';

export const CycleSettings = z.object({
  /** The series the cycle belongs to; empty means the series its code names (OEWG-2026-1 → OEWG). */
  series: z
    .string()
    .trim()
    .toUpperCase()
    .regex(/^([A-Z0-9-]{2,40})?$/, 'Capital letters, digits and hyphens, e.g. OEWG.')
    .default(''),
  /** Submitted reports that make the cycle's figures public before it closes; empty means the installation's setting. */
  minReports: z
    .union([
      z.literal(''),
      z.coerce
        .number({ message: 'Give a whole number of reports.' })
        .int('Give a whole number of reports.')
        .min(1, 'At least 1 report.')
        .max(1000, 'At most 1000 reports.'),
    ])
    .default(''),
});

/**
 * The Secretariat says which series a cycle belongs to (progress compares it with the previous
 * cycle of that series) and how many reports make its figures public before it closes.
 */
export async function setCycleSettings(db: Db, actor: Actor, cycleId: number, input: z.input<typeof CycleSettings>) {
  requireAccess(actor, 'cycle.manage');
  const parsed = CycleSettings.safeParse(input);
  if (!parsed.success) throw fromZod(parsed.error, 'analysis.settings_invalid');
  const cycle = await getCycle(db, cycleId);
  const series = parsed.data.series || seriesOfCode(cycle.code);
  const minReports = parsed.data.minReports === '' ? null : parsed.data.minReports;
  return db.transaction().execute(async (trx) => {
    const before = await trx.selectFrom('analysis_cycle_settings').select(['series', 'min_reports']).where('cycle_id', '=', cycle.id).executeTakeFirst();
    const updatedBy = actor.kind === 'user' ? actor.id : null;
    await trx
      .insertInto('analysis_cycle_settings')
      .values({ cycle_id: cycle.id, series, min_reports: minReports, updated_by: updatedBy })
      .onConflict((oc) => oc.column('cycle_id').doUpdateSet({ series, min_reports: minReports, updated_by: updatedBy, updated_at: new Date() }))
      .execute();
    await recordAudit(trx, actor, {
      action: 'analysis.cycle_settings_changed',
      itemType: 'reporting_cycle',
      itemId: cycle.id,
      before: before ?? null,
      after: { series, min_reports: minReports },
    });
    return { series, minReports };
  });
}
