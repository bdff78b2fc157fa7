import { formError, parseForm } from '../../foundation/formError.ts';
import { z } from 'zod';
import type { Actor } from '../../accounts/actor.ts';
import { recordAudit } from '../../accounts/audit.ts';
import { requireAccess } from '../../accounts/policy.ts';
import type { Db } from '../../db/engine.ts';
import { messagesOf, slugOf } from '../formError.ts';
import { datesInOrder, Day, optional, processOf, Slug } from '../input.ts';

export const NewCycle = z.object({
  title: z.string().trim().min(3, 'processes.err.required').max(200, 'processes.err.tooLong'),
  /** Made from the title when not given. */
  slug: optional(Slug),
  startsOn: Day,
  endsOn: Day,
  /** What the cycle ends in, e.g. "progress report". */
  outcome: z.string().trim().max(200, 'processes.err.tooLong').default(''),
});
export type NewCycleInput = z.input<typeof NewCycle>;

/**
 * The Secretariat opens a cycle of a process (the Global Mechanism works in biennial cycles, each
 * ending in a progress report). Cycles of one process never overlap: a session falls in one cycle.
 */
export async function createCycle(db: Db, actor: Actor, processSlug: string, input: NewCycleInput) {
  requireAccess(actor, 'processes.manage');
  const v = parseForm(NewCycle, input, 'processes.cycle_invalid', (issues) => datesInOrder(input, messagesOf(issues)));
  if (v.endsOn < v.startsOn) throw formError('processes.cycle_invalid', { endsOn: { key: 'processes.err.endsBeforeStart' } });
  const slug = v.slug ?? slugOf(v.title);
  if (!slug) throw formError('processes.cycle_invalid', { slug: { key: 'processes.err.slug' } });
  return db.transaction().execute(async (trx) => {
    const p = await processOf(trx, processSlug);
    if (await trx.selectFrom('process_cycles').select('id').where('process_id', '=', p.id).where('slug', '=', slug).executeTakeFirst()) {
      throw formError('processes.cycle_exists', { [v.slug ? 'slug' : 'title']: { key: 'processes.err.taken' } }, 409);
    }
    const overlap = await trx
      .selectFrom('process_cycles')
      .select('title')
      .where('process_id', '=', p.id)
      .where('starts_on', '<=', v.endsOn)
      .where('ends_on', '>=', v.startsOn)
      .executeTakeFirst();
    if (overlap) throw formError('processes.cycle_overlap', { startsOn: { key: 'processes.err.overlap', params: { title: overlap.title } } }, 409);
    const row = await trx
      .insertInto('process_cycles')
      .values({
        process_id: p.id,
        slug,
        title: v.title,
        starts_on: v.startsOn,
        ends_on: v.endsOn,
        outcome: v.outcome,
        created_by: actor.kind === 'user' ? actor.id : null,
      })
      .returning(['id'])
      .executeTakeFirstOrThrow();
    const cycle = { id: row.id, process: p.slug, slug, title: v.title, startsOn: v.startsOn, endsOn: v.endsOn, outcome: v.outcome };
    await recordAudit(trx, actor, { action: 'process.cycle_created', itemType: 'process_cycle', itemId: row.id, after: cycle });
    return cycle;
  });
}
