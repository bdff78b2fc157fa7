import { all, type AccessSpec } from '../server/accessMatrix.ts';
import { generateDemo } from './demo.ts';

const offerForm = { providerKind: 'programme', providerName: 'Matrix programme', title: 'Matrix training offer', elements: 'cbm-poc', kinds: 'training', languages: 'en', modality: 'remote', contact: 'matrix@example.org' };
const offerJson = { ...offerForm, elements: ['cbm-poc'], kinds: ['training'], languages: ['en'] };

/** Expected status per role for every route of this capability (checked by the access-matrix test). */
export const access: AccessSpec = {
  async fixtures(db) {
    const g = await generateDemo(db, { states: 8, cycles: 2, offers: 4, seed: 5 });
    return { analysisCycle: g.cycles.at(-1)! };
  },
  rows: [
    { route: 'GET /analysis', path: '/analysis', expect: all(200) },
    { route: 'GET /analysis/cycles/:id', path: (f) => `/analysis/cycles/${f.analysisCycle}?region=weog`, expect: all(200) },
    { route: 'POST /analysis/cycles/:id/settings', path: (f) => `/analysis/cycles/${f.analysisCycle}/settings`, body: { series: 'DEMO', minReports: '5' }, expect: all(403, { public: 401, secretariat: 303 }) },
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
    { route: 'GET /api/v1/analysis/matches', path: '/api/v1/analysis/matches', expect: all(200, { public: 401 }) },
    { route: 'GET /api/v1/analysis/demand', path: '/api/v1/analysis/demand', expect: all(200, { public: 401 }) },
  ],
};
