import { z } from 'zod';
import type { Actor } from '../accounts/actor.ts';
import { recordAudit } from '../accounts/audit.ts';
import { requireAccess } from '../accounts/policy.ts';
import type { Db } from '../db/engine.ts';
import { Forbidden, fromZod, NotFound, ValidationError } from '../foundation/errors.ts';
import { paragraphsOf } from './queries.ts';

export const NewComment = z.object({
  version: z.coerce.number().int().min(0),
  paragraph: z.coerce.number().int().positive().optional(),
  text: z.string().trim().min(3, 'Write the comment.').max(4000),
});

/** A stakeholder comments on an issued version, only while the Chair keeps the draft open to them. */
export async function commentOnDraft(db: Db, actor: Actor, draftId: number, input: z.input<typeof NewComment>) {
  requireAccess(actor, 'draft.comment');
  const parsed = NewComment.safeParse(input);
  if (!parsed.success) throw fromZod(parsed.error, 'comment.invalid');
  const props = parsed.data;
  if (actor.kind !== 'user') throw Forbidden();
  return db.transaction().execute(async (trx) => {
    const draft = await trx.selectFrom('drafts').select(['id', 'open_to_stakeholders']).where('id', '=', draftId).executeTakeFirst();
    if (!draft) throw NotFound('That draft', 'draft.not_found');
    if (!draft.open_to_stakeholders) throw Forbidden('The Chair has not opened this draft to stakeholder comments.', 'draft.closed_to_stakeholders');
    const v = await trx.selectFrom('draft_versions').select(['id']).where('draft_id', '=', draftId).where('number', '=', props.version).where('status', '=', 'issued').executeTakeFirst();
    if (!v) throw NotFound(`Version ${props.version} of this draft`, 'draft.version_not_found');
    let key: string | null = null;
    if (props.paragraph) {
      const p = (await paragraphsOf(trx, v.id)).find((x) => x.number === props.paragraph);
      if (!p) throw ValidationError(`There is no paragraph ${props.paragraph}.`, { paragraph: 'No such paragraph.' }, 'comment.invalid');
      key = p.key;
    }
    const row = await trx.insertInto('draft_comments').values({ draft_id: draftId, version_id: v.id, paragraph_key: key, user_id: actor.id, organisation_id: actor.organisationId, text: props.text })
      .returning('id').executeTakeFirstOrThrow();
    await recordAudit(trx, actor, { action: 'draft.commented', itemType: 'draft_comment', itemId: row.id, after: { draftId, text: props.text } });
    return { id: row.id };
  });
}
