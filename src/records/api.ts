import { Hono } from 'hono';
import { z } from 'zod';
import { readJson } from '../server/api.ts';
import type { AppEnv, Ctx } from '../server/context.ts';
import { AppError, fromZod, NotFound } from '../foundation/errors.ts';
import { describeApi } from '../server/openapi.ts';
import { Correction, correctStatement } from './commands/correctStatement.ts';
import { createMeeting, NewMeeting } from './commands/createMeeting.ts';
import { createSession, NewSession } from './commands/createSession.ts';
import { DocumentMeta, ingestDocument, MAX_UPLOAD_BYTES, type Upload } from './commands/ingestDocument.ts';
import { publishDocument } from './commands/publishDocument.ts';
import { canSeeDocument, documentById, listProposals, meetingById, meetingTree, positions, statementsOf, unattributedOf } from './queries.ts';
import { retrainClassifier } from './commands/retrainClassifier.ts';
import { SearchQuery, searchStatements } from './search.ts';
import {
  ClassifierRetrained,
  CorrectionApplied,
  DocumentDetail,
  DocumentIngested,
  DocumentPublished,
  MeetingCreated,
  MeetingDetail,
  MeetingTree,
  Positions,
  Proposals,
  ProposalStatusSet,
  presentCorrection,
  presentDocumentDetail,
  presentIngested,
  presentMeeting,
  presentMeetingDetail,
  presentMeetingTree,
  presentPositions,
  presentProposals,
  presentSearch,
  presentSession,
  SearchResults,
  SessionCreated,
} from './presenters.ts';
import { ProposalStatusInput, setProposalStatus } from './commands/setProposalStatus.ts';

const JsonDocument = DocumentMeta.extend({
  filename: z.string().trim().min(1).max(255),
  mediaType: z.string().trim().max(100).optional(),
  /** The file's bytes, base64-encoded. */
  contentBase64: z.string().max(Math.ceil(MAX_UPLOAD_BYTES / 3) * 4 + 4),
});
/** The statement by its id (as listed), or by a paragraph (the first statement starting in it); an `attribute` names only its sentence. */
const CorrectionBody = z.object({ statement: z.number().int().positive().optional(), paragraph: z.number().int().positive().optional() }).and(Correction);
const PositionQuery = z.object({
  meeting: z.coerce.number().int().positive().optional(),
  session: z.coerce.number().int().positive().optional(),
  group: z.string().max(40).optional(),
});

const idParam = (c: Ctx, name = 'id') => {
  const n = Number(c.req.param(name));
  if (!Number.isInteger(n) || n <= 0) throw NotFound('That item');
  return n;
};

/** A document from a multipart upload (field `file`) or a JSON body with the bytes in base64. */
export async function uploadFrom(c: Ctx): Promise<{ upload: Upload; meta: Record<string, unknown> }> {
  const type = (c.req.header('content-type') ?? '').toLowerCase();
  if (type.startsWith('multipart/form-data') || type.startsWith('application/x-www-form-urlencoded')) {
    const form = await c.req.parseBody();
    const meta: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(form)) if (typeof v === 'string' && k !== '_csrf' && k !== 'text' && v !== '') meta[k] = v;
    const file = form.file;
    if (file instanceof File && file.size > 0) {
      return { upload: { bytes: new Uint8Array(await file.arrayBuffer()), filename: file.name, mediaType: file.type }, meta };
    }
    const text = typeof form.text === 'string' ? form.text : '';
    // A pasted text stands in for a file, so the form works where uploads are awkward.
    return {
      upload: {
        bytes: new TextEncoder().encode(text),
        filename: typeof form.filename === 'string' && form.filename ? form.filename : 'pasted.txt',
        mediaType: 'text/plain',
      },
      meta,
    };
  }
  const body = await readJson(c, JsonDocument, 'document.invalid');
  const { contentBase64, filename, mediaType, ...meta } = body;
  if (!/^[A-Za-z0-9+/\r\n]*={0,2}\s*$/.test(contentBase64))
    throw new AppError('document.invalid', 400, 'contentBase64 is not base64.', { contentBase64: 'Not base64.' });
  return { upload: { bytes: new Uint8Array(Buffer.from(contentBase64, 'base64')), filename, mediaType }, meta };
}

export const api = new Hono<AppEnv>()
  .get('/api/v1/meetings', async (c) => c.json(presentMeetingTree(await meetingTree(c.get('db'), c.get('actor')))))
  .post('/api/v1/sessions', async (c) =>
    c.json({ session: presentSession(await createSession(c.get('db'), c.get('actor'), await readJson(c, NewSession, 'session.invalid'))) }, 201),
  )
  .post('/api/v1/meetings', async (c) =>
    c.json({ meeting: presentMeeting(await createMeeting(c.get('db'), c.get('actor'), await readJson(c, NewMeeting, 'meeting.invalid'))) }, 201),
  )
  .get('/api/v1/meetings/:id', async (c) => {
    const m = await meetingById(c.get('db'), idParam(c));
    if (!m) throw NotFound('That meeting', 'meeting.not_found');
    const statements = await statementsOf(c.get('db'), c.get('actor'), { meetingId: m.id });
    return c.json(presentMeetingDetail(m, statements));
  })
  .post('/api/v1/documents', async (c) => {
    const { upload, meta } = await uploadFrom(c);
    const res = await ingestDocument(c.get('db'), c.get('actor'), upload, meta);
    return c.json({ document: presentIngested(res) }, 201);
  })
  .get('/api/v1/documents/:id', async (c) => {
    const d = await documentById(c.get('db'), idParam(c));
    if (!d || !canSeeDocument(c.get('actor'), d)) throw NotFound('That document', 'document.not_found');
    const statements = await statementsOf(c.get('db'), c.get('actor'), { documentId: d.id });
    return c.json(presentDocumentDetail(d, statements, await unattributedOf(c.get('db'), d.id)));
  })
  .post('/api/v1/documents/:id/corrections', async (c) => {
    const body = await readJson(c, CorrectionBody, 'correction.invalid');
    const { paragraph, statement, ...correction } = body;
    return c.json(presentCorrection(await correctStatement(c.get('db'), c.get('actor'), idParam(c), { statement, paragraph }, correction as never)));
  })
  .post('/api/v1/documents/:id/publish', async (c) => c.json(DocumentPublished.parse(await publishDocument(c.get('db'), c.get('actor'), idParam(c)))))
  .get('/api/v1/positions/:question', async (c) => {
    const f = PositionQuery.safeParse(c.req.query());
    if (!f.success) throw fromZod(f.error);
    const rows = await positions(c.get('db'), c.get('actor'), c.req.param('question'), {
      meetingId: f.data.meeting,
      sessionId: f.data.session,
      group: f.data.group,
    });
    return c.json(presentPositions(c.req.param('question'), rows));
  })
  .get('/api/v1/proposals', async (c) => c.json(presentProposals(await listProposals(c.get('db'), c.get('actor')))))
  .post('/api/v1/proposals/:id/status', async (c) =>
    c.json(
      ProposalStatusSet.parse(await setProposalStatus(c.get('db'), c.get('actor'), idParam(c), await readJson(c, ProposalStatusInput, 'proposal.invalid'))),
    ),
  )
  .get('/api/v1/search', async (c) => {
    const f = SearchQuery.safeParse(c.req.query());
    if (!f.success) throw fromZod(f.error, 'search.invalid');
    return c.json(presentSearch(await searchStatements(c.get('db'), c.get('actor'), f.data)));
  })
  .post('/api/v1/classifier/retrain', async (c) => c.json(ClassifierRetrained.parse(await retrainClassifier(c.get('db'), c.get('actor')))));

describeApi({ method: 'get', path: '/api/v1/meetings', tag: 'records', summary: 'Processes, sessions and meetings', access: 'public', response: MeetingTree });
describeApi({
  method: 'post',
  path: '/api/v1/sessions',
  tag: 'records',
  summary: 'Open a session of a process',
  body: NewSession,
  access: 'chair, secretariat',
  response: SessionCreated,
  status: 201,
});
describeApi({
  method: 'post',
  path: '/api/v1/meetings',
  tag: 'records',
  summary: 'Add a meeting to a session',
  body: NewMeeting,
  access: 'chair, secretariat',
  response: MeetingCreated,
  status: 201,
});
describeApi({
  method: 'get',
  path: '/api/v1/meetings/{id}',
  tag: 'records',
  summary: 'A meeting with its visible statements in order',
  access: 'public (published documents)',
  response: MeetingDetail,
});
describeApi({
  method: 'post',
  path: '/api/v1/documents',
  tag: 'records',
  summary: 'Ingest a document (JSON with base64 content, or multipart with a file field)',
  body: JsonDocument,
  access: 'chair, secretariat',
  response: DocumentIngested,
  status: 201,
});
describeApi({
  method: 'get',
  path: '/api/v1/documents/{id}',
  tag: 'records',
  summary: 'A document with its text and reading',
  access: 'public when published; chair and secretariat for drafts',
  response: DocumentDetail,
});
describeApi({
  method: 'post',
  path: '/api/v1/documents/{id}/corrections',
  tag: 'records',
  summary: 'Correct a statement (speaker, split at a sentence, merge, reassign a sentence, attribute an unattributed sentence, pillar, element, stance)',
  body: CorrectionBody,
  access: 'chair, secretariat',
  response: CorrectionApplied,
});
describeApi({
  method: 'post',
  path: '/api/v1/documents/{id}/publish',
  tag: 'records',
  summary: 'Publish a reviewed document',
  access: 'chair, secretariat',
  response: DocumentPublished,
});
describeApi({
  method: 'get',
  path: '/api/v1/positions/{question}',
  tag: 'records',
  summary: 'Stances on a question, with evidence',
  query: PositionQuery,
  access: 'public',
  response: Positions,
});
describeApi({
  method: 'get',
  path: '/api/v1/proposals',
  tag: 'records',
  summary: 'Proposals with supporters, opponents and status',
  access: 'public',
  response: Proposals,
});
describeApi({
  method: 'post',
  path: '/api/v1/proposals/{id}/status',
  tag: 'records',
  summary: 'Set the status of a proposal',
  body: ProposalStatusInput,
  access: 'chair, secretariat',
  response: ProposalStatusSet,
});
describeApi({
  method: 'get',
  path: '/api/v1/search',
  tag: 'records',
  summary: 'Full-text search over statements',
  query: SearchQuery,
  access: 'public',
  response: SearchResults,
});
describeApi({
  method: 'post',
  path: '/api/v1/classifier/retrain',
  tag: 'records',
  summary: 'Retrain the layer that learns from corrections',
  access: 'secretariat',
  response: ClassifierRetrained,
});
