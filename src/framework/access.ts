import { all, type AccessSpec } from '../server/accessMatrix.ts';

export const access: AccessSpec = {
  rows: [
    { route: 'GET /framework', path: '/framework', expect: all(200) },
    { route: 'GET /framework/elements/:id', path: '/framework/elements/norm-f', expect: all(200) },
    { route: 'GET /api/v1/framework', path: '/api/v1/framework', expect: all(200) },
    { route: 'GET /api/v1/framework/elements/:id', path: '/api/v1/framework/elements/law-ihl', expect: all(200) },
    { route: 'GET /api/v1/stance-questions', path: '/api/v1/stance-questions', expect: all(200) },
    {
      route: 'POST /api/v1/stance-questions', path: '/api/v1/stance-questions',
      body: { id: 'matrix-question', question: 'Is this question added only by the Secretariat?', pillarId: 'norms' },
      expect: all(403, { public: 401, secretariat: 201 }),
    },
  ],
};
