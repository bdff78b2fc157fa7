import crypto from 'node:crypto';
import { z } from 'zod';
import type { Actor } from '../../accounts/actor.ts';
import { recordAudit } from '../../accounts/audit.ts';
import { requireAccess } from '../../accounts/policy.ts';
import type { Db } from '../../db/engine.ts';
import { AppError, NotFound, parseInput } from '../../foundation/errors.ts';
import { isTextError } from '../../text/errors.ts';
import { extractText } from '../../text/extract/index.ts';
import { readerFramework, versionOfMeeting } from '../../framework/queries.ts';
import { readDocument } from '../../text/records/read.ts';
import { chairsOfMeeting } from '../../thematicGroups/chairs.ts';
import { DOCUMENT_KINDS, type DocumentKind } from '../../text/records/types.ts';
import { loadModel, rebuildDocument } from '../store.ts';

export const DocumentMeta = z.object({
  meetingId: z.coerce.number().int().positive().nullish(),
  kind: z.enum(DOCUMENT_KINDS as [DocumentKind, ...DocumentKind[]]).optional(),
  title: z.string().trim().max(300).optional(),
  /** The author of a paper or statement (ISO alpha-3 or a group id) when its title does not say. */
  author: z.string().trim().max(100).optional(),
  symbol: z
    .string()
    .trim()
    .max(60)
    .regex(/^[A-Z0-9./()\- ]*$/i, 'Use a UN document symbol such as A/AC.290/2021/CRP.2.')
    .optional(),
  language: z.enum(['en', 'ar', 'zh', 'fr', 'ru', 'es']).default('en'),
  originUrl: z.string().trim().url().max(1000).optional(),
  visibility: z.enum(['public', 'states', 'secretariat']).default('public'),
});
export type DocumentMetaInput = z.input<typeof DocumentMeta>;

export interface Upload {
  bytes: Uint8Array;
  filename: string;
  mediaType?: string;
}

/** The largest file accepted, whatever the transport (the HTTP body limit may be lower). */
export const MAX_UPLOAD_BYTES = 50 * 1024 * 1024;

const STATUS: Record<string, number> = { 'upload.too_large': 413, 'upload.unsupported_type': 415 };

/**
 * Ingests a source document: extract its text, read it, and store the document with every
 * statement, tag, stance and proposal in ONE transaction, so bad input leaves nothing behind.
 * A text with no recognisable speaker is stored with zero statements and the reader's warning.
 */
export async function ingestDocument(db: Db, actor: Actor, upload: Upload, input: DocumentMetaInput) {
  requireAccess(actor, 'records.ingest');
  const meta = parseInput(DocumentMeta, input, 'document.invalid');
  const filename = upload.filename.trim().slice(0, 255) || 'upload.txt';

  let extracted;
  try {
    extracted = await extractText(upload.bytes, { filename, mediaType: upload.mediaType, maxBytes: MAX_UPLOAD_BYTES });
  } catch (err) {
    if (isTextError(err)) throw new AppError(err.code, STATUS[err.code] ?? 400, err.message, { file: err.message });
    throw err;
  }
  const reading = readDocument(extracted.text, {
    ...(meta.kind ? { kind: meta.kind } : {}),
    ...(meta.author ? { author: meta.author } : {}),
    chairs: await chairsOfMeeting(db, meta.meetingId),
    framework: await readerFramework(db, await versionOfMeeting(db, meta.meetingId)),
  });
  const warnings = [...extracted.warnings, ...reading.warnings];
  if (reading.statements.length === 0 && !warnings.some((w) => /speaker/i.test(w)))
    warnings.push('No speaker was recognised: the document is stored with no statements. Check its kind, or name the author.');
  const sha256 = crypto.createHash('sha256').update(upload.bytes).digest('hex');
  const model = await loadModel(db);

  return db.transaction().execute(async (trx) => {
    if (meta.meetingId != null) {
      const m = await trx.selectFrom('meetings').select('id').where('id', '=', meta.meetingId).executeTakeFirst();
      if (!m) throw NotFound('That meeting', 'meeting.not_found');
    }
    const doc = await trx
      .insertInto('source_documents')
      .values({
        meeting_id: meta.meetingId ?? null,
        kind: reading.kind,
        title: meta.title || firstLine(extracted.text, filename),
        author: meta.author ?? null,
        filename,
        media_type: upload.mediaType || 'application/octet-stream',
        format: extracted.format,
        original: upload.bytes,
        sha256,
        byte_size: upload.bytes.length,
        extracted_text: extracted.text,
        language: meta.language,
        un_symbol: meta.symbol || null,
        origin_url: meta.originUrl ?? null,
        warnings: JSON.stringify(warnings),
        visibility: meta.visibility,
        uploaded_by: actor.kind === 'user' ? actor.id : null,
      })
      .returning(['id', 'kind', 'status', 'sha256'])
      .executeTakeFirstOrThrow();
    const result = await rebuildDocument(trx, doc.id, { model, reading });
    await recordAudit(trx, actor, {
      action: 'document.ingested',
      itemType: 'source_document',
      itemId: doc.id,
      after: { filename, sha256, kind: doc.kind, statements: result.statements },
    });
    return { id: doc.id, kind: doc.kind as DocumentKind, status: doc.status, sha256, statements: result.statements, proposals: result.proposals, warnings };
  });
}

function firstLine(text: string, fallback: string): string {
  const line = text
    .split('\n')
    .map((l) => l.trim())
    .find(Boolean);
  return (line ?? fallback).slice(0, 200);
}
