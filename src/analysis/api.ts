import { Hono } from 'hono';
import { z } from 'zod';
import { can, requireAccess } from '../accounts/policy.ts';
import { LANGUAGES, type Lang } from '../i18n/index.ts';
import { listCycles } from '../reporting/cycles.ts';
import { readJson } from '../server/api.ts';
import type { AppEnv, Ctx } from '../server/context.ts';
import { describeApi } from '../server/openapi.ts';
import { analysisAkn } from './akn.ts';
import { resolveCycleId } from './queries/analysisInput.ts';
import { demand, matchesFor } from './queries/matches.ts';
import { listOffers, offersByElement } from './queries/offers.ts';
import { analysisFor } from './pages/analysis.tsx';
import { NewOffer, registerOffer } from './commands/registerOffer.ts';
import { analysisSummary } from './summary.ts';
import { advanceTakeUp, NewStep } from './commands/advanceTakeUp.ts';
import { NewTakeUp, openTakeUp } from './commands/openTakeUp.ts';
import { partiesOf, stepsOf, takeUpById, takeUpResource, takeUpsFor } from './queries/takeUps.ts';
import {
  AnalysisOut,
  CycleList,
  DemandOut,
  MatchesOut,
  OfferList,
  OfferRegistered,
  presentAnalysis,
  presentCycles,
  presentDemand,
  presentMatches,
  presentOffer,
  presentRegistered,
  presentSummary,
  presentTakeUp,
  SummaryOut,
  TakeUpList,
  TakeUpOut,
} from './presenters.ts';
import { NotFound } from '../foundation/errors.ts';

/** A take-up the actor is a side of (else not found, like the page). */
async function takeUpFor(c: Ctx, id: string) {
  const n = Number(id);
  const k = Number.isSafeInteger(n) && n > 0 ? await takeUpById(c.get('db'), n) : undefined;
  if (!k || !can(c.get('actor'), 'capacity.takeUp', takeUpResource(partiesOf(k)))) throw NotFound('That take-up', 'takeup.not_found');
  return k;
}

const langOf = (c: Ctx): Lang => {
  const l = c.req.query('lang');
  return (LANGUAGES as readonly string[]).includes(l ?? '') ? (l as Lang) : c.get('lang');
};

export const api = new Hono<AppEnv>()
  .get('/api/v1/analysis/cycles', async (c) => c.json(presentCycles(await listCycles(c.get('db')))))
  .get('/api/v1/analysis/cycles/:id', async (c) => c.json(presentAnalysis(await analysisFor(c, c.req.param('id')))))
  .get('/api/v1/analysis/cycles/:id/summary', async (c) => {
    requireAccess(c.get('actor'), 'analysis.compile');
    const db = c.get('db');
    return c.json(presentSummary(await analysisSummary(db, c.get('actor'), await resolveCycleId(db, c.req.param('id')), c.get('config').minAggregate)));
  })
  .get('/api/v1/analysis/cycles/:id/export.docx', async (c) => {
    const a = await analysisFor(c, c.req.param('id'));
    const { analysisDocx } = await import('./docx.ts'); // Word's library loads only when asked
    const buf = await analysisDocx(a, langOf(c), await offersByElement(c.get('db')));
    return c.body(new Uint8Array(buf), 200, {
      'content-type': 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
      'content-disposition': `attachment; filename="${a.cycle.code}-analysis${a.filter.region ? `-${a.filter.region}` : ''}.docx"`,
    });
  })
  .get('/api/v1/analysis/cycles/:id/export.akn.xml', async (c) => {
    const a = await analysisFor(c, c.req.param('id'));
    return c.body(analysisAkn(a, langOf(c)), 200, {
      'content-type': 'application/akn+xml; charset=utf-8',
      'content-disposition': `inline; filename="${a.cycle.code}-analysis.akn.xml"`,
    });
  })
  .get('/api/v1/analysis/offers', async (c) =>
    c.json({ offers: (await listOffers(c.get('db'), { element: c.req.query('element') || undefined })).map((o) => presentOffer(o, c.get('actor'))) }),
  )
  .post('/api/v1/analysis/offers', async (c) => {
    requireAccess(c.get('actor'), 'offer.register');
    // The body goes to the command as sent: it decides in whose name (403) before it validates (400).
    const body = await readJson(c, z.record(z.string(), z.unknown()), 'offer.invalid');
    const o = await registerOffer(c.get('db'), c.get('actor'), body);
    return c.json(presentRegistered(o), 201);
  })
  .get('/api/v1/analysis/matches', async (c) => {
    requireAccess(c.get('actor'), 'needs.aggregate');
    const db = c.get('db');
    const m = await matchesFor(db, c.get('actor'), await resolveCycleId(db, c.req.query('cycle') ?? 'latest'), { minAggregate: c.get('config').minAggregate });
    return c.json(presentMatches(m));
  })
  .get('/api/v1/analysis/take-ups', async (c) => {
    requireAccess(c.get('actor'), 'needs.aggregate');
    return c.json({ takeUps: (await takeUpsFor(c.get('db'), c.get('actor'))).map((k) => presentTakeUp(k)) });
  })
  .post('/api/v1/analysis/take-ups', async (c) => {
    requireAccess(c.get('actor'), 'needs.aggregate');
    const body = await readJson(c, NewTakeUp, 'takeup.invalid');
    const r = await openTakeUp(c.get('db'), c.get('actor'), body);
    const k = (await takeUpById(c.get('db'), r.id))!;
    return c.json({ takeUp: presentTakeUp(k, await stepsOf(c.get('db'), r.id)) }, 201);
  })
  .get('/api/v1/analysis/take-ups/:id', async (c) => {
    requireAccess(c.get('actor'), 'needs.aggregate');
    const k = await takeUpFor(c, c.req.param('id'));
    return c.json({ takeUp: presentTakeUp(k, await stepsOf(c.get('db'), k.id)) });
  })
  .post('/api/v1/analysis/take-ups/:id/steps', async (c) => {
    requireAccess(c.get('actor'), 'needs.aggregate');
    const k = await takeUpFor(c, c.req.param('id'));
    const body = await readJson(c, NewStep, 'takeup.invalid');
    await advanceTakeUp(c.get('db'), c.get('actor'), k.id, body);
    const after = (await takeUpById(c.get('db'), k.id))!;
    return c.json({ takeUp: presentTakeUp(after, await stepsOf(c.get('db'), k.id)) }, 201);
  })
  .get('/api/v1/analysis/demand', async (c) => {
    requireAccess(c.get('actor'), 'needs.aggregate');
    const db = c.get('db');
    return c.json(presentDemand(await demand(db, c.get('actor'), await resolveCycleId(db, c.req.query('cycle') ?? 'latest'), c.get('config').minAggregate)));
  });

const tag = 'analysis';
const F = z.object({ region: z.string().optional(), org: z.string().optional(), lang: z.enum(LANGUAGES).optional() });
describeApi({ method: 'get', path: '/api/v1/analysis/cycles', tag, summary: 'Cycles with a compiled analysis', access: 'public', response: CycleList });
describeApi({
  method: 'get',
  path: '/api/v1/analysis/cycles/{id}',
  tag,
  summary:
    'The compiled analysis of a cycle (id or "latest"), filtered by regional group or organisation; restricted reports count only in aggregates of at least minAggregate reports',
  query: F,
  access: 'public; by report visibility',
  response: AnalysisOut,
});
describeApi({
  method: 'get',
  path: '/api/v1/analysis/cycles/{id}/summary',
  tag,
  summary: 'The compiled figures in the stable shape of `accord analyse --json`',
  access: 'secretariat',
  response: SummaryOut,
});
describeApi({
  method: 'get',
  path: '/api/v1/analysis/cycles/{id}/export.docx',
  tag,
  summary: 'The compiled analysis as a DOCX (UN report style, numbered paragraphs, tables, charts as bar tables)',
  query: F,
  access: 'public; by report visibility',
  response: z.string(),
  contentType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
});
describeApi({
  method: 'get',
  path: '/api/v1/analysis/cycles/{id}/export.akn.xml',
  tag,
  summary: 'The compiled analysis as Akoma Ntoso XML',
  query: F,
  access: 'public; by report visibility',
  response: z.string(),
  contentType: 'application/akn+xml',
});
describeApi({
  method: 'get',
  path: '/api/v1/analysis/offers',
  tag,
  summary: 'Current capacity-building offers (contact for signed-in readers)',
  query: z.object({ element: z.string().optional() }),
  access: 'public',
  response: OfferList,
});
describeApi({
  method: 'post',
  path: '/api/v1/analysis/offers',
  tag,
  summary: 'Register a capacity-building offer',
  body: NewOffer,
  access: 'secretariat, delegates (own State or a programme), stakeholders (own organisation or a programme)',
  response: OfferRegistered,
  status: 201,
});
describeApi({
  method: 'get',
  path: '/api/v1/analysis/matches',
  tag,
  summary: 'Needs with ranked offers and reasons: own State (delegates), all (Secretariat); providers: demand for their offers, public needs only',
  query: z.object({ cycle: z.string().optional() }),
  access: 'signed in',
  response: MatchesOut,
});
describeApi({
  method: 'get',
  path: '/api/v1/analysis/demand',
  tag,
  summary: 'Aggregate capacity-building demand per element, kind and region',
  query: z.object({ cycle: z.string().optional() }),
  access: 'signed in',
  response: DemandOut,
});
describeApi({
  method: 'get',
  path: '/api/v1/analysis/take-ups',
  tag,
  summary:
    'Capacity needs taken up with an offer that the reader is a side of (recipient delegation, provider), all for the Secretariat, with their latest step',
  access: 'signed in; sides and Secretariat',
  response: TakeUpList,
});
describeApi({
  method: 'post',
  path: '/api/v1/analysis/take-ups',
  tag,
  summary: 'Take a capacity need up with an offer: opens the project record at "contacted" and tells the other side (409 takeup.exists when already taken up)',
  body: NewTakeUp,
  access: 'recipient delegation, provider, Secretariat',
  response: TakeUpOut,
  status: 201,
});
describeApi({
  method: 'get',
  path: '/api/v1/analysis/take-ups/{id}',
  tag,
  summary: "A take-up's project record with its steps (append-only timeline)",
  access: 'recipient delegation, provider, Secretariat',
  response: TakeUpOut,
});
describeApi({
  method: 'post',
  path: '/api/v1/analysis/take-ups/{id}/steps',
  tag,
  summary:
    'Record the next step (matched, in-progress, delivered with an outcome, or closed), dated; steps move forward only (400 takeup.step_out_of_order, 409 takeup.finished)',
  body: NewStep,
  access: 'recipient delegation, provider, Secretariat',
  response: TakeUpOut,
  status: 201,
});
