import { z } from 'zod';
import type { Actor } from '../../accounts/actor.ts';
import { recordAudit } from '../../accounts/audit.ts';
import { requireAccess } from '../../accounts/policy.ts';
import type { Db } from '../../db/engine.ts';
import { Conflict, parseInput, ValidationError } from '../../foundation/errors.ts';
import { invalidateFramework } from '../queries.ts';

export const NewStanceQuestion = z.object({
  id: z
    .string()
    .trim()
    .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'Use lower-case words joined by hyphens, e.g. "poc-directory".')
    .max(60),
  question: z.string().trim().min(10, 'Write the question in full.').max(500),
  pillarId: z.string(),
  elementId: z.string().optional(),
  /** Cue phrases per stance value, for the stance reader; any value may be left out. */
  lexicon: z
    .partialRecord(
      z.enum(['topic', 'supports', 'opposes', 'premature', 'open', 'conditional']),
      z.array(z.string().trim().toLowerCase().min(2).max(100)).max(100),
    )
    .optional(),
});

/** The Secretariat adds a stance question; questions are data, not code. */
export async function addStanceQuestion(db: Db, actor: Actor, input: z.input<typeof NewStanceQuestion>) {
  requireAccess(actor, 'framework.manage');
  const q = parseInput(NewStanceQuestion, input, 'question.invalid');
  return db
    .transaction()
    .execute(async (trx) => {
      const pillar = await trx.selectFrom('pillars').select('id').where('id', '=', q.pillarId).executeTakeFirst();
      if (!pillar) throw ValidationError(`No pillar has the id ${q.pillarId}.`, { pillarId: 'Unknown pillar.' }, 'question.invalid');
      if (q.elementId) {
        const el = await trx.selectFrom('elements').select('id').where('id', '=', q.elementId).executeTakeFirst();
        if (!el) throw ValidationError(`No element has the id ${q.elementId}.`, { elementId: 'Unknown element.' }, 'question.invalid');
      }
      const exists = await trx.selectFrom('stance_questions').select('id').where('id', '=', q.id).executeTakeFirst();
      if (exists) throw Conflict('question.exists', `A stance question with the id ${q.id} already exists.`, { id: 'Taken.' });
      const max = await trx
        .selectFrom('stance_questions')
        .select((eb) => eb.fn.max('position').as('m'))
        .executeTakeFirst();
      const row = await trx
        .insertInto('stance_questions')
        .values({
          id: q.id,
          question: q.question,
          pillar_id: q.pillarId,
          element_id: q.elementId ?? null,
          lexicon: JSON.stringify(q.lexicon ?? {}),
          position: Number(max?.m ?? 0) + 1,
        })
        .returningAll()
        .executeTakeFirstOrThrow();
      await recordAudit(trx, actor, { action: 'question.added', itemType: 'stance_question', itemId: q.id, after: { id: q.id, question: q.question } });
      return row;
    })
    .finally(invalidateFramework);
}
