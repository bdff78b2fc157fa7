import type { Actor } from '../../accounts/actor.ts';
import { recordAudit } from '../../accounts/audit.ts';
import { requireAccess } from '../../accounts/policy.ts';
import type { Db } from '../../db/engine.ts';
import { NotFound } from '../../foundation/errors.ts';

/** The Secretariat removes a guiding question entered by mistake; the audit event keeps its text. */
export async function removeGuidingQuestion(db: Db, actor: Actor, meetingId: number, questionId: number) {
  requireAccess(actor, 'thematicGroups.manage');
  return db.transaction().execute(async (trx) => {
    const row = await trx
      .deleteFrom('guiding_questions')
      .where('id', '=', questionId)
      .where('meeting_id', '=', meetingId)
      .returning(['id', 'number', 'text', 'pillar_id', 'element_id'])
      .executeTakeFirst();
    if (!row) throw NotFound('That guiding question', 'thematic.question_not_found');
    await recordAudit(trx, actor, { action: 'thematic.question_removed', itemType: 'meeting', itemId: meetingId, before: row });
    return row;
  });
}
