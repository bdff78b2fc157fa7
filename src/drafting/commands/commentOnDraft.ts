import { z } from 'zod';
import type { Actor } from '../../accounts/actor.ts';
import { recordAudit } from '../../accounts/audit.ts';
import { requireAccess, requireUser } from '../../accounts/policy.ts';
import type { Db } from '../../db/engine.ts';
import { NotFound, parseInput, ValidationError } from '../../foundation/errors.ts';
import { paragraphsOf } from '../queries.ts';
import { draftResource } from '../draftResource.ts';

export const NewComment = z.object({
  version: z.coerce.number().int().min(0),
  paragraph: z.coerce.number().int().positive().optional(),
  text: z.string().trim().min(3, 'Write the comment.').max(4000),
});

/**
 * A stakeholder comments on an issued version, only while the Chair keeps the draft open to them
 * (the policy's `draft.comment`, asked with the draft: 403 `draft.closed_to_stakeholders` otherwise).
 * Access is decided before the comment is read, so a closed draft answers 403 whatever was sent.
 */
export async function commentOnDraft(db: Db, actor: Actor, draftId: number, input: z.input<typeof NewComment>) {
  const user = requireUser(actor, 'draft.comment');
  return db.transaction().execute(async (trx) => {
    const draft = await trx.selectFrom('drafts').select(['id', 'open_to_stakeholders']).where('id', '=', draftId).executeTakeFirst();
    if (!draft) throw NotFound('That draft', 'draft.not_found');
    requireAccess(user, 'draft.comment', draftResource(draft));
    const props = parseInput(NewComment, input, 'comment.invalid');
    const v = await trx
      .selectFrom('draft_versions')
      .select(['id'])
      .where('draft_id', '=', draftId)
      .where('number', '=', props.version)
      .where('status', '=', 'issued')
      .executeTakeFirst();
    if (!v) throw NotFound(`Version ${props.version} of this draft`, 'draft.version_not_found');
    let key: string | null = null;
    if (props.paragraph) {
      const p = (await paragraphsOf(trx, v.id)).find((x) => x.number === props.paragraph);
      if (!p) throw ValidationError(`There is no paragraph ${props.paragraph}.`, { paragraph: 'No such paragraph.' }, 'comment.invalid');
      key = p.key;
    }
    const row = await trx
      .insertInto('draft_comments')
      .values({ draft_id: draftId, version_id: v.id, paragraph_key: key, user_id: user.id, organisation_id: user.organisationId, text: props.text })
      .returning('id')
      .executeTakeFirstOrThrow();
    await recordAudit(trx, user, { action: 'draft.commented', itemType: 'draft_comment', itemId: row.id, after: { draftId, text: props.text } });
    return { id: row.id };
  });
}
