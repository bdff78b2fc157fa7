import crypto from 'node:crypto';
import type { Actor } from '../../accounts/actor.ts';
import { recordAudit } from '../../accounts/audit.ts';
import { requireAccess } from '../../accounts/policy.ts';
import type { Db } from '../../db/engine.ts';
import { splitParagraphs } from '../../text/records/paragraphs.ts';
import { readerFramework, versionOfMeeting } from '../../framework/queries.ts';
import { readDocument } from '../../text/records/read.ts';
import { chairsOfMeeting, type KnownChair } from '../../thematicGroups/chairs.ts';
import type { DocumentKind } from '../../text/records/types.ts';
import type { ReaderFramework } from '../../framework/catalogue/types.ts';
import { applyLayer, draftsFromReading, unattributedOf } from '../draft.ts';
import { SentenceIndex } from '../sourceSentences.ts';
import { insertStatements, loadModel, type DocumentDrafts } from '../store.ts';

export interface BulkItem {
  text: string;
  filename: string;
  meetingId: number | null;
  kind: DocumentKind;
  author?: string;
  visibility?: 'public' | 'states' | 'secretariat';
}

const CHUNK = 500;

/**
 * Ingests many plain-text documents (an archive, a corpus) in one transaction with multi-row
 * inserts, already published. Statements, tags, stances and unattributed sentences are stored as the
 * single-document path stores them; proposals (and so statements' support of them) are not (a
 * "Read again" on a document derives them).
 */
export async function bulkIngest(db: Db, actor: Actor, items: BulkItem[]) {
  requireAccess(actor, 'records.ingest');
  const model = await loadModel(db);
  const questions = new Set((await db.selectFrom('stance_questions').select('id').execute()).map((r) => r.id));
  // Each document is read under the framework version of its meeting's process.
  const frameworks = new Map<number | null, ReaderFramework>();
  const chairs = new Map<number | null, KnownChair[]>();
  for (const id of new Set(items.map((it) => it.meetingId))) {
    frameworks.set(id, await readerFramework(db, await versionOfMeeting(db, id)));
    chairs.set(id, await chairsOfMeeting(db, id));
  }
  const prepared = items.map((it) => {
    const framework = frameworks.get(it.meetingId)!;
    const reading = readDocument(it.text, {
      kind: it.kind,
      ...(it.author ? { author: it.author } : {}),
      chairs: chairs.get(it.meetingId) ?? [],
      skipPositions: false,
      framework,
    });
    const index = new SentenceIndex(new Map(splitParagraphs(it.text).map((p) => [p.n, p])));
    const drafts = draftsFromReading(reading, index);
    applyLayer(drafts, model, index);
    const bytes = Buffer.from(it.text, 'utf8');
    return { it, reading, index, drafts, unattributed: unattributedOf(reading, index), bytes, sha256: crypto.createHash('sha256').update(bytes).digest('hex') };
  });
  return db.transaction().execute(async (trx) => {
    let statements = 0;
    for (let i = 0; i < prepared.length; i += CHUNK) {
      const slice = prepared.slice(i, i + CHUNK);
      const ids = await trx
        .insertInto('source_documents')
        .values(
          slice.map((p) => ({
            meeting_id: p.it.meetingId,
            kind: p.reading.kind,
            title: p.it.filename,
            author: p.it.author ?? null,
            filename: p.it.filename,
            media_type: 'text/plain',
            format: 'text',
            original: p.bytes,
            sha256: p.sha256,
            byte_size: p.bytes.length,
            extracted_text: p.it.text,
            warnings: JSON.stringify(p.reading.warnings),
            status: 'published' as const,
            visibility: p.it.visibility ?? 'public',
            uploaded_by: actor.kind === 'user' ? actor.id : null,
            published_at: new Date(),
          })),
        )
        .returning('id')
        .execute();
      const docs: DocumentDrafts[] = slice.map((p, k) => ({
        documentId: ids[k]!.id,
        meetingId: p.it.meetingId,
        drafts: p.drafts,
        index: p.index,
        unattributed: p.unattributed,
      }));
      await insertStatements(trx, docs, questions);
      statements += slice.reduce((n, p) => n + p.drafts.length, 0);
    }
    await recordAudit(trx, actor, { action: 'documents.bulk_ingested', itemType: 'source_document', after: { documents: items.length, statements } });
    return { documents: items.length, statements };
  });
}
