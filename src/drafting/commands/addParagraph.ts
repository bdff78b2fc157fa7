import { z } from 'zod';
import type { Actor } from '../../accounts/actor.ts';
import { recordAudit } from '../../accounts/audit.ts';
import { requireAccess } from '../../accounts/policy.ts';
import type { Db } from '../../db/engine.ts';
import { fromZod } from '../../foundation/errors.ts';
import { paragraphText, sectionSchema } from './createDraft.ts';
import { insertParagraph, workingParagraph, workingVersionOf } from '../working.ts';

export const NewParagraph = z.object({ section: sectionSchema, text: paragraphText, afterParagraphId: z.coerce.number().int().positive().optional() });

/** The Chair or the Secretariat adds a paragraph to a section of the working version (after the paragraph named, if any). */
export async function addParagraph(db: Db, actor: Actor, draftId: number, input: z.input<typeof NewParagraph>) {
  requireAccess(actor, 'draft.edit');
  const parsed = NewParagraph.safeParse(input);
  if (!parsed.success) throw fromZod(parsed.error, 'draft.invalid');
  return db.transaction().execute(async (trx) => {
    const v = await workingVersionOf(trx, draftId);
    const afterKey = parsed.data.afterParagraphId ? (await workingParagraph(trx, draftId, parsed.data.afterParagraphId)).key : null;
    const row = await insertParagraph(trx, actor, v.id, { section: parsed.data.section, text: parsed.data.text, afterKey });
    await recordAudit(trx, actor, { action: 'draft.paragraph_added', itemType: 'draft_paragraph', itemId: row.id, after: { text: parsed.data.text } });
    return row;
  });
}
