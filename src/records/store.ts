import type { Transaction } from 'kysely';
import type { Db } from '../db/engine.ts';
import type { Database } from '../db/schema.ts';
import { splitParagraphs } from '../text/records/paragraphs.ts';
import { readerFramework } from '../framework/queries.ts';
import { readDocument } from '../text/records/read.ts';
import type { DocumentKind, Paragraph, Reading } from '../text/records/types.ts';
import { applyCorrections, applyLayer, draftsFromReading, textOf, type Correction, type DraftStatement } from './draft.ts';
import type { Model } from './naiveBayes.ts';
import { speakerKind, validState } from './speakers.ts';

type Trx = Transaction<Database> | Db;
const CHUNK = 500;

/** The newest trained layer, or null before the first training. */
export async function loadModel(db: Trx): Promise<Model | null> {
  const row = await db.selectFrom('classifier_models').select(['version', 'weights']).orderBy('version', 'desc').limit(1).executeTakeFirst();
  if (!row) return null;
  const w = (typeof row.weights === 'string' ? JSON.parse(row.weights) : row.weights) as Model;
  return { version: row.version, labels: w.labels };
}

/** Stance questions the database knows; a stance on any other question is not stored. */
async function knownQuestions(db: Trx): Promise<Set<string>> {
  return new Set((await db.selectFrom('stance_questions').select('id').execute()).map((r) => r.id));
}

async function corrections(db: Trx, documentId: number): Promise<Correction[]> {
  const rows = await db.selectFrom('record_corrections').select(['field', 'anchor_paragraph', 'after', 'corrected_by_label'])
    .where('document_id', '=', documentId).orderBy('id').execute();
  return rows.map((r) => ({
    field: r.field, anchor: r.anchor_paragraph, by: r.corrected_by_label,
    after: (typeof r.after === 'string' ? JSON.parse(r.after) : r.after) as Record<string, unknown>,
  }));
}

/**
 * Reads a stored document again and replaces its statements, tags, stances and proposals: machine
 * reading → trained layer → people's corrections. Proposal statuses set by the Chair or Secretariat
 * are carried over by (proposer, paragraph). Runs inside the caller's transaction.
 */
export async function rebuildDocument(trx: Trx, documentId: number, opts: { model?: Model | null; reading?: Reading } = {}) {
  const doc = await trx.selectFrom('source_documents').select(['id', 'meeting_id', 'kind', 'author', 'extracted_text'])
    .where('id', '=', documentId).executeTakeFirstOrThrow();
  const reading = opts.reading ?? readDocument(doc.extracted_text, { kind: doc.kind as DocumentKind, ...(doc.author ? { author: doc.author } : {}), framework: await readerFramework(trx) });
  const model = opts.model === undefined ? await loadModel(trx) : opts.model;
  const byNumber = new Map(splitParagraphs(doc.extracted_text).map((p) => [p.n, p]));
  let drafts = draftsFromReading(reading);
  applyLayer(drafts, model, byNumber);
  drafts = applyCorrections(drafts, await corrections(trx, documentId), byNumber);

  const statuses = await trx.selectFrom('proposals').select(['proposer', 'paragraph', 'status', 'status_set_by', 'status_set_at'])
    .where('document_id', '=', documentId).execute();
  await trx.deleteFrom('proposals').where('document_id', '=', documentId).execute();
  await trx.deleteFrom('statements').where('document_id', '=', documentId).execute();
  const ids = await insertStatements(trx, [{ documentId, meetingId: doc.meeting_id, drafts, byNumber }], await knownQuestions(trx));
  await insertProposals(trx, documentId, doc.meeting_id, reading, drafts, ids[0]!, statuses);
  return { statements: drafts.length, proposals: reading.proposals.length, warnings: reading.warnings };
}

export interface DocumentDrafts { documentId: number; meetingId: number | null; drafts: DraftStatement[]; byNumber: Map<number, Paragraph> }

/** Multi-row inserts of many documents' statements with their tags and stances; returns ids per document. */
export async function insertStatements(trx: Trx, docs: DocumentDrafts[], questions: Set<string>): Promise<number[][]> {
  const rows = docs.flatMap((doc) => doc.drafts.map((d, i) => {
    const first = doc.byNumber.get(d.paragraphs[0]!)!;
    const last = doc.byNumber.get(d.paragraphs[d.paragraphs.length - 1]!)!;
    return {
      document_id: doc.documentId, meeting_id: doc.meetingId, position: i + 1,
      speaker_kind: speakerKind(d.speaker), speaker_id: d.speaker, delivered_by: validState(d.deliveredBy),
      speaker_source: d.speakerSource, speaker_cue: d.cue.slice(0, 500), text: textOf(d, doc.byNumber),
      paragraphs: d.paragraphs, first_paragraph: d.paragraphs[0]!, last_paragraph: d.paragraphs[d.paragraphs.length - 1]!,
      char_start: first.start, char_end: last.end, took_floor_again: d.tookFloorAgain,
    };
  }));
  const ids: number[] = [];
  for (let i = 0; i < rows.length; i += CHUNK) {
    const got = await trx.insertInto('statements').values(rows.slice(i, i + CHUNK)).returning('id').execute();
    for (const r of got) ids.push(Number(r.id));
  }
  const tags: Database['statement_tags'][] = [];
  const stances: Database['statement_stances'][] = [];
  let k = 0;
  const perDoc: number[][] = [];
  for (const doc of docs) {
    const mine: number[] = [];
    for (const d of doc.drafts) {
      const id = ids[k++]!;
      mine.push(id);
      for (const t of d.tags) tags.push({ statement_id: id, pillar_id: t.kind === 'pillar' ? t.id : null, element_id: t.kind === 'element' ? t.id : null, confidence: clamp(t.confidence), explanation: t.explanation, source: t.source } as never);
      for (const s of d.stances) {
        if (!questions.has(s.question)) continue;
        stances.push({ statement_id: id, question_id: s.question, value: s.value, evidence: s.evidence, confidence: clamp(s.confidence), explanation: s.explanation, source: s.source } as never);
      }
    }
    perDoc.push(mine);
  }
  for (let i = 0; i < tags.length; i += CHUNK) await trx.insertInto('statement_tags').values(tags.slice(i, i + CHUNK) as never).execute();
  for (let i = 0; i < stances.length; i += CHUNK) await trx.insertInto('statement_stances').values(stances.slice(i, i + CHUNK) as never).execute();
  return perDoc;
}

const clamp = (x: number) => Math.min(1, Math.max(0, Number.isFinite(x) ? x : 0));

async function insertProposals(
  trx: Trx, documentId: number, meetingId: number | null, reading: Reading, drafts: DraftStatement[], ids: number[],
  statuses: Array<{ proposer: string; paragraph: number; status: string; status_set_by: number | null; status_set_at: Date | null }>,
) {
  const statementAt = (p: number) => { const i = drafts.findIndex((d) => d.paragraphs.includes(p)); return i < 0 ? null : ids[i]!; };
  const statementOf = (who: string, from: number) => {
    const i = drafts.findIndex((d) => (d.speaker === who || d.deliveredBy === who) && d.paragraphs[d.paragraphs.length - 1]! >= from);
    const j = i >= 0 ? i : drafts.findIndex((d) => d.speaker === who || d.deliveredBy === who);
    return j < 0 ? null : ids[j]!;
  };
  for (const p of reading.proposals) {
    const kept = statuses.find((s) => s.proposer === p.by && s.paragraph === p.paragraph);
    const row = await trx.insertInto('proposals').values({
      document_id: documentId, meeting_id: meetingId, statement_id: statementAt(p.paragraph), proposer: p.by,
      paragraph: p.paragraph, char_start: p.span.start, char_end: p.span.end, summary: p.summary,
      ...(kept ? { status: kept.status as never, status_set_by: kept.status_set_by, status_set_at: kept.status_set_at } : {}),
    }).returning('id').executeTakeFirstOrThrow();
    const people = [
      ...[...new Set(p.supportedBy)].map((s) => ({ participant: s, position: 'support' as const })),
      ...[...new Set(p.opposedBy)].map((s) => ({ participant: s, position: 'oppose' as const })),
    ];
    if (people.length) {
      await trx.insertInto('proposal_supporters').values(people.map((x) => ({
        proposal_id: row.id, participant: x.participant, position: x.position, statement_id: statementOf(x.participant, p.paragraph),
      }))).onConflict((oc) => oc.doNothing()).execute();
    }
  }
}
