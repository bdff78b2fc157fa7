import { all, type AccessSpec } from '../server/accessMatrix.ts';

export const access: AccessSpec = {
  rows: [
    { route: 'GET /login', path: '/login', expect: all(200) },
    // Wrong credentials for everyone: 401, and the sixth attempt on one email is rate limited.
    { route: 'POST /login', path: '/login', body: { email: 'nobody@accord.test', password: 'wrong-password' }, expect: all(401, { stakeholder: 429 }) },
    { route: 'POST /logout', path: '/logout', expect: all(303) },
    { route: 'GET /account', path: '/account', expect: all(200, { public: 401 }) },
    {
      route: 'POST /account/password',
      path: '/account/password',
      body: { current: 'wrong-password', next: 'another-password-1' },
      expect: all(400, { public: 401 }),
    },
    { route: 'POST /account/tokens', path: '/account/tokens', body: { name: 'matrix' }, expect: all(200, { public: 401 }) },
    { route: 'POST /account/tokens/:id/revoke', path: '/account/tokens/999999/revoke', expect: all(404, { public: 401 }) },
    { route: 'GET /admin/audit', path: '/admin/audit', expect: all(403, { public: 401, secretariat: 200 }) },
    { route: 'GET /api/v1/audit', path: '/api/v1/audit', expect: all(403, { public: 401, secretariat: 200 }) },
    { route: 'GET /api/v1/me', path: '/api/v1/me', expect: all(200, { public: 401 }) },
    { route: 'GET /api/v1/users', path: '/api/v1/users', expect: all(403, { public: 401, secretariat: 200 }) },
    {
      route: 'POST /api/v1/users',
      path: '/api/v1/users',
      body: { email: 'new-user@accord.test', displayName: 'New', password: 'a-long-password', role: 'chair' },
      expect: all(403, { public: 401, secretariat: 201 }),
    },
    { route: 'POST /api/v1/tokens', path: '/api/v1/tokens', body: { name: 'matrix' }, expect: all(201, { public: 401 }) },
  ],
};
