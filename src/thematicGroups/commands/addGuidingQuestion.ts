import { formError, parseForm } from '../../foundation/formError.ts';
import { z } from 'zod';
import type { Actor } from '../../accounts/actor.ts';
import { recordAudit } from '../../accounts/audit.ts';
import { requireAccess } from '../../accounts/policy.ts';
import type { Db } from '../../db/engine.ts';
import { versionOfMeeting } from '../../framework/queries.ts';
import { requireDtgMeeting } from '../dtgMeeting.ts';
import { messagesOf } from '../formError.ts';

export const NewGuidingQuestion = z.object({
  text: z.string().trim().min(10, 'thematicGroups.err.questionText').max(2000, 'thematicGroups.err.tooLong'),
  /** Its place among the meeting's questions; the next one when absent. */
  number: z.coerce
    .number('thematicGroups.err.number')
    .int('thematicGroups.err.number')
    .positive('thematicGroups.err.number')
    .max(99, 'thematicGroups.err.number')
    .optional(),
  /** A pillar of the meeting's framework version. */
  pillar: z.string().trim().max(60).optional(),
  /** An element of the meeting's framework version (its pillar follows). */
  element: z.string().trim().max(60).optional(),
});
export type NewGuidingQuestionInput = z.input<typeof NewGuidingQuestion>;

/**
 * The Secretariat records one of the Chair's guiding questions for a DTG meeting, optionally tied to
 * a pillar or an element of the framework the meeting's process reads under (its lexicon then helps
 * find the statements that answer it, src/thematicGroups/summary.ts).
 */
export async function addGuidingQuestion(db: Db, actor: Actor, meetingId: number, input: NewGuidingQuestionInput) {
  requireAccess(actor, 'thematicGroups.manage');
  const v = parseForm(NewGuidingQuestion, input, 'thematic.question_invalid', messagesOf);
  await requireDtgMeeting(db, meetingId);
  const version = await versionOfMeeting(db, meetingId);
  let pillar = v.pillar || null;
  const element = v.element || null;
  if (element) {
    const e = await db.selectFrom('elements').select(['id', 'pillar_id']).where('framework_version', '=', version).where('id', '=', element).executeTakeFirst();
    if (!e) throw formError('thematic.question_invalid', { element: { key: 'thematicGroups.err.element' } });
    if (pillar && pillar !== e.pillar_id) throw formError('thematic.question_invalid', { pillar: { key: 'thematicGroups.err.pillarOfElement' } });
    pillar = e.pillar_id;
  } else if (pillar) {
    const p = await db.selectFrom('pillars').select('id').where('framework_version', '=', version).where('id', '=', pillar).executeTakeFirst();
    if (!p) throw formError('thematic.question_invalid', { pillar: { key: 'thematicGroups.err.pillar' } });
  }
  return db.transaction().execute(async (trx) => {
    let number = v.number;
    if (number == null) {
      const last = await trx
        .selectFrom('guiding_questions')
        .select((eb) => eb.fn.max('number').as('n'))
        .where('meeting_id', '=', meetingId)
        .executeTakeFirst();
      number = Number(last?.n ?? 0) + 1;
    } else if (await trx.selectFrom('guiding_questions').select('id').where('meeting_id', '=', meetingId).where('number', '=', number).executeTakeFirst()) {
      throw formError('thematic.question_exists', { number: { key: 'thematicGroups.err.numberTaken', params: { n: number } } }, 409);
    }
    const row = await trx
      .insertInto('guiding_questions')
      .values({
        meeting_id: meetingId,
        number,
        text: v.text,
        framework_version: pillar ? version : null,
        pillar_id: pillar,
        element_id: element,
        created_by: actor.kind === 'user' ? actor.id : null,
      })
      .returning(['id', 'number', 'text', 'framework_version', 'pillar_id', 'element_id'])
      .executeTakeFirstOrThrow();
    await recordAudit(trx, actor, { action: 'thematic.question_added', itemType: 'meeting', itemId: meetingId, after: row });
    return row;
  });
}
