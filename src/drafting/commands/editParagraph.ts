import { z } from 'zod';
import type { Actor } from '../../accounts/actor.ts';
import { recordAudit } from '../../accounts/audit.ts';
import { requireAccess } from '../../accounts/policy.ts';
import type { Db } from '../../db/engine.ts';
import { fromZod } from '../../foundation/errors.ts';
import { paragraphText } from './createDraft.ts';
import { replaceText, workingParagraph } from '../working.ts';

export const EditParagraph = z.object({
  text: paragraphText,
  /** The lock version the editor read; a different current one means someone else saved first. */
  lockVersion: z.coerce.number().int().positive(),
});

/** The Chair or the Secretariat changes a paragraph of the working version, with optimistic locking. */
export async function editParagraph(db: Db, actor: Actor, draftId: number, paragraphId: number, input: z.input<typeof EditParagraph>) {
  requireAccess(actor, 'draft.edit');
  const parsed = EditParagraph.safeParse(input);
  if (!parsed.success) throw fromZod(parsed.error, 'draft.invalid');
  return db.transaction().execute(async (trx) => {
    const p = await workingParagraph(trx, draftId, paragraphId);
    const row = await replaceText(trx, actor, p, parsed.data.text, parsed.data.lockVersion);
    await recordAudit(trx, actor, {
      action: 'draft.paragraph_edited',
      itemType: 'draft_paragraph',
      itemId: p.id,
      before: { text: p.text },
      after: { text: parsed.data.text },
    });
    return { id: p.id, lockVersion: row.lock_version };
  });
}
