import { z } from 'zod';
import type { Actor } from '../../accounts/actor.ts';
import { recordAudit } from '../../accounts/audit.ts';
import { requireAccess } from '../../accounts/policy.ts';
import type { Db } from '../../db/engine.ts';
import { LANGUAGES } from '../../i18n/languages.ts';
import { AppError, fromZod } from '../../foundation/errors.ts';
import { getCycle } from '../cycles.ts';

export const StartReport = z.object({
  language: z.enum(LANGUAGES, { message: 'Use ar, zh, en, fr, ru or es.' }).default('en'),
  visibility: z.enum(['public', 'states', 'secretariat'], { message: 'Use public, states or secretariat.' }).default('secretariat'),
});

/** A delegate starts the State's report for a cycle; starting twice returns the existing report. */
export async function startReport(db: Db, actor: Actor, cycleId: number, input: z.input<typeof StartReport> = {}) {
  const iso3 = actor.kind === 'user' ? actor.stateIso3 : null;
  requireAccess(actor, 'report.write', { ownerStateIso3: iso3 });
  const parsed = StartReport.safeParse(input);
  if (!parsed.success) throw fromZod(parsed.error, 'report.invalid');
  return db.transaction().execute(async (trx) => {
    const cycle = await getCycle(trx, cycleId);
    const existing = await trx
      .selectFrom('national_reports')
      .select(['id'])
      .where('cycle_id', '=', cycle.id)
      .where('state_iso3', '=', iso3!)
      .executeTakeFirst();
    if (existing) return { id: existing.id, created: false };
    const expected = await trx
      .selectFrom('reporting_expected_states')
      .select('state_iso3')
      .where('cycle_id', '=', cycle.id)
      .where('state_iso3', '=', iso3!)
      .executeTakeFirst();
    if (!expected)
      throw new AppError('report.not_expected', 409, `${iso3} is not among the States expected in “${cycle.title}”. Ask the Secretariat to add it.`);
    const r = await trx
      .insertInto('national_reports')
      .values({
        cycle_id: cycle.id,
        state_iso3: iso3!,
        language: parsed.data.language,
        visibility: parsed.data.visibility,
      })
      .returning(['id'])
      .executeTakeFirstOrThrow();
    await recordAudit(trx, actor, {
      action: 'report.started',
      itemType: 'national_report',
      itemId: r.id,
      after: { cycleId: cycle.id, stateIso3: iso3, ...parsed.data },
    });
    return { id: r.id, created: true };
  });
}
