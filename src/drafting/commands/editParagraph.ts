import { z } from 'zod';
import type { Actor } from '../../accounts/actor.ts';
import { recordAudit } from '../../accounts/audit.ts';
import { requireAccess } from '../../accounts/policy.ts';
import type { Db } from '../../db/engine.ts';
import { fromZod } from '../../foundation/errors.ts';
import { paragraphText, sectionSchema } from './createDraft.ts';
import { insertParagraph, removeParagraph, replaceText, workingParagraph, workingVersionOf } from '../working.ts';

export const EditParagraph = z.object({
  text: paragraphText,
  /** The lock version the editor read; a different current one means someone else saved first. */
  lockVersion: z.coerce.number().int().positive(),
});
export const NewParagraph = z.object({ section: sectionSchema, text: paragraphText, afterParagraphId: z.coerce.number().int().positive().optional() });
export const DeleteParagraph = z.object({ lockVersion: z.coerce.number().int().positive() });

/** The Chair or the Secretariat changes a paragraph of the working version, with optimistic locking. */
export async function editParagraph(db: Db, actor: Actor, draftId: number, paragraphId: number, input: z.input<typeof EditParagraph>) {
  requireAccess(actor, 'draft.edit');
  const parsed = EditParagraph.safeParse(input);
  if (!parsed.success) throw fromZod(parsed.error, 'draft.invalid');
  return db.transaction().execute(async (trx) => {
    const p = await workingParagraph(trx, draftId, paragraphId);
    const row = await replaceText(trx, actor, p, parsed.data.text, parsed.data.lockVersion);
    await recordAudit(trx, actor, { action: 'draft.paragraph_edited', itemType: 'draft_paragraph', itemId: p.id, before: { text: p.text }, after: { text: parsed.data.text } });
    return { id: p.id, lockVersion: row.lock_version };
  });
}

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
