import { all, type AccessSpec } from '../server/accessMatrix.ts';

// A delegation's tasks: its delegates only. The public must sign in; other roles are refused.
const delegates = all(403, { public: 401, delegate: 200, otherDelegate: 200 });

export const access: AccessSpec = {
  rows: [
    { route: 'GET /tasks', path: '/tasks', expect: delegates },
    { route: 'GET /api/v1/tasks', path: '/api/v1/tasks', expect: delegates },
  ],
};
