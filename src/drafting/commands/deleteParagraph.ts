import { z } from 'zod';
import type { Actor } from '../../accounts/actor.ts';
import { recordAudit } from '../../accounts/audit.ts';
import { requireAccess } from '../../accounts/policy.ts';
import type { Db } from '../../db/engine.ts';
import { fromZod } from '../../foundation/errors.ts';
import { removeParagraph, workingParagraph } from '../working.ts';

export const DeleteParagraph = z.object({ lockVersion: z.coerce.number().int().positive() });

/** The Chair or the Secretariat deletes a paragraph of the working version, with optimistic locking. */
export async function deleteParagraph(db: Db, actor: Actor, draftId: number, paragraphId: number, input: z.input<typeof DeleteParagraph>) {
  requireAccess(actor, 'draft.edit');
  const parsed = DeleteParagraph.safeParse(input);
  if (!parsed.success) throw fromZod(parsed.error, 'draft.invalid');
  return db.transaction().execute(async (trx) => {
    const p = await workingParagraph(trx, draftId, paragraphId);
    await removeParagraph(trx, actor, p, parsed.data.lockVersion);
    await recordAudit(trx, actor, { action: 'draft.paragraph_deleted', itemType: 'draft_paragraph', itemId: p.id, before: { text: p.text } });
    return { id: p.id };
  });
}
