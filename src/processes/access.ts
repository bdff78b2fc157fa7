import { systemActor } from '../accounts/actor.ts';
import { all, type AccessSpec, type MatrixRole } from '../server/accessMatrix.ts';
import { createSession } from './commands/createSession.ts';

// Processes, their bodies, cycles and sessions are public reference data; the Secretariat shapes them.
const secretariat = (ok: number): Record<MatrixRole, number> => all(403, { public: 401, secretariat: ok });

export const access: AccessSpec = {
  async fixtures(db) {
    // A session far in the future, so no cycle another fixture opens contains it.
    const s = await createSession(db, systemActor('access-matrix fixtures'), 'oewg-2019-2021', {
      body: 'plenary',
      number: 901,
      title: 'Matrix session for agenda items',
      startsOn: '2091-03-01',
      endsOn: '2091-03-02',
    });
    return { processSession: s.id };
  },
  rows: [
    { route: 'GET /processes', path: '/processes', expect: all(200) },
    { route: 'GET /processes/:slug', path: '/processes/global-mechanism', expect: all(200) },
    {
      route: 'POST /processes/:slug/cycles',
      path: '/processes/oewg-2019-2021/cycles',
      body: { title: 'Matrix cycle from the form', startsOn: '2092-01-01', endsOn: '2092-12-31' },
      expect: secretariat(303),
    },
    {
      route: 'POST /processes/:slug/bodies',
      path: '/processes/oewg-2019-2021/bodies',
      body: { kind: 'intersessional', title: 'Matrix body from the form' },
      expect: secretariat(303),
    },
    {
      route: 'POST /processes/:slug/sessions',
      path: '/processes/oewg-2019-2021/sessions',
      body: { body: 'plenary', title: 'Matrix session from the form', startsOn: '2093-01-05', endsOn: '2093-01-06' },
      expect: secretariat(303),
    },
    {
      route: 'POST /processes/:slug/sessions/:id/agenda-items',
      path: (f) => `/processes/oewg-2019-2021/sessions/${f.processSession}/agenda-items`,
      body: { number: '1', title: 'Matrix item from the form' },
      expect: secretariat(303),
    },
    { route: 'GET /api/v1/processes', path: '/api/v1/processes', expect: all(200) },
    { route: 'GET /api/v1/processes/:slug', path: '/api/v1/processes/global-mechanism', expect: all(200) },
    {
      route: 'POST /api/v1/processes/:slug/cycles',
      path: '/api/v1/processes/oewg-2019-2021/cycles',
      body: { title: 'Matrix cycle from the API', startsOn: '2094-01-01', endsOn: '2094-12-31' },
      expect: secretariat(201),
    },
    {
      route: 'POST /api/v1/processes/:slug/bodies',
      path: '/api/v1/processes/oewg-2019-2021/bodies',
      body: { kind: 'dtg', title: 'Matrix thematic group from the API', theme: 'Matrix theme' },
      expect: secretariat(201),
    },
    {
      route: 'POST /api/v1/processes/:slug/sessions',
      path: '/api/v1/processes/oewg-2019-2021/sessions',
      body: {
        body: 'plenary',
        title: 'Matrix session from the API',
        startsOn: '2095-01-05',
        endsOn: '2095-01-06',
        agendaItems: [{ number: '1', title: 'Opening' }],
      },
      expect: secretariat(201),
    },
    {
      route: 'POST /api/v1/processes/:slug/sessions/:id/agenda-items',
      path: (f) => `/api/v1/processes/oewg-2019-2021/sessions/${f.processSession}/agenda-items`,
      body: { number: '2', title: 'Matrix item from the API' },
      expect: secretariat(201),
    },
  ],
};
