import { systemActor } from '../accounts/actor.ts';
import { all, type AccessSpec } from '../server/accessMatrix.ts';
import { correctStatement } from './commands/correctStatement.ts';
import { createMeeting } from './commands/createMeeting.ts';
import { createSession } from './commands/createSession.ts';
import { ingestDocument } from './commands/ingestDocument.ts';
import { publishDocument } from './commands/publishDocument.ts';

const REPORT = `Informal meeting on regular institutional dialogue
The representative of New Zealand stated that a programme of action would give the dialogue a permanent home. New Zealand proposed that the Secretariat prepare a paper on the options for a programme of action.
The delegate of Brazil supported the proposal made by New Zealand.
The Russian delegate considered that it was premature to create a new permanent body before the current mandate ends.`;
const bytes = () => new TextEncoder().encode(REPORT);
const b64 = Buffer.from(REPORT).toString('base64');

// Reviewers (chair, secretariat) get what others get plus drafts and write access.
const reviewers = (ok: number, others = 403) => all(others, { public: 401, secretariat: ok, chair: ok });

export const access: AccessSpec = {
  async fixtures(db) {
    const sys = systemActor('access-matrix');
    const process = await db.selectFrom('processes').select('id').where('slug', '=', 'oewg-2019-2021').executeTakeFirstOrThrow();
    const session = await createSession(db, sys, { processId: process.id, number: 77, title: 'Matrix session' });
    const meeting = await createMeeting(db, sys, { sessionId: session.id, number: 1, heldOn: '2020-02-11', agenda: 'institutional-dialogue' });
    const ingest = () => ingestDocument(db, sys, { bytes: bytes(), filename: 'matrix.txt' }, { meetingId: meeting.id, kind: 'event-report' });
    const published = await ingest();
    await publishDocument(db, sys, published.id);
    const draft = await ingest();
    const toPublishApi = await ingest();
    const toPublishForm = await ingest();
    await correctStatement(db, sys, draft.id, 2, { field: 'pillar', id: 'norms', present: true });
    const proposal = await db.selectFrom('proposals').select('id').where('document_id', '=', published.id).executeTakeFirstOrThrow();
    return {
      recProcess: process.id,
      recSession: session.id,
      recMeeting: meeting.id,
      recPublished: published.id,
      recDraft: draft.id,
      recPubApi: toPublishApi.id,
      recPubForm: toPublishForm.id,
      recProposal: proposal.id,
    };
  },
  rows: [
    { route: 'GET /meetings', path: '/meetings', expect: all(200) },
    { route: 'GET /meetings/:id', path: (f) => `/meetings/${f.recMeeting}`, expect: all(200) },
    { route: 'GET /meetings/:id/akn', path: (f) => `/meetings/${f.recMeeting}/akn`, expect: all(200) },
    {
      route: 'POST /meetings/sessions',
      path: '/meetings/sessions',
      body: (f: Record<string, string | number>) => ({ processId: String(f.recProcess), number: '90', title: 'Matrix form session' }),
      expect: all(403, { public: 401, secretariat: 303, chair: 409 }),
    },
    {
      route: 'POST /meetings',
      path: '/meetings',
      body: (f: Record<string, string | number>) => ({ sessionId: String(f.recSession), number: '5' }),
      expect: all(403, { public: 401, secretariat: 303, chair: 409 }),
    },
    { route: 'GET /documents', path: '/documents', expect: all(200) },
    {
      route: 'POST /documents',
      path: '/documents',
      body: (f: Record<string, string | number>) => ({ meetingId: String(f.recMeeting), text: REPORT, kind: 'event-report' }),
      expect: reviewers(303),
    },
    { route: 'GET /documents/:id', path: (f) => `/documents/${f.recPublished}`, expect: all(200) },
    { route: 'GET /documents/:id/original', path: (f) => `/documents/${f.recDraft}/original`, expect: all(404, { secretariat: 200, chair: 200 }) },
    { route: 'GET /documents/:id/review', path: (f) => `/documents/${f.recDraft}/review`, expect: reviewers(200) },
    {
      route: 'POST /documents/:id/corrections',
      path: (f) => `/documents/${f.recDraft}/corrections`,
      body: { paragraph: '3', field: 'speaker', speaker: 'ARG' },
      expect: reviewers(303),
    },
    {
      route: 'POST /documents/:id/publish',
      path: (f) => `/documents/${f.recPubForm}/publish`,
      body: {},
      expect: all(403, { public: 401, secretariat: 303, chair: 409 }),
    },
    { route: 'POST /documents/:id/reread', path: (f) => `/documents/${f.recDraft}/reread`, body: {}, expect: reviewers(303) },
    { route: 'POST /classifier/retrain', path: '/classifier/retrain', body: {}, expect: all(403, { public: 401, secretariat: 200 }) },
    { route: 'GET /positions', path: '/positions?question=new-institutional-body', expect: all(200) },
    { route: 'GET /positions/:question/docx', path: '/positions/new-institutional-body/docx', expect: all(200) },
    { route: 'GET /proposals', path: '/proposals', expect: all(200) },
    { route: 'POST /proposals/:id/status', path: (f) => `/proposals/${f.recProposal}/status`, body: { status: 'under-discussion' }, expect: reviewers(303) },
    { route: 'GET /search', path: '/search?q=programme+of+action', expect: all(200) },
    { route: 'GET /search/statements.csv', path: '/search/statements.csv?q=premature', expect: all(200) },
    { route: 'GET /api/v1/meetings', path: '/api/v1/meetings', expect: all(200) },
    {
      route: 'POST /api/v1/sessions',
      path: '/api/v1/sessions',
      body: (f: Record<string, string | number>) => ({ processId: f.recProcess, number: 91, title: 'Matrix API session' }),
      expect: all(403, { public: 401, secretariat: 201, chair: 409 }),
    },
    {
      route: 'POST /api/v1/meetings',
      path: '/api/v1/meetings',
      body: (f: Record<string, string | number>) => ({ sessionId: f.recSession, number: 6 }),
      expect: all(403, { public: 401, secretariat: 201, chair: 409 }),
    },
    { route: 'GET /api/v1/meetings/:id', path: (f) => `/api/v1/meetings/${f.recMeeting}`, expect: all(200) },
    {
      route: 'POST /api/v1/documents',
      path: '/api/v1/documents',
      body: (f: Record<string, string | number>) => ({ meetingId: f.recMeeting, filename: 'api.txt', contentBase64: b64, kind: 'event-report' }),
      expect: reviewers(201),
    },
    { route: 'GET /api/v1/documents/:id', path: (f) => `/api/v1/documents/${f.recDraft}`, expect: all(404, { secretariat: 200, chair: 200 }) },
    {
      route: 'POST /api/v1/documents/:id/corrections',
      path: (f) => `/api/v1/documents/${f.recDraft}/corrections`,
      body: { paragraph: 2, field: 'element', id: 'dialogue-poa', present: true },
      expect: reviewers(200),
    },
    {
      route: 'POST /api/v1/documents/:id/publish',
      path: (f) => `/api/v1/documents/${f.recPubApi}/publish`,
      body: {},
      expect: all(403, { public: 401, secretariat: 200, chair: 409 }),
    },
    { route: 'GET /api/v1/positions/:question', path: '/api/v1/positions/new-institutional-body', expect: all(200) },
    { route: 'GET /api/v1/proposals', path: '/api/v1/proposals', expect: all(200) },
    {
      route: 'POST /api/v1/proposals/:id/status',
      path: (f) => `/api/v1/proposals/${f.recProposal}/status`,
      body: { status: 'agreed' },
      expect: reviewers(200),
    },
    { route: 'GET /api/v1/search', path: '/api/v1/search?q=premature', expect: all(200) },
    { route: 'POST /api/v1/classifier/retrain', path: '/api/v1/classifier/retrain', body: {}, expect: all(403, { public: 401, secretariat: 200 }) },
  ],
};
