import { z } from 'zod';
import type { Actor } from '../../accounts/actor.ts';
import { recordAudit } from '../../accounts/audit.ts';
import { requireAccess } from '../../accounts/policy.ts';
import type { Db } from '../../db/engine.ts';
import { PILLAR_IDS } from '../../framework/catalogue/types.ts';
import { parseInput, ValidationError } from '../../foundation/errors.ts';
import { recordRelabel, workingParagraph } from '../working.ts';

const list = z.union([z.array(z.string()), z.string().transform((s) => s.split(/[\s,]+/).filter(Boolean))]);
export const LabelParagraph = z.object({
  pillars: list.pipe(z.array(z.enum(PILLAR_IDS, { message: `Use pillar ids: ${PILLAR_IDS.join(', ')}.` })).max(6)),
  elements: list.pipe(z.array(z.string().max(60)).max(30)).default([]),
});

/** A person corrects a paragraph's pillar and element tags; the correction wins over the automatic tags. */
export async function labelParagraph(db: Db, actor: Actor, draftId: number, paragraphId: number, input: z.input<typeof LabelParagraph>) {
  requireAccess(actor, 'draft.edit');
  const { pillars, elements } = parseInput(LabelParagraph, input, 'draft.invalid');
  return db.transaction().execute(async (trx) => {
    const p = await workingParagraph(trx, draftId, paragraphId);
    if (elements.length) {
      const known = await trx
        .selectFrom('elements as e')
        .innerJoin('framework_versions as f', 'f.id', 'e.framework_version')
        .select('e.id')
        .where('f.is_current', '=', true)
        .where('e.id', 'in', elements)
        .execute();
      const unknown = elements.filter((e) => !known.some((k) => k.id === e));
      if (unknown.length)
        throw ValidationError(`Unknown element ids: ${unknown.join(', ')}. See /framework for the ids.`, { elements: 'Unknown element.' }, 'draft.invalid');
    }
    await trx
      .updateTable('draft_paragraphs')
      .set({ person_pillars: pillars, person_elements: elements, labelled_by: actor.kind === 'user' ? actor.id : null })
      .where('id', '=', p.id)
      .execute();
    await recordRelabel(trx, actor, p, `pillars: ${pillars.join(', ') || '—'}; elements: ${elements.join(', ') || '—'}`);
    await recordAudit(trx, actor, { action: 'draft.paragraph_labelled', itemType: 'draft_paragraph', itemId: p.id, after: { pillars, elements } });
    return { id: p.id, pillars, elements };
  });
}
