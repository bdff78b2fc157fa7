import { z } from 'zod';
import { actorLabel, type Actor } from '../../accounts/actor.ts';
import { recordAudit } from '../../accounts/audit.ts';
import { requireReviewable } from '../reviewAccess.ts';
import type { Db } from '../../db/engine.ts';
import { STANCE_VALUES } from '../../framework/catalogue/types.ts';
import { AppError, NotFound, parseInput, ValidationError } from '../../foundation/errors.ts';
import { resolveParticipant } from '../../participants/resolve.ts';
import { splitParagraphs } from '../../text/records/paragraphs.ts';
import type { Reading, SentenceRef } from '../../text/records/types.ts';
import { refBefore, sameRef, SentenceIndex } from '../sourceSentences.ts';
import { rebuildDocument } from '../store.ts';

const bool = z.union([z.boolean(), z.enum(['true', 'false', 'on', '1', '0']).transform((v) => v === 'true' || v === 'on' || v === '1')]);

/** A sentence: `{ paragraph, sentence }`, "5.2" (paragraph 5, sentence 2), or a paragraph number (its first sentence). */
export const SentenceAt = z.union([
  z.object({ paragraph: z.coerce.number().int().positive(), sentence: z.coerce.number().int().positive() }),
  z
    .string()
    .trim()
    .regex(/^\d+\.\d+$/, 'Name a sentence as paragraph.sentence, e.g. 5.2.')
    .transform((v) => {
      const [paragraph, sentence] = v.split('.').map(Number) as [number, number];
      return { paragraph, sentence };
    }),
  z.coerce
    .number()
    .int()
    .positive()
    .transform((paragraph) => ({ paragraph, sentence: 1 })),
]);
const Speaker = z.string().trim().min(2).max(100);

export const Correction = z.discriminatedUnion('field', [
  z.object({ field: z.literal('speaker'), speaker: Speaker, deliveredBy: z.string().trim().max(3).optional() }),
  z.object({ field: z.literal('pillar'), id: z.string().trim().min(2).max(60), present: bool }),
  z.object({ field: z.literal('element'), id: z.string().trim().min(2).max(60), present: bool }),
  z.object({
    field: z.literal('stance'),
    question: z.string().trim().min(2).max(60),
    value: z.enum([...STANCE_VALUES, '']).optional(),
    evidence: z.string().trim().max(2000).optional(),
  }),
  // A new statement starts at this sentence (inside a paragraph or at a paragraph's start).
  z.object({ field: z.literal('split'), at: SentenceAt }),
  z.object({ field: z.literal('merge') }),
  // This one sentence is another speaker's.
  z.object({ field: z.literal('reassign'), sentence: SentenceAt, speaker: Speaker, deliveredBy: z.string().trim().max(3).optional() }),
  // An unattributed sentence is this speaker's (addressed by the sentence, not a statement).
  z.object({ field: z.literal('attribute'), sentence: SentenceAt, speaker: Speaker, deliveredBy: z.string().trim().max(3).optional() }),
]);
export type CorrectionInput = z.input<typeof Correction>;

/** Which statement: its id (pages, API), or a paragraph, meaning the first statement that starts in it. */
export type StatementAddress = number | { statement?: number; paragraph?: number };

const invalid = (message: string, field: string) => ValidationError(message, { [field]: message }, 'correction.invalid');
const refText = (r: SentenceRef) => `${r.paragraph}.${r.sentence}`;

/**
 * A person corrects one statement of a document. The correction is kept in record_corrections,
 * anchored to the statement's span and speaker as the person saw them, and the document is rebuilt
 * from its machine reading plus every correction, so the corrected label is stored with source
 * 'person' and survives any re-reading, by this reader or a later one. `opts.reading` is the
 * machine reading to rebuild from when the caller already holds it (else the document is read again).
 */
export async function correctStatement(
  db: Db,
  actor: Actor,
  documentId: number,
  address: StatementAddress,
  input: CorrectionInput,
  opts: { reading?: Reading } = {},
) {
  await requireReviewable(db, actor, documentId);
  const c = parseInput(Correction, input, 'correction.invalid');
  return db.transaction().execute(async (trx) => {
    const doc = await trx.selectFrom('source_documents').select('extracted_text').where('id', '=', documentId).executeTakeFirst();
    if (!doc) throw NotFound('That document', 'document.not_found');
    const index = new SentenceIndex(new Map(splitParagraphs(doc.extracted_text).map((p) => [p.n, p])));
    const where = typeof address === 'number' ? { paragraph: address } : address;
    if (where.statement == null && where.paragraph == null && c.field !== 'attribute') throw invalid('Name the statement to correct.', 'statement');
    let q = trx.selectFrom('statements').selectAll().where('document_id', '=', documentId);
    if (where.statement != null) q = q.where('id', '=', where.statement);
    else if (where.paragraph != null) q = q.where('first_paragraph', '=', where.paragraph).orderBy('first_sentence').orderBy('position');
    const st = c.field === 'attribute' ? undefined : await q.executeTakeFirst();
    if (!st && c.field !== 'attribute') throw NotFound('That statement', 'statement.not_found');
    // The statement's sentences (a statement stored before sentences were numbered runs to its last paragraph's end).
    const from = st ? { paragraph: st.first_paragraph, sentence: st.first_sentence } : null;
    const to = st ? (st.last_sentence != null ? { paragraph: st.last_paragraph, sentence: st.last_sentence } : index.last(st.last_paragraph)) : null;
    const sentence = (r: SentenceRef, field: string) => {
      const s = index.at(r);
      if (!s) throw invalid(`The document has no sentence ${refText(r)}.`, field);
      return s;
    };
    const inside = (r: SentenceRef) => from && to && !refBefore(r, from) && !refBefore(to, r);
    let before: unknown = null;
    let after: Record<string, unknown>;
    let anchor = st ? { paragraph: st.first_paragraph, start: st.char_start, end: st.char_end, speaker: st.speaker_id } : null;
    switch (c.field) {
      case 'speaker': {
        const speaker = normaliseSpeaker(c.speaker);
        const deliveredBy = c.deliveredBy ? c.deliveredBy.toUpperCase() : null;
        before = { speaker: st!.speaker_id, deliveredBy: st!.delivered_by };
        after = { speaker, deliveredBy };
        break;
      }
      case 'pillar':
      case 'element': {
        const known =
          c.field === 'pillar'
            ? await trx.selectFrom('pillars').select('id').where('id', '=', c.id).executeTakeFirst()
            : await trx.selectFrom('elements').select('id').where('id', '=', c.id).executeTakeFirst();
        if (!known) throw ValidationError(`No ${c.field} has the id ${c.id}.`, { id: 'Unknown id.' }, 'correction.invalid');
        const tag = await trx
          .selectFrom('statement_tags')
          .select(['confidence', 'source'])
          .where('statement_id', '=', st!.id)
          .where(c.field === 'pillar' ? 'pillar_id' : 'element_id', '=', c.id)
          .executeTakeFirst();
        before = { id: c.id, present: !!tag };
        after = { id: c.id, present: c.present };
        break;
      }
      case 'stance': {
        const q = await trx.selectFrom('stance_questions').select('id').where('id', '=', c.question).executeTakeFirst();
        if (!q) throw ValidationError(`No stance question has the id ${c.question}.`, { question: 'Unknown question.' }, 'correction.invalid');
        const old = await trx
          .selectFrom('statement_stances')
          .select(['value', 'evidence'])
          .where('statement_id', '=', st!.id)
          .where('question_id', '=', c.question)
          .executeTakeFirst();
        if (c.value && !c.evidence?.trim() && !old?.evidence)
          throw ValidationError('Quote the words that show this stance.', { evidence: 'Required.' }, 'correction.invalid');
        before = old ?? null;
        after = { question: c.question, value: c.value || null, evidence: c.evidence?.trim() || old?.evidence || '' };
        break;
      }
      case 'split': {
        const s = sentence(c.at, 'at');
        if (!inside(c.at) || sameRef(c.at, from!)) {
          throw invalid(`Split at a sentence inside the statement after its first (${refText(from!)}–${refText(to!)}).`, 'at');
        }
        before = { from: from, to: to };
        after = { at: c.at, start: s.start };
        break;
      }
      case 'merge': {
        const earlier = await trx
          .selectFrom('statements')
          .select('id')
          .where('document_id', '=', documentId)
          .where('char_end', '<=', st!.char_start)
          .limit(1)
          .executeTakeFirst();
        if (!earlier) throw invalid('The first statement has nothing before it to merge into.', 'field');
        before = { from, to };
        after = {};
        break;
      }
      case 'reassign': {
        const s = sentence(c.sentence, 'sentence');
        if (!inside(c.sentence))
          throw invalid(`Sentence ${refText(c.sentence)} is not part of this statement (${refText(from!)}–${refText(to!)}).`, 'sentence');
        before = { speaker: st!.speaker_id, sentence: c.sentence };
        after = { sentence: c.sentence, start: s.start, speaker: normaliseSpeaker(c.speaker), deliveredBy: c.deliveredBy ? c.deliveredBy.toUpperCase() : null };
        break;
      }
      case 'attribute': {
        const s = sentence(c.sentence, 'sentence');
        const taken = await trx
          .selectFrom('statements')
          .select('id')
          .where('document_id', '=', documentId)
          .where('char_start', '<', s.end)
          .where('char_end', '>', s.start)
          .limit(1)
          .executeTakeFirst();
        if (taken) throw invalid(`Sentence ${refText(c.sentence)} already belongs to a statement: reassign it there instead.`, 'sentence');
        anchor = { paragraph: s.paragraph, start: s.start, end: s.end, speaker: null as unknown as string };
        before = null;
        after = { sentence: c.sentence, start: s.start, speaker: normaliseSpeaker(c.speaker), deliveredBy: c.deliveredBy ? c.deliveredBy.toUpperCase() : null };
        break;
      }
    }
    const row = await trx
      .insertInto('record_corrections')
      .values({
        document_id: documentId,
        anchor_paragraph: anchor!.paragraph,
        anchor_start: anchor!.start,
        anchor_end: anchor!.end,
        anchor_speaker: anchor!.speaker ?? null,
        field: c.field,
        before: JSON.stringify(before),
        after: JSON.stringify(after),
        corrected_by: actor.kind === 'user' ? actor.id : null,
        corrected_by_label: actor.kind === 'user' ? actor.displayName : actorLabel(actor),
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    const result = await rebuildDocument(trx, documentId, opts.reading ? { reading: opts.reading } : {});
    // Checked against the statements as stored, so it applies; if the replay disagrees, nothing is kept.
    if (result.skipped.includes(Number(row.id)))
      throw new AppError(
        'correction.not_applied',
        409,
        'The correction could not be applied to the statements as they now stand. Reload the page and try again.',
      );
    await recordAudit(trx, actor, {
      action: 'statement.corrected',
      itemType: 'source_document',
      itemId: documentId,
      before,
      after: { paragraph: anchor!.paragraph, field: c.field, ...after },
    });
    return result;
  });
}

/** A typed name ("Brazil", "the Chair") or an id ("BRA", "chair"). */
function normaliseSpeaker(s: string): string {
  if (/^[A-Za-z]{3}$/.test(s)) return s.toUpperCase();
  if (/^[a-z0-9-]+$/.test(s)) return s;
  // A person Accord cannot place, by the reader's id for them ("person:jane-doe").
  if (/^person:[a-z0-9-]+$/.test(s)) return s;
  const ref = resolveParticipant(s);
  if (!ref)
    throw ValidationError(
      `"${s}" is not a State, group or entity we know. Use an ISO code such as BRA, or person:name-surname for a person.`,
      { speaker: 'Unknown speaker.' },
      'correction.invalid',
    );
  return ref.id;
}
