import { z } from 'zod';
import { actorLabel, type Actor } from '../accounts/actor.ts';
import { recordAudit } from '../accounts/audit.ts';
import { requireReviewable } from './reviewAccess.ts';
import type { Db } from '../db/engine.ts';
import { STANCE_VALUES } from '../framework/catalogue/types.ts';
import { fromZod, NotFound, ValidationError } from '../server/errors.ts';
import { resolveParticipant } from '../participants/resolve.ts';
import { rebuildDocument } from './store.ts';

const bool = z.union([z.boolean(), z.enum(['true', 'false', 'on', '1', '0']).transform((v) => v === 'true' || v === 'on' || v === '1')]);

export const Correction = z.discriminatedUnion('field', [
  z.object({ field: z.literal('speaker'), speaker: z.string().trim().min(2).max(100), deliveredBy: z.string().trim().max(3).optional() }),
  z.object({ field: z.literal('pillar'), id: z.string().trim().min(2).max(60), present: bool }),
  z.object({ field: z.literal('element'), id: z.string().trim().min(2).max(60), present: bool }),
  z.object({ field: z.literal('stance'), question: z.string().trim().min(2).max(60), value: z.enum([...STANCE_VALUES, '']).optional(), evidence: z.string().trim().max(2000).optional() }),
  z.object({ field: z.literal('split'), at: z.coerce.number().int().positive() }),
  z.object({ field: z.literal('merge') }),
]);
export type CorrectionInput = z.input<typeof Correction>;

/**
 * A person corrects one statement (addressed by its document and first paragraph). The correction
 * is kept in record_corrections and the document is rebuilt from its machine reading plus every
 * correction, so the corrected label is stored with source 'person' and survives any re-reading.
 */
export async function correctStatement(db: Db, actor: Actor, documentId: number, anchorParagraph: number, input: CorrectionInput) {
  await requireReviewable(db, actor, documentId);
  const parsed = Correction.safeParse(input);
  if (!parsed.success) throw fromZod(parsed.error, 'correction.invalid');
  const c = parsed.data;
  return db.transaction().execute(async (trx) => {
    const st = await trx.selectFrom('statements').selectAll().where('document_id', '=', documentId)
      .where('first_paragraph', '=', anchorParagraph).executeTakeFirst();
    if (!st) throw NotFound('That statement', 'statement.not_found');
    let before: unknown = null;
    let after: Record<string, unknown>;
    switch (c.field) {
      case 'speaker': {
        const speaker = normaliseSpeaker(c.speaker);
        const deliveredBy = c.deliveredBy ? c.deliveredBy.toUpperCase() : null;
        before = { speaker: st.speaker_id, deliveredBy: st.delivered_by };
        after = { speaker, deliveredBy };
        break;
      }
      case 'pillar':
      case 'element': {
        const known = c.field === 'pillar'
          ? await trx.selectFrom('pillars').select('id').where('id', '=', c.id).executeTakeFirst()
          : await trx.selectFrom('elements').select('id').where('id', '=', c.id).executeTakeFirst();
        if (!known) throw ValidationError(`No ${c.field} has the id ${c.id}.`, { id: 'Unknown id.' }, 'correction.invalid');
        const tag = await trx.selectFrom('statement_tags').select(['confidence', 'source'])
          .where('statement_id', '=', st.id).where(c.field === 'pillar' ? 'pillar_id' : 'element_id', '=', c.id).executeTakeFirst();
        before = { id: c.id, present: !!tag };
        after = { id: c.id, present: c.present };
        break;
      }
      case 'stance': {
        const q = await trx.selectFrom('stance_questions').select('id').where('id', '=', c.question).executeTakeFirst();
        if (!q) throw ValidationError(`No stance question has the id ${c.question}.`, { question: 'Unknown question.' }, 'correction.invalid');
        const old = await trx.selectFrom('statement_stances').select(['value', 'evidence']).where('statement_id', '=', st.id).where('question_id', '=', c.question).executeTakeFirst();
        if (c.value && !c.evidence?.trim() && !old?.evidence) throw ValidationError('Quote the words that show this stance.', { evidence: 'Required.' }, 'correction.invalid');
        before = old ?? null;
        after = { question: c.question, value: c.value || null, evidence: c.evidence?.trim() || old?.evidence || '' };
        break;
      }
      case 'split':
        if (!st.paragraphs.includes(c.at) || c.at === st.first_paragraph) {
          throw ValidationError(`Split at a paragraph inside the statement after its first (${st.first_paragraph}–${st.last_paragraph}).`, { at: 'Not inside.' }, 'correction.invalid');
        }
        before = { paragraphs: st.paragraphs };
        after = { at: c.at };
        break;
      case 'merge':
        if (st.position === 1) throw ValidationError('The first statement has nothing before it to merge into.', undefined, 'correction.invalid');
        before = { paragraphs: st.paragraphs };
        after = {};
        break;
    }
    await trx.insertInto('record_corrections').values({
      document_id: documentId, anchor_paragraph: anchorParagraph, field: c.field,
      before: JSON.stringify(before), after: JSON.stringify(after), corrected_by: actor.kind === 'user' ? actor.id : null,
      corrected_by_label: actor.kind === 'user' ? actor.displayName : actorLabel(actor),
    }).execute();
    const result = await rebuildDocument(trx, documentId);
    await recordAudit(trx, actor, { action: 'statement.corrected', itemType: 'source_document', itemId: documentId, before, after: { paragraph: anchorParagraph, field: c.field, ...after } });
    return result;
  });
}

/** A typed name ("Brazil", "the Chair") or an id ("BRA", "chair"). */
function normaliseSpeaker(s: string): string {
  if (/^[A-Za-z]{3}$/.test(s)) return s.toUpperCase();
  if (/^[a-z0-9-]+$/.test(s)) return s;
  const ref = resolveParticipant(s);
  if (!ref) throw ValidationError(`"${s}" is not a State, group or entity we know. Use an ISO code such as BRA.`, { speaker: 'Unknown speaker.' }, 'correction.invalid');
  return ref.id;
}
