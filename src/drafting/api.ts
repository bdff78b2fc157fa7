/** The JSON API of the drafting workbench (see /api/openapi.json). */
import { Hono } from 'hono';
import { z } from 'zod';
import { readJson } from '../server/api.ts';
import type { AppEnv } from '../server/context.ts';
import { ValidationError } from '../foundation/errors.ts';
import { describeApi } from '../server/openapi.ts';
import { movedTo } from '../server/moved.ts';
import { requireAccess } from '../accounts/policy.ts';
import { runChecks } from './checksPanel.ts';
import { createDraft, NewDraft } from './commands/createDraft.ts';
import { Decision, decideAmendment } from './commands/decideAmendment.ts';
import { addParagraph, NewParagraph } from './commands/addParagraph.ts';
import { EditParagraph, editParagraph } from './commands/editParagraph.ts';
import { importAgreedLanguage, NewAgreedLanguage } from './commands/importAgreedLanguage.ts';
import { issueVersion } from './commands/issueVersion.ts';
import { NewAmendment, proposeAmendment } from './commands/proposeAmendment.ts';
import { amendmentById, draftById, listDrafts, paragraphsOf, versionByNumber } from './queries.ts';
import { Reaction, reactToAmendment } from './commands/reactToAmendment.ts';
import { intParam } from './pages/components.tsx';
import { versionDiff } from './versionDiff.ts';
import {
  AmendmentDecided,
  AmendmentOut,
  AmendmentProposed,
  ChecksOut,
  DiffOut,
  DraftCreated,
  DraftDetail,
  DraftList,
  ParagraphAdded,
  ParagraphEdited,
  presentAddedParagraph,
  presentAmendment,
  presentChecks,
  presentDiff,
  presentDraft,
  presentDrafts,
  presentAgreedLanguage,
  presentVersion,
  ReactionRecorded,
  AgreedLanguageImported,
  AgreedLanguageList,
  VersionDetail,
  VersionIssued,
} from './presenters.ts';

const AgreedLanguageUpload = NewAgreedLanguage.extend({
  filename: z.string().max(255).optional(),
  contentBase64: z.string().min(1, 'Send the file as base64.'),
});
const ReactionBody = z.object({ reaction: Reaction });

export const apiRoutes = new Hono<AppEnv>()
  .get('/api/v1/drafts', async (c) => c.json(presentDrafts(await listDrafts(c.get('db'), c.get('actor')))))
  .post('/api/v1/drafts', async (c) => {
    requireAccess(c.get('actor'), 'draft.edit');
    const d = await createDraft(c.get('db'), c.get('actor'), await readJson(c, NewDraft, 'draft.invalid'));
    return c.json(DraftCreated.parse({ draft: d }), 201);
  })
  .get('/api/v1/drafts/:id', async (c) => {
    return c.json(presentDraft(await draftById(c.get('db'), c.get('actor'), intParam(c, 'id'))));
  })
  .get('/api/v1/drafts/:id/versions/:n', async (c) => {
    const { version } = await versionByNumber(c.get('db'), c.get('actor'), intParam(c, 'id'), intParam(c, 'n'));
    const paragraphs = await paragraphsOf(c.get('db'), version.id);
    return c.json(presentVersion(version, paragraphs));
  })
  .post('/api/v1/drafts/:id/paragraphs', async (c) => {
    requireAccess(c.get('actor'), 'draft.edit');
    const p = await addParagraph(c.get('db'), c.get('actor'), intParam(c, 'id'), await readJson(c, NewParagraph, 'draft.invalid'));
    return c.json(presentAddedParagraph(p), 201);
  })
  .patch('/api/v1/drafts/:id/paragraphs/:pid', async (c) => {
    requireAccess(c.get('actor'), 'draft.edit');
    const r = await editParagraph(c.get('db'), c.get('actor'), intParam(c, 'id'), intParam(c, 'pid'), await readJson(c, EditParagraph, 'draft.invalid'));
    return c.json(ParagraphEdited.parse({ paragraph: r }));
  })
  .post('/api/v1/drafts/:id/issue', async (c) => c.json(VersionIssued.parse(await issueVersion(c.get('db'), c.get('actor'), intParam(c, 'id')))))
  .get('/api/v1/drafts/:id/versions/:n/checks', async (c) => {
    const { draft, version } = await versionByNumber(c.get('db'), c.get('actor'), intParam(c, 'id'), intParam(c, 'n'));
    const r = await runChecks(c.get('db'), version, draft);
    return c.json(presentChecks(r));
  })
  .get('/api/v1/drafts/:id/diff', async (c) => {
    const from = Number(c.req.query('from'));
    const to = Number(c.req.query('to'));
    if (!Number.isInteger(from) || !Number.isInteger(to))
      throw ValidationError('Give ?from= and ?to= version numbers (0 for the zero draft).', { from: 'Required.' }, 'draft.diff_invalid');
    const d = await versionDiff(c.get('db'), c.get('actor'), intParam(c, 'id'), from, to);
    return c.json(presentDiff(d));
  })
  .post('/api/v1/drafts/:id/amendments', async (c) => {
    requireAccess(c.get('actor'), 'amendment.propose');
    const a = await proposeAmendment(c.get('db'), c.get('actor'), intParam(c, 'id'), await readJson(c, NewAmendment, 'amendment.invalid'));
    return c.json(AmendmentProposed.parse({ amendment: a }), 201);
  })
  .get('/api/v1/amendments/:id', async (c) => c.json(presentAmendment((await amendmentById(c.get('db'), c.get('actor'), intParam(c, 'id'))).amendment!)))
  .post('/api/v1/amendments/:id/reactions', async (c) => {
    requireAccess(c.get('actor'), 'amendment.support');
    const body = await readJson(c, ReactionBody, 'amendment.invalid');
    return c.json(ReactionRecorded.parse(await reactToAmendment(c.get('db'), c.get('actor'), intParam(c, 'id'), body.reaction)), 201);
  })
  .post('/api/v1/amendments/:id/decision', async (c) => {
    requireAccess(c.get('actor'), 'amendment.decide');
    return c.json(
      AmendmentDecided.parse(await decideAmendment(c.get('db'), c.get('actor'), intParam(c, 'id'), await readJson(c, Decision, 'amendment.invalid'))),
    );
  })
  .get('/api/v1/agreed-language', async (c) =>
    c.json(
      presentAgreedLanguage(
        await c
          .get('db')
          .selectFrom('agreed_language_documents')
          .select(['id', 'symbol', 'title', 'issued_on', 'consensus', 'format', 'sha256'])
          .orderBy('symbol')
          .execute(),
      ),
    ),
  )
  .post('/api/v1/agreed-language', async (c) => {
    requireAccess(c.get('actor'), 'draft.edit');
    const body = await readJson(c, AgreedLanguageUpload, 'agreedLanguage.invalid');
    const bytes = new Uint8Array(Buffer.from(body.contentBase64, 'base64'));
    return c.json(AgreedLanguageImported.parse({ document: await importAgreedLanguage(c.get('db'), c.get('actor'), { ...body, bytes }) }), 201);
  })
  // The paths until migrations/0492_agreed_language.sql: 308 keeps the method, so clients that follow redirects keep working.
  .get('/api/v1/reference', movedTo('/api/v1/agreed-language'))
  .post('/api/v1/reference', movedTo('/api/v1/agreed-language'));

describeApi({
  method: 'get',
  path: '/api/v1/drafts',
  tag: 'drafting',
  summary: 'Drafts you may see (with an issued version, or all for the Chair and Secretariat)',
  access: 'public',
  response: DraftList,
});
describeApi({
  method: 'post',
  path: '/api/v1/drafts',
  tag: 'drafting',
  summary: 'Start a draft; its zero draft is the working version',
  body: NewDraft,
  access: 'chair, secretariat',
  response: DraftCreated,
  status: 201,
});
describeApi({
  method: 'get',
  path: '/api/v1/drafts/{id}',
  tag: 'drafting',
  summary: 'A draft and its versions',
  access: 'public (issued versions only)',
  response: DraftDetail,
});
describeApi({
  method: 'get',
  path: '/api/v1/drafts/{id}/versions/{n}',
  tag: 'drafting',
  summary: 'A version with its numbered, tagged paragraphs',
  access: 'public for issued versions; chair, secretariat for the working version',
  response: VersionDetail,
});
describeApi({
  method: 'post',
  path: '/api/v1/drafts/{id}/paragraphs',
  tag: 'drafting',
  summary: 'Add a paragraph to the working version',
  body: NewParagraph,
  access: 'chair, secretariat',
  response: ParagraphAdded,
  status: 201,
});
describeApi({
  method: 'patch',
  path: '/api/v1/drafts/{id}/paragraphs/{pid}',
  tag: 'drafting',
  summary: 'Edit a working paragraph; 409 draft.stale with both texts if someone saved first',
  body: EditParagraph,
  access: 'chair, secretariat',
  response: ParagraphEdited,
});
describeApi({
  method: 'post',
  path: '/api/v1/drafts/{id}/issue',
  tag: 'drafting',
  summary: 'Issue the working version (frozen from then on) and start the next as a copy',
  access: 'chair, secretariat',
  response: VersionIssued,
});
describeApi({
  method: 'get',
  path: '/api/v1/drafts/{id}/versions/{n}/checks',
  tag: 'drafting',
  summary: 'Balance, provenance and flags (the `accord check` JSON contract, plus timings)',
  access: 'as the version',
  response: ChecksOut,
});
describeApi({
  method: 'get',
  path: '/api/v1/drafts/{id}/diff',
  tag: 'drafting',
  summary: 'Paragraph-aligned word diff of two versions (?from=&to=), each change linked to its amendment',
  access: 'as the versions',
  response: DiffOut,
});
describeApi({
  method: 'post',
  path: '/api/v1/drafts/{id}/amendments',
  tag: 'drafting',
  summary: 'Propose an amendment to a paragraph of the current issued version',
  body: NewAmendment,
  access: 'delegates',
  response: AmendmentProposed,
  status: 201,
});
describeApi({
  method: 'get',
  path: '/api/v1/amendments/{id}',
  tag: 'drafting',
  summary: 'An amendment with its co-sponsors, supporters and objectors',
  access: 'public',
  response: AmendmentOut,
});
describeApi({
  method: 'post',
  path: '/api/v1/amendments/{id}/reactions',
  tag: 'drafting',
  summary: 'Co-sponsor, support or object to an amendment',
  body: ReactionBody,
  access: 'delegates of other States',
  response: ReactionRecorded,
  status: 201,
});
describeApi({
  method: 'post',
  path: '/api/v1/amendments/{id}/decision',
  tag: 'drafting',
  summary: 'Accept, merge or reject an amendment into the next version',
  body: Decision,
  access: 'chair',
  response: AmendmentDecided,
});
describeApi({
  method: 'get',
  path: '/api/v1/agreed-language',
  tag: 'drafting',
  summary: 'Agreed language: the documents the checks compare drafts with',
  access: 'public',
  response: AgreedLanguageList,
});
describeApi({
  method: 'post',
  path: '/api/v1/agreed-language',
  tag: 'drafting',
  summary: 'Import a document of agreed language (TXT, DOCX, PDF, HTML as base64)',
  body: AgreedLanguageUpload,
  access: 'chair, secretariat',
  response: AgreedLanguageImported,
  status: 201,
});
describeApi({ method: 'get', path: '/api/v1/reference', tag: 'drafting', summary: 'Agreed language (the old path)', movedTo: '/api/v1/agreed-language' });
describeApi({
  method: 'post',
  path: '/api/v1/reference',
  tag: 'drafting',
  summary: 'Import a document of agreed language (the old path)',
  movedTo: '/api/v1/agreed-language',
});
