import type { Transaction } from 'kysely';
import type { Db } from '../db/engine.ts';
import type { Database } from '../schema.ts';
import { splitParagraphs } from '../text/records/paragraphs.ts';
import { readerFramework, versionOfMeeting } from '../framework/queries.ts';
import { readDocument } from '../text/records/read.ts';
import { chairsOfMeeting } from '../thematicGroups/chairs.ts';
import type { DocumentKind, Reading } from '../text/records/types.ts';
import { applyLayer, draftsFromReading, stillUnattributed, textOf, unattributedOf, type DraftStatement, type DraftUnattributed } from './draft.ts';
import type { Model } from '../text/naiveBayes.ts';
import { applyCorrections, type Correction } from './replay.ts';
import { SentenceIndex } from './sourceSentences.ts';
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

const json = (v: unknown) => (typeof v === 'string' ? JSON.parse(v) : v) as Record<string, unknown> | null;

/** A document's corrections in the order they were made, with their ids (to report any that no longer apply). */
export async function correctionsToReplay(db: Trx, documentId: number): Promise<Array<Correction & { id: number }>> {
  const rows = await db
    .selectFrom('record_corrections')
    .select(['id', 'field', 'anchor_paragraph', 'anchor_start', 'anchor_end', 'anchor_speaker', 'before', 'after', 'corrected_by_label'])
    .where('document_id', '=', documentId)
    .orderBy('id')
    .execute();
  return rows.map((r) => ({
    id: Number(r.id),
    field: r.field,
    by: r.corrected_by_label,
    anchor: { paragraph: r.anchor_paragraph, start: r.anchor_start, end: r.anchor_end, speaker: r.anchor_speaker },
    before: json(r.before),
    after: json(r.after) ?? {},
  }));
}

/**
 * Reads a stored document again and replaces its statements, tags, stances, proposals and
 * unattributed sentences: machine reading → trained layer → people's corrections. Proposal statuses
 * set by the Chair or Secretariat are carried over by (proposer, paragraph). Runs inside the
 * caller's transaction. `skipped` lists the ids of corrections that found nothing to apply to.
 */
export async function rebuildDocument(trx: Trx, documentId: number, opts: { model?: Model | null; reading?: Reading } = {}) {
  const doc = await trx
    .selectFrom('source_documents')
    .select(['id', 'meeting_id', 'kind', 'author', 'extracted_text'])
    .where('id', '=', documentId)
    .executeTakeFirstOrThrow();
  const reading =
    opts.reading ??
    readDocument(doc.extracted_text, {
      kind: doc.kind as DocumentKind,
      ...(doc.author ? { author: doc.author } : {}),
      chairs: await chairsOfMeeting(trx as Db, doc.meeting_id),
      framework: await readerFramework(trx as Db, await versionOfMeeting(trx as Db, doc.meeting_id)),
    });
  const model = opts.model === undefined ? await loadModel(trx) : opts.model;
  const index = new SentenceIndex(new Map(splitParagraphs(doc.extracted_text).map((p) => [p.n, p])));
  const machine = draftsFromReading(reading, index);
  applyLayer(machine, model, index);
  const { drafts, skipped } = applyCorrections(machine, await correctionsToReplay(trx, documentId), index);
  const unattributed = stillUnattributed(unattributedOf(reading, index), drafts);

  const statuses = await trx
    .selectFrom('proposals')
    .select(['proposer', 'paragraph', 'status', 'status_set_by', 'status_set_at'])
    .where('document_id', '=', documentId)
    .execute();
  await trx.deleteFrom('proposals').where('document_id', '=', documentId).execute();
  await trx.deleteFrom('statements').where('document_id', '=', documentId).execute();
  await trx.deleteFrom('unattributed_sentences').where('document_id', '=', documentId).execute();
  const ids = await insertStatements(trx, [{ documentId, meetingId: doc.meeting_id, drafts, index, unattributed }], await knownQuestions(trx));
  await insertProposals(trx, documentId, doc.meeting_id, reading, drafts, ids[0]!, statuses);
  return {
    statements: drafts.length,
    proposals: reading.proposals.length,
    unattributed: unattributed.length,
    warnings: reading.warnings,
    skipped: skipped.map((c) => (c as Correction & { id: number }).id),
  };
}

export interface DocumentDrafts {
  documentId: number;
  meetingId: number | null;
  drafts: DraftStatement[];
  index: SentenceIndex;
  /** Sentences left for a person to attribute. */
  unattributed?: DraftUnattributed[];
}

/**
 * Multi-row inserts of many documents' statements with their tags and stances, and of their
 * unattributed sentences; returns statement ids per document.
 */
export async function insertStatements(trx: Trx, docs: DocumentDrafts[], questions: Set<string>): Promise<number[][]> {
  const rows = docs.flatMap((doc) =>
    doc.drafts.map((d, i) => ({
      document_id: doc.documentId,
      meeting_id: doc.meetingId,
      position: i + 1,
      speaker_kind: speakerKind(d.speaker, d.claimedKind),
      speaker_id: d.speaker,
      delivered_by: validState(d.deliveredBy),
      speaker_source: d.speakerSource,
      speaker_cue: d.cue.slice(0, 500),
      text: textOf(d, doc.index),
      speaker_name: d.person?.name.slice(0, 300) ?? null,
      speaker_affiliation: d.person?.affiliation?.slice(0, 300) ?? null,
      joint_with: d.joint.filter((j) => j !== d.speaker),
      paragraphs: d.paragraphs,
      first_paragraph: d.from.paragraph,
      last_paragraph: d.to.paragraph,
      first_sentence: d.from.sentence,
      last_sentence: d.to.sentence,
      char_start: d.span.start,
      char_end: d.span.end,
      took_floor_again: d.tookFloorAgain,
    })),
  );
  const loose = docs.flatMap((doc) =>
    (doc.unattributed ?? []).map((u) => ({
      document_id: doc.documentId,
      paragraph: u.at.paragraph,
      sentence: u.at.sentence,
      char_start: u.span.start,
      char_end: u.span.end,
      cue: u.cue.slice(0, 500),
    })),
  );
  for (let i = 0; i < loose.length; i += CHUNK)
    await trx
      .insertInto('unattributed_sentences')
      .values(loose.slice(i, i + CHUNK))
      .onConflict((oc) => oc.doNothing())
      .execute();
  const ids: number[] = [];
  for (let i = 0; i < rows.length; i += CHUNK) {
    const got = await trx
      .insertInto('statements')
      .values(rows.slice(i, i + CHUNK))
      .returning('id')
      .execute();
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
      for (const t of d.tags)
        tags.push({
          statement_id: id,
          pillar_id: t.kind === 'pillar' ? t.id : null,
          element_id: t.kind === 'element' ? t.id : null,
          confidence: clamp(t.confidence),
          explanation: t.explanation,
          source: t.source,
        } as never);
      for (const s of d.stances) {
        if (!questions.has(s.question)) continue;
        stances.push({
          statement_id: id,
          question_id: s.question,
          value: s.value,
          evidence: s.evidence,
          confidence: clamp(s.confidence),
          explanation: s.explanation,
          source: s.source,
        } as never);
      }
    }
    perDoc.push(mine);
  }
  for (let i = 0; i < tags.length; i += CHUNK)
    await trx
      .insertInto('statement_tags')
      .values(tags.slice(i, i + CHUNK) as never)
      .execute();
  for (let i = 0; i < stances.length; i += CHUNK)
    await trx
      .insertInto('statement_stances')
      .values(stances.slice(i, i + CHUNK) as never)
      .execute();
  return perDoc;
}

const clamp = (x: number) => Math.min(1, Math.max(0, Number.isFinite(x) ? x : 0));

async function insertProposals(
  trx: Trx,
  documentId: number,
  meetingId: number | null,
  reading: Reading,
  drafts: DraftStatement[],
  ids: number[],
  statuses: Array<{ proposer: string; paragraph: number; status: string; status_set_by: number | null; status_set_at: Date | null }>,
) {
  const by = (who: string) => (d: DraftStatement) => d.speaker === who || d.deliveredBy === who;
  const holds = (at: number) => (d: DraftStatement) => d.span.start <= at && at < d.span.end;
  const idOf = (i: number) => (i < 0 ? null : ids[i]!);
  // The proposer's statement holding the proposal's words, else any statement holding them, else
  // the first in its paragraph.
  const proposerStatement = (p: Reading['proposals'][number]) => {
    const i = drafts.findIndex((d) => by(p.by)(d) && holds(p.span.start)(d));
    const j = i >= 0 ? i : drafts.findIndex(holds(p.span.start));
    return idOf(j >= 0 ? j : drafts.findIndex((d) => d.paragraphs.includes(p.paragraph)));
  };
  // A supporter's statement of support for this proposal, else its first statement from the
  // proposal's paragraph on, else any of its statements.
  const supporterStatement = (who: string, k: number, from: number) => {
    const i = drafts.findIndex((d) => by(who)(d) && d.supportsProposal === k);
    const j = i >= 0 ? i : drafts.findIndex((d) => by(who)(d) && d.to.paragraph >= from);
    return idOf(j >= 0 ? j : drafts.findIndex(by(who)));
  };
  const supports: Array<{ statement: number; proposal: number }> = [];
  for (const [k, p] of reading.proposals.entries()) {
    const kept = statuses.find((s) => s.proposer === p.by && s.paragraph === p.paragraph);
    const row = await trx
      .insertInto('proposals')
      .values({
        document_id: documentId,
        meeting_id: meetingId,
        statement_id: proposerStatement(p),
        proposer: p.by,
        paragraph: p.paragraph,
        char_start: p.span.start,
        char_end: p.span.end,
        summary: p.summary,
        ...(kept ? { status: kept.status as never, status_set_by: kept.status_set_by, status_set_at: kept.status_set_at } : {}),
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    const people = [
      ...[...new Set(p.supportedBy)].map((s) => ({ participant: s, position: 'supports' as const })),
      ...[...new Set(p.opposedBy)].map((s) => ({ participant: s, position: 'opposes' as const })),
    ];
    if (people.length) {
      await trx
        .insertInto('proposal_supporters')
        .values(
          people.map((x) => ({
            proposal_id: row.id,
            participant: x.participant,
            position: x.position,
            statement_id: supporterStatement(x.participant, k, p.paragraph),
          })),
        )
        .onConflict((oc) => oc.doNothing())
        .execute();
    }
    drafts.forEach((d, i) => {
      if (d.supportsProposal === k) supports.push({ statement: ids[i]!, proposal: row.id });
    });
  }
  for (const x of supports) await trx.updateTable('statements').set({ supports_proposal: x.proposal }).where('id', '=', x.statement).execute();
}
