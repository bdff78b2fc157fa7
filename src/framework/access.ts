import { systemActor } from '../accounts/actor.ts';
import { all, type AccessSpec, type MatrixRole } from '../server/accessMatrix.ts';
import { createFrameworkVersion } from './commands/createFrameworkVersion.ts';

const secretariat = (ok: number): Record<MatrixRole, number> => all(403, { public: 401, secretariat: ok });

export const access: AccessSpec = {
  async fixtures(db) {
    const s = systemActor('access-matrix fixtures');
    // One version to revise (nothing uses it) and one to map into, copied from the Global Mechanism's.
    await createFrameworkVersion(db, s, { id: 'matrix-put', title: 'Matrix version to revise', copyFrom: 'global-mechanism' });
    await createFrameworkVersion(db, s, {
      id: 'matrix-map',
      title: 'Matrix version to map into',
      predecessor: 'global-mechanism',
      copyFrom: 'global-mechanism',
    });
    return {};
  },
  rows: [
    { route: 'GET /framework', path: '/framework', expect: all(200) },
    { route: 'GET /framework/elements/:id', path: '/framework/elements/norm-f', expect: all(200) },
    { route: 'GET /framework/versions/:version/elements/:id', path: '/framework/versions/global-mechanism/elements/gm-stakeholders', expect: all(200) },
    { route: 'GET /framework/versions', path: '/framework/versions', expect: all(200) },
    {
      route: 'POST /framework/versions',
      path: '/framework/versions',
      body: { id: 'matrix-form', title: 'Matrix version from the form', copyFrom: 'oewg-2025' },
      expect: secretariat(303),
    },
    { route: 'GET /framework/versions/:version', path: '/framework/versions/global-mechanism', expect: all(200) },
    {
      route: 'POST /framework/versions/:version/mappings',
      path: '/framework/versions/matrix-map/mappings',
      body: { fromElement: 'norm-b', toElement: 'norm-b', relation: 'same' },
      expect: secretariat(303),
    },
    { route: 'GET /api/v1/framework', path: '/api/v1/framework', expect: all(200) },
    { route: 'GET /api/v1/framework/elements/:id', path: '/api/v1/framework/elements/law-ihl', expect: all(200) },
    { route: 'GET /api/v1/framework-versions', path: '/api/v1/framework-versions', expect: all(200) },
    {
      route: 'POST /api/v1/framework-versions',
      path: '/api/v1/framework-versions',
      body: { id: 'matrix-api', title: 'Matrix version from the API', copyFrom: 'oewg-2025' },
      expect: secretariat(201),
    },
    { route: 'GET /api/v1/framework-versions/:version', path: '/api/v1/framework-versions/global-mechanism', expect: all(200) },
    {
      route: 'PUT /api/v1/framework-versions/:version',
      path: '/api/v1/framework-versions/matrix-put',
      body: {
        pillars: [{ id: 'norms', title: 'Norms only' }],
        elements: [{ id: 'norm-x', pillar: 'norms', title: 'A matrix norm', source: { symbol: 'A/1', paragraph: '1' } }],
      },
      expect: secretariat(200),
    },
    {
      route: 'POST /api/v1/framework-versions/:version/mappings',
      path: '/api/v1/framework-versions/matrix-map/mappings',
      body: { mappings: [{ fromElement: 'norm-a', toElement: 'norm-a', relation: 'same' }] },
      expect: secretariat(201),
    },
    { route: 'GET /api/v1/stance-questions', path: '/api/v1/stance-questions', expect: all(200) },
    {
      route: 'POST /api/v1/stance-questions',
      path: '/api/v1/stance-questions',
      body: { id: 'matrix-question', question: 'Is this question added only by the Secretariat?', pillarId: 'norms' },
      expect: all(403, { public: 401, secretariat: 201 }),
    },
  ],
};
