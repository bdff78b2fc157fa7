import { z } from 'zod';
import type { Actor } from '../../accounts/actor.ts';
import { recordAudit } from '../../accounts/audit.ts';
import { requireAccess } from '../../accounts/policy.ts';
import type { Db } from '../../db/engine.ts';
import { Conflict, NotFound, parseInput, ValidationError } from '../../foundation/errors.ts';
import { paragraphText } from './createDraft.ts';
import { insertParagraph, removeParagraph, replaceText, workingVersionOf } from '../working.ts';

export const Decision = z.object({
  decision: z.enum(['accept', 'merge', 'reject']),
  /** For 'merge': the Chair's wording that combines the amendment with the text (and other proposals). */
  text: z.string().optional(),
  note: z.string().trim().max(2000).optional(),
});

/**
 * The Chair accepts (the amendment's text goes into the next version as proposed), merges (the Chair's
 * own wording goes in, still credited to the amendment) or rejects. Accepting a change to a paragraph
 * that has moved on since the amendment was read is refused: the Chair merges instead, seeing both.
 */
export async function decideAmendment(db: Db, actor: Actor, amendmentId: number, input: z.input<typeof Decision>) {
  requireAccess(actor, 'amendment.decide');
  const { decision, note, text } = parseInput(Decision, input, 'amendment.invalid');
  let merged: string | null = null;
  if (decision === 'merge') {
    const t = paragraphText.safeParse(text ?? '');
    if (!t.success) throw ValidationError('Write the merged text of the paragraph.', { text: 'Required to merge.' }, 'amendment.invalid');
    merged = t.data;
  }
  return db.transaction().execute(async (trx) => {
    const a = await trx.selectFrom('amendments').selectAll().where('id', '=', amendmentId).forUpdate().executeTakeFirst();
    if (!a) throw NotFound('That amendment', 'amendment.not_found');
    if (a.status !== 'proposed') throw Conflict('amendment.decided', `Amendment ${a.id} has already been decided (${a.status}).`);
    let appliedTo: number | null = null;
    if (decision !== 'reject') {
      const working = await workingVersionOf(trx, a.draft_id);
      appliedTo = working.id;
      const p = await trx
        .selectFrom('draft_paragraphs')
        .select(['id', 'key', 'text', 'section', 'version_id'])
        .where('version_id', '=', working.id)
        .where('key', '=', a.paragraph_key)
        .executeTakeFirst();
      if (!p)
        throw Conflict(
          'amendment.paragraph_gone',
          `Paragraph ${a.paragraph_number} is no longer in the working version; reject the amendment or add its text as a new paragraph.`,
        );
      if (decision === 'accept' && a.kind !== 'insert-after' && p.text !== a.base_text) {
        throw Conflict(
          'amendment.conflict',
          `Paragraph ${a.paragraph_number} has changed in the working version since this amendment was proposed. Merge it, giving the combined text.`,
          { current: p.text, proposed: a.text ?? '' },
        );
      }
      if (a.kind === 'insert-after')
        await insertParagraph(trx, actor, working.id, { section: p.section, text: merged ?? a.text!, afterKey: p.key, amendmentId: a.id });
      else if (a.kind === 'replace' || merged !== null) await replaceText(trx, actor, p, merged ?? a.text!, null, a.id);
      else await removeParagraph(trx, actor, p, null, a.id);
    }
    const status = decision === 'accept' ? 'accepted' : decision === 'merge' ? 'merged' : 'rejected';
    await trx
      .updateTable('amendments')
      .set({
        status,
        decided_by: actor.kind === 'user' ? actor.id : null,
        decided_at: new Date(),
        decision_note: note ?? null,
        applied_to_version: appliedTo,
      })
      .where('id', '=', a.id)
      .execute();
    await recordAudit(trx, actor, { action: `amendment.${status}`, itemType: 'amendment', itemId: a.id, after: { status, text: merged ?? a.text } });
    return { id: a.id, status };
  });
}
