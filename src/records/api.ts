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
import { ProposalStatusInput, setProposalStatus } from './commands/setProposalStatus.ts';

const JsonDocument = DocumentMeta.extend({
  filename: z.string().trim().min(1).max(255),
  mediaType: z.string().trim().max(100).optional(),
  /** The file's bytes, base64-encoded. */
  contentBase64: z.string().max(Math.ceil(MAX_UPLOAD_BYTES / 3) * 4 + 4),
});
/** The statement by its id (as listed), or by a paragraph (the first statement starting in it); an `attribute` names only its sentence. */
const CorrectionBody = z.object({ statement: z.number().int().positive().optional(), paragraph: z.number().int().positive().optional() }).and(Correction);
const PositionQuery = z.object({ meeting: z.coerce.number().int().positive().optional(), session: z.coerce.number().int().positive().optional(), group: z.string().max(40).optional() });

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
    return { upload: { bytes: new TextEncoder().encode(text), filename: typeof form.filename === 'string' && form.filename ? form.filename : 'pasted.txt', mediaType: 'text/plain' }, meta };
  }
  const body = await readJson(c, JsonDocument, 'document.invalid');
  const { contentBase64, filename, mediaType, ...meta } = body;
  if (!/^[A-Za-z0-9+/\r\n]*={0,2}\s*$/.test(contentBase64)) throw new AppError('document.invalid', 400, 'contentBase64 is not base64.', { contentBase64: 'Not base64.' });
  return { upload: { bytes: new Uint8Array(Buffer.from(contentBase64, 'base64')), filename, mediaType }, meta };
}

export const api = new Hono<AppEnv>()
  .get('/api/v1/meetings', async (c) => c.json({ processes: await meetingTree(c.get('db'), c.get('actor')) }))
  .post('/api/v1/sessions', async (c) => c.json({ session: await createSession(c.get('db'), c.get('actor'), await readJson(c, NewSession, 'session.invalid')) }, 201))
  .post('/api/v1/meetings', async (c) => c.json({ meeting: await createMeeting(c.get('db'), c.get('actor'), await readJson(c, NewMeeting, 'meeting.invalid')) }, 201))
  .get('/api/v1/meetings/:id', async (c) => {
    const m = await meetingById(c.get('db'), idParam(c));
    if (!m) throw NotFound('That meeting', 'meeting.not_found');
    const statements = await statementsOf(c.get('db'), c.get('actor'), { meetingId: m.id });
    return c.json({ meeting: m, statements: statements.map(publicStatement) });
  })
  .post('/api/v1/documents', async (c) => {
    const { upload, meta } = await uploadFrom(c);
    const res = await ingestDocument(c.get('db'), c.get('actor'), upload, meta);
    return c.json({ document: res }, 201);
  })
  .get('/api/v1/documents/:id', async (c) => {
    const d = await documentById(c.get('db'), idParam(c));
    if (!d || !canSeeDocument(c.get('actor'), d)) throw NotFound('That document', 'document.not_found');
    const { extracted_text, ...rest } = d;
    const statements = await statementsOf(c.get('db'), c.get('actor'), { documentId: d.id });
    const loose = await unattributedOf(c.get('db'), d.id);
    return c.json({
      document: { ...rest, text: extracted_text }, statements: statements.map(publicStatement),
      unattributed: loose.map((u) => ({ at: { paragraph: u.paragraph, sentence: u.sentence }, span: { start: u.char_start, end: u.char_end }, cue: u.cue })),
    });
  })
  .post('/api/v1/documents/:id/corrections', async (c) => {
    const body = await readJson(c, CorrectionBody, 'correction.invalid');
    const { paragraph, statement, ...correction } = body;
    return c.json(await correctStatement(c.get('db'), c.get('actor'), idParam(c), { statement, paragraph }, correction as never));
  })
  .post('/api/v1/documents/:id/publish', async (c) => c.json(await publishDocument(c.get('db'), c.get('actor'), idParam(c))))
  .get('/api/v1/positions/:question', async (c) => {
    const f = PositionQuery.safeParse(c.req.query());
    if (!f.success) throw fromZod(f.error);
    const rows = await positions(c.get('db'), c.get('actor'), c.req.param('question'), { meetingId: f.data.meeting, sessionId: f.data.session, group: f.data.group });
    return c.json({ question: c.req.param('question'), positions: rows });
  })
  .get('/api/v1/proposals', async (c) => c.json({ proposals: await listProposals(c.get('db'), c.get('actor')) }))
  .post('/api/v1/proposals/:id/status', async (c) => c.json(await setProposalStatus(c.get('db'), c.get('actor'), idParam(c), await readJson(c, ProposalStatusInput, 'proposal.invalid'))))
  .get('/api/v1/search', async (c) => {
    const f = SearchQuery.safeParse(c.req.query());
    if (!f.success) throw fromZod(f.error, 'search.invalid');
    return c.json({ results: await searchStatements(c.get('db'), c.get('actor'), f.data) });
  })
  .post('/api/v1/classifier/retrain', async (c) => c.json(await retrainClassifier(c.get('db'), c.get('actor'))));

function publicStatement(s: Awaited<ReturnType<typeof statementsOf>>[number]) {
  return {
    id: s.id, document: s.document_id, meeting: s.meeting_id, order: s.position, speaker: s.speaker_id, speakerKind: s.speaker_kind,
    deliveredBy: s.delivered_by, speakerSource: s.speaker_source,
    ...(s.speaker_name ? { person: { name: s.speaker_name, ...(s.speaker_affiliation ? { affiliation: s.speaker_affiliation } : {}) } } : {}),
    paragraphs: s.paragraphs,
    // lastSentence null: a statement stored before sentences were numbered, running to its last paragraph's end
    sentences: { from: { paragraph: s.first_paragraph, sentence: s.first_sentence }, to: { paragraph: s.last_paragraph, sentence: s.last_sentence } },
    span: { start: s.char_start, end: s.char_end },
    ...(s.joint_with.length ? { joint: s.joint_with } : {}),
    ...(s.supports_proposal != null ? { supportsProposal: s.supports_proposal } : {}),
    tookFloorAgain: s.took_floor_again, text: s.text,
    tags: s.tags.map((t) => ({ pillar: t.pillar_id ?? undefined, element: t.element_id ?? undefined, confidence: t.confidence, explanation: t.explanation, source: t.source })),
    stances: s.stances.map((x) => ({ question: x.question_id, value: x.value, evidence: x.evidence, confidence: x.confidence, source: x.source })),
  };
}

describeApi({ method: 'get', path: '/api/v1/meetings', tag: 'records', summary: 'Processes, sessions and meetings', access: 'public' });
describeApi({ method: 'post', path: '/api/v1/sessions', tag: 'records', summary: 'Open a session of a process', body: NewSession, access: 'chair, secretariat' });
describeApi({ method: 'post', path: '/api/v1/meetings', tag: 'records', summary: 'Add a meeting to a session', body: NewMeeting, access: 'chair, secretariat' });
describeApi({ method: 'get', path: '/api/v1/meetings/{id}', tag: 'records', summary: 'A meeting with its visible statements in order', access: 'public (published documents)' });
describeApi({ method: 'post', path: '/api/v1/documents', tag: 'records', summary: 'Ingest a document (JSON with base64 content, or multipart with a file field)', body: JsonDocument, access: 'chair, secretariat' });
describeApi({ method: 'get', path: '/api/v1/documents/{id}', tag: 'records', summary: 'A document with its text and reading', access: 'public when published; chair and secretariat for drafts' });
describeApi({ method: 'post', path: '/api/v1/documents/{id}/corrections', tag: 'records', summary: 'Correct a statement (speaker, split at a sentence, merge, reassign a sentence, attribute an unattributed sentence, pillar, element, stance)', body: CorrectionBody, access: 'chair, secretariat' });
describeApi({ method: 'post', path: '/api/v1/documents/{id}/publish', tag: 'records', summary: 'Publish a reviewed document', access: 'chair, secretariat' });
describeApi({ method: 'get', path: '/api/v1/positions/{question}', tag: 'records', summary: 'Stances on a question, with evidence', query: PositionQuery, access: 'public' });
describeApi({ method: 'get', path: '/api/v1/proposals', tag: 'records', summary: 'Proposals with supporters, opponents and status', access: 'public' });
describeApi({ method: 'post', path: '/api/v1/proposals/{id}/status', tag: 'records', summary: 'Set the status of a proposal', body: ProposalStatusInput, access: 'chair, secretariat' });
describeApi({ method: 'get', path: '/api/v1/search', tag: 'records', summary: 'Full-text search over statements', query: SearchQuery, access: 'public' });
describeApi({ method: 'post', path: '/api/v1/classifier/retrain', tag: 'records', summary: 'Retrain the layer that learns from corrections', access: 'secretariat' });
