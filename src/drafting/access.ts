import { systemActor } from '../accounts/actor.ts';
import type { Db } from '../db/engine.ts';
import { all, type AccessSpec } from '../server/accessMatrix.ts';
import { proposeAmendment } from './commands/proposeAmendment.ts';
import { paragraphsOf } from './queries.ts';
import { setStakeholderAccess } from './commands/setStakeholderAccess.ts';
import { actorFor, testDraft } from '../testing/factories.ts';

/**
 * Drafts for the matrix: A is issued (zero draft) with a working Rev.1; B was never issued; C is for
 * issuing; D is open to stakeholder comments. Amendments by New Zealand on A for reacting and deciding.
 */
async function fixtures(db: Db) {
  const sys = systemActor('matrix');
  const nzl = await actorFor(db, 'nzl@accord.test');
  const make = (title: string, issue: boolean) => testDraft(db, { title, issue });
  const a = await make('Matrix draft A', true);
  const b = await make('Matrix draft B', false);
  const c = await make('Matrix draft C', false);
  const d = await make('Matrix draft D', true);
  await setStakeholderAccess(db, sys, d.id, true);
  const amend = (justification: string) =>
    proposeAmendment(db, nzl, a.id, { version: 0, paragraph: 1, kind: 'replace', text: 'States shall not damage critical infrastructure.', justification });
  const [react, reactApi, decide, decideApi] = [
    await amend('For reactions.'),
    await amend('For API reactions.'),
    await amend('For decisions.'),
    await amend('For API decisions.'),
  ];
  const [pa] = await paragraphsOf(db, a.workingId);
  return {
    draftA: a.id,
    draftB: b.id,
    draftC: c.id,
    draftD: d.id,
    paraA: pa.id,
    amReact: react.id,
    amReactApi: reactApi.id,
    amDecide: decide.id,
    amDecideApi: decideApi.id,
  };
}

const edit = (ok: number) => all(403, { public: 401, secretariat: ok, chair: ok });
const delegates = (ok: number, own = ok) => all(403, { public: 401, delegate: own, otherDelegate: ok });
const unissued = all(404, { secretariat: 200, chair: 200 });

export const access: AccessSpec = {
  fixtures,
  rows: [
    { route: 'GET /drafts', path: '/drafts', expect: all(200) },
    { route: 'POST /drafts', path: '/drafts', body: { title: '' }, expect: edit(400) },
    { route: 'GET /drafts/:id', path: (f) => `/drafts/${f.draftA}`, expect: all(302) },
    { route: 'GET /drafts/:id', path: (f) => `/drafts/${f.draftB}`, expect: all(404, { secretariat: 302, chair: 302 }) },
    { route: 'GET /drafts/:id/v/:n', path: (f) => `/drafts/${f.draftA}/v/0`, expect: all(200) },
    { route: 'GET /drafts/:id/v/:n', path: (f) => `/drafts/${f.draftA}/v/1`, expect: unissued },
    { route: 'GET /drafts/:id/v/:n/checks', path: (f) => `/drafts/${f.draftA}/v/0/checks`, expect: all(200) },
    { route: 'GET /drafts/:id/v/:n/checks', path: (f) => `/drafts/${f.draftA}/v/1/checks`, expect: unissued },
    { route: 'GET /drafts/:id/v/:n/compilation', path: (f) => `/drafts/${f.draftA}/v/0/compilation`, expect: all(200) },
    { route: 'GET /drafts/:id/v/:n/compilation.docx', path: (f) => `/drafts/${f.draftA}/v/0/compilation.docx`, expect: all(200) },
    { route: 'GET /drafts/:id/v/:n/docx', path: (f) => `/drafts/${f.draftA}/v/0/docx`, expect: all(200) },
    { route: 'GET /drafts/:id/v/:n/docx', path: (f) => `/drafts/${f.draftA}/v/1/docx`, expect: unissued },
    { route: 'GET /drafts/:id/diff', path: (f) => `/drafts/${f.draftA}/diff?from=0&to=1`, expect: unissued },
    { route: 'POST /drafts/:id/paragraphs', path: (f) => `/drafts/${f.draftA}/paragraphs`, body: { section: 'norms', text: '' }, expect: edit(400) },
    // A stale lock version: the Chair and the Secretariat get the 409 page with both texts.
    {
      route: 'POST /drafts/:id/paragraphs/:pid',
      path: (f) => `/drafts/${f.draftA}/paragraphs/${f.paraA}`,
      body: { text: 'Matrix text.', lockVersion: '999' },
      expect: edit(409),
    },
    {
      route: 'POST /drafts/:id/paragraphs/:pid/delete',
      path: (f) => `/drafts/${f.draftA}/paragraphs/${f.paraA}/delete`,
      body: { lockVersion: '999' },
      expect: edit(409),
    },
    {
      route: 'POST /drafts/:id/paragraphs/:pid/labels',
      path: (f) => `/drafts/${f.draftA}/paragraphs/${f.paraA}/labels`,
      body: { pillars: 'no-such-pillar' },
      expect: edit(400),
    },
    { route: 'POST /drafts/:id/issue', path: (f) => `/drafts/${f.draftC}/issue`, expect: edit(303) },
    { route: 'POST /drafts/:id/stakeholders', path: (f) => `/drafts/${f.draftB}/stakeholders`, body: { open: 'false' }, expect: edit(303) },
    {
      route: 'POST /drafts/:id/comments',
      path: (f) => `/drafts/${f.draftD}/comments`,
      body: { version: '0', text: 'A comment from the access matrix.' },
      expect: all(403, { public: 401, stakeholder: 303 }),
    },
    // Item state: draft A is not open to stakeholders (403 draft.closed_to_stakeholders), even with a bad comment.
    {
      route: 'POST /drafts/:id/comments',
      path: (f) => `/drafts/${f.draftA}/comments`,
      body: { version: '0', text: 'A comment from the access matrix.' },
      expect: all(403, { public: 401 }),
    },
    { route: 'POST /drafts/:id/comments', path: (f) => `/drafts/${f.draftA}/comments`, body: { version: '0', text: '' }, expect: all(403, { public: 401 }) },
    // On the open draft, the same bad comment is the stakeholder's 400.
    {
      route: 'POST /drafts/:id/comments',
      path: (f) => `/drafts/${f.draftD}/comments`,
      body: { version: '0', text: '' },
      expect: all(403, { public: 401, stakeholder: 400 }),
    },
    {
      route: 'POST /drafts/:id/amendments',
      path: (f) => `/drafts/${f.draftA}/amendments`,
      body: { version: '0', paragraph: '2', kind: 'delete', justification: 'Matrix test.' },
      expect: delegates(303),
    },
    { route: 'GET /amendments/:id', path: (f) => `/amendments/${f.amReact}`, expect: all(200) },
    { route: 'POST /amendments/:id/react', path: (f) => `/amendments/${f.amReact}/react`, body: { reaction: 'support' }, expect: delegates(303, 409) },
    {
      route: 'POST /amendments/:id/decide',
      path: (f) => `/amendments/${f.amDecide}/decide`,
      body: { decision: 'reject', note: 'Matrix.' },
      expect: all(403, { public: 401, chair: 303 }),
    },
    { route: 'GET /agreed-language', path: '/agreed-language', expect: all(200) },
    { route: 'POST /agreed-language', path: '/agreed-language', body: { symbol: 'A/MATRIX/1' }, expect: edit(400) },
    // The old path answers 308 to the new one for everyone; the new path decides access.
    { route: 'GET /reference', path: '/reference', expect: all(308) },
    { route: 'POST /reference', path: '/reference', body: { symbol: 'A/MATRIX/1' }, expect: all(308) },

    { route: 'GET /api/v1/drafts', path: '/api/v1/drafts', expect: all(200) },
    { route: 'POST /api/v1/drafts', path: '/api/v1/drafts', body: { title: 'x' }, expect: edit(400) },
    { route: 'GET /api/v1/drafts/:id', path: (f) => `/api/v1/drafts/${f.draftA}`, expect: all(200) },
    { route: 'GET /api/v1/drafts/:id', path: (f) => `/api/v1/drafts/${f.draftB}`, expect: unissued },
    { route: 'GET /api/v1/drafts/:id/versions/:n', path: (f) => `/api/v1/drafts/${f.draftA}/versions/0`, expect: all(200) },
    { route: 'GET /api/v1/drafts/:id/versions/:n', path: (f) => `/api/v1/drafts/${f.draftA}/versions/1`, expect: unissued },
    {
      route: 'POST /api/v1/drafts/:id/paragraphs',
      path: (f) => `/api/v1/drafts/${f.draftA}/paragraphs`,
      body: { section: 'bogus', text: 'x' },
      expect: edit(400),
    },
    {
      route: 'PATCH /api/v1/drafts/:id/paragraphs/:pid',
      path: (f) => `/api/v1/drafts/${f.draftA}/paragraphs/${f.paraA}`,
      body: { text: 'Matrix.', lockVersion: 999 },
      expect: edit(409),
    },
    { route: 'POST /api/v1/drafts/:id/issue', path: (f) => `/api/v1/drafts/${f.draftC}/issue`, expect: edit(200) },
    { route: 'GET /api/v1/drafts/:id/versions/:n/checks', path: (f) => `/api/v1/drafts/${f.draftA}/versions/0/checks`, expect: all(200) },
    { route: 'GET /api/v1/drafts/:id/diff', path: (f) => `/api/v1/drafts/${f.draftA}/diff?from=0&to=1`, expect: unissued },
    {
      route: 'POST /api/v1/drafts/:id/amendments',
      path: (f) => `/api/v1/drafts/${f.draftA}/amendments`,
      body: { version: 0, paragraph: 1, kind: 'replace', text: '', justification: 'Matrix.' },
      expect: delegates(400),
    },
    { route: 'GET /api/v1/amendments/:id', path: (f) => `/api/v1/amendments/${f.amReact}`, expect: all(200) },
    {
      route: 'POST /api/v1/amendments/:id/reactions',
      path: (f) => `/api/v1/amendments/${f.amReactApi}/reactions`,
      body: { reaction: 'opposes' },
      expect: delegates(201, 409),
    },
    {
      route: 'POST /api/v1/amendments/:id/decision',
      path: (f) => `/api/v1/amendments/${f.amDecideApi}/decision`,
      body: { decision: 'merge' },
      expect: all(403, { public: 401, chair: 400 }),
    },
    { route: 'GET /api/v1/agreed-language', path: '/api/v1/agreed-language', expect: all(200) },
    { route: 'POST /api/v1/agreed-language', path: '/api/v1/agreed-language', body: { symbol: '', title: 'x', contentBase64: '' }, expect: edit(400) },
    { route: 'GET /api/v1/reference', path: '/api/v1/reference', expect: all(308) },
    { route: 'POST /api/v1/reference', path: '/api/v1/reference', body: { symbol: '', title: 'x', contentBase64: '' }, expect: all(308) },
  ],
};
