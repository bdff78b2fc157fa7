import { all, type AccessSpec } from '../server/accessMatrix.ts';
import type { Db } from '../db/engine.ts';
import { demoActors, testCycle, testReport } from '../testing/factories.ts';
import { generateDemo } from './demo.ts';
import { openTakeUp } from './commands/openTakeUp.ts';
import { registerOffer } from './commands/registerOffer.ts';

/**
 * A public NZL report with a need, three offers of France's (the matrix's other delegate is the
 * provider, NZL's delegate the recipient), and a take-up already open on the third.
 */
async function takeUpFixtures(db: Db) {
  const A = await demoActors(db);
  const cycle = await testCycle(db, { title: 'Take-up matrix cycle', code: 'MATRIX-TU', states: ['NZL', 'FRA'] });
  const r = await testReport(db, A.nzl, cycle.id, {
    elements: { 'cbm-poc': { status: 'planned' } },
    capacityNeeds: [{ element: 'cbm-poc', kind: 'training', priority: 'high', description: 'Training for the point of contact.' }],
  });
  const need = await db.selectFrom('national_report_capacity_needs').select('id').where('report_id', '=', r.id).executeTakeFirstOrThrow();
  const offer = async (n: number) =>
    (
      await registerOffer(db, A.fra, {
        providerKind: 'state',
        providerState: 'FRA',
        title: `Matrix take-up offer ${n}`,
        elements: ['cbm-poc'],
        kinds: ['training'],
        languages: ['en'],
        modality: 'remote',
        contact: 'fra@example.org',
      })
    ).id;
  const [pageOffer, apiOffer, openOffer] = [await offer(1), await offer(2), await offer(3)];
  const opened = await openTakeUp(db, A.nzl, { needId: need.id, offerId: openOffer });
  return { tuNeed: need.id, tuPageOffer: pageOffer, tuApiOffer: apiOffer, tuOpen: opened.id };
}
/** A take-up's sides (NZL the recipient, France the provider) and the Secretariat; others do not learn it exists. */
const sides = (ok: number) => ({ public: 401, secretariat: ok, chair: 404, delegate: ok, otherDelegate: ok, stakeholder: 404 });

const offerForm = {
  providerKind: 'programme',
  providerName: 'Matrix programme',
  title: 'Matrix training offer',
  elements: 'cbm-poc',
  kinds: 'training',
  languages: 'en',
  modality: 'remote',
  contact: 'matrix@example.org',
};
const offerJson = { ...offerForm, elements: ['cbm-poc'], kinds: ['training'], languages: ['en'] };

/** Expected status per role for every route of this capability (checked by the access-matrix test). */
export const access: AccessSpec = {
  async fixtures(db) {
    const g = await generateDemo(db, { states: 8, cycles: 2, offers: 4, seed: 5 });
    return { analysisCycle: g.cycles.at(-1)!, ...(await takeUpFixtures(db)) };
  },
  rows: [
    { route: 'GET /analysis', path: '/analysis', expect: all(200) },
    { route: 'GET /analysis/cycles/:id', path: (f) => `/analysis/cycles/${f.analysisCycle}?region=weog`, expect: all(200) },
    {
      route: 'POST /analysis/cycles/:id/settings',
      path: (f) => `/analysis/cycles/${f.analysisCycle}/settings`,
      body: { series: 'DEMO', minReports: '5' },
      expect: all(403, { public: 401, secretariat: 303 }),
    },
    { route: 'GET /analysis/offers', path: '/analysis/offers', expect: all(200) },
    { route: 'POST /analysis/offers', path: '/analysis/offers', body: offerForm, expect: all(303, { public: 401, chair: 403 }) },
    { route: 'GET /analysis/matches', path: '/analysis/matches', expect: all(200, { public: 401 }) },
    { route: 'GET /api/v1/analysis/cycles', path: '/api/v1/analysis/cycles', expect: all(200) },
    { route: 'GET /api/v1/analysis/cycles/:id', path: (f) => `/api/v1/analysis/cycles/${f.analysisCycle}`, expect: all(200) },
    { route: 'GET /api/v1/analysis/cycles/:id/summary', path: '/api/v1/analysis/cycles/latest/summary', expect: all(403, { public: 401, secretariat: 200 }) },
    { route: 'GET /api/v1/analysis/cycles/:id/export.docx', path: (f) => `/api/v1/analysis/cycles/${f.analysisCycle}/export.docx`, expect: all(200) },
    { route: 'GET /api/v1/analysis/cycles/:id/export.akn.xml', path: (f) => `/api/v1/analysis/cycles/${f.analysisCycle}/export.akn.xml`, expect: all(200) },
    { route: 'GET /api/v1/analysis/offers', path: '/api/v1/analysis/offers', expect: all(200) },
    { route: 'POST /api/v1/analysis/offers', path: '/api/v1/analysis/offers', body: offerJson, expect: all(201, { public: 401, chair: 403 }) },
    // In whose name (offer.register with the provider): NZL's name for NZL's delegation and the Secretariat only,
    // an organisation's name for organisations and the Secretariat; on the page and in the API, 403 comes before the 400
    // of a bad offer (the command decides in whose name before it validates).
    {
      route: 'POST /api/v1/analysis/offers',
      path: '/api/v1/analysis/offers',
      body: { ...offerJson, providerKind: 'state', providerState: 'NZL' },
      expect: all(403, { public: 401, secretariat: 201, delegate: 201 }),
    },
    {
      route: 'POST /api/v1/analysis/offers',
      path: '/api/v1/analysis/offers',
      body: { ...offerJson, providerKind: 'organisation' },
      expect: all(403, { public: 401, secretariat: 201, stakeholder: 201 }),
    },
    {
      route: 'POST /api/v1/analysis/offers',
      path: '/api/v1/analysis/offers',
      body: { ...offerJson, providerKind: 'state', providerState: 'NZL', title: 'x', elements: [] },
      expect: all(403, { public: 401, secretariat: 400, delegate: 400 }),
    },
    {
      route: 'POST /analysis/offers',
      path: '/analysis/offers',
      body: { ...offerForm, providerKind: 'state', providerState: 'NZL' },
      expect: all(403, { public: 401, secretariat: 303, delegate: 303 }),
    },
    {
      route: 'POST /analysis/offers',
      path: '/analysis/offers',
      body: { ...offerForm, providerKind: 'state', providerState: 'NZL', title: 'x' },
      expect: all(403, { public: 401, secretariat: 400, delegate: 400 }),
    },
    { route: 'GET /api/v1/analysis/matches', path: '/api/v1/analysis/matches', expect: all(200, { public: 401 }) },
    { route: 'GET /analysis/take-ups', path: '/analysis/take-ups', expect: all(200, { public: 401 }) },
    // The Secretariat opens it first; each side then lands on the same record (303), others may not.
    {
      route: 'POST /analysis/take-ups',
      path: '/analysis/take-ups',
      body: (f: Record<string, string | number>) => ({ needId: String(f.tuNeed), offerId: String(f.tuPageOffer) }),
      expect: { public: 401, secretariat: 303, chair: 403, delegate: 303, otherDelegate: 303, stakeholder: 403 },
    },
    { route: 'GET /analysis/take-ups/:id', path: (f) => `/analysis/take-ups/${f.tuOpen}`, expect: sides(200) },
    // Delivered without an outcome: each side passes access and is told what is missing, nothing is written.
    {
      route: 'POST /analysis/take-ups/:id/steps',
      path: (f) => `/analysis/take-ups/${f.tuOpen}/steps`,
      body: { status: 'delivered', outcome: '' },
      expect: sides(400),
    },
    { route: 'GET /api/v1/analysis/take-ups', path: '/api/v1/analysis/take-ups', expect: all(200, { public: 401 }) },
    {
      route: 'POST /api/v1/analysis/take-ups',
      path: '/api/v1/analysis/take-ups',
      body: (f: Record<string, string | number>) => ({ needId: f.tuNeed, offerId: f.tuApiOffer }),
      expect: { public: 401, secretariat: 201, chair: 403, delegate: 409, otherDelegate: 409, stakeholder: 403 },
    },
    { route: 'GET /api/v1/analysis/take-ups/:id', path: (f) => `/api/v1/analysis/take-ups/${f.tuOpen}`, expect: sides(200) },
    {
      route: 'POST /api/v1/analysis/take-ups/:id/steps',
      path: (f) => `/api/v1/analysis/take-ups/${f.tuOpen}/steps`,
      body: { status: 'delivered', outcome: '' },
      expect: sides(400),
    },
    { route: 'GET /api/v1/analysis/demand', path: '/api/v1/analysis/demand', expect: all(200, { public: 401 }) },
  ],
};
