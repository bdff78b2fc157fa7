import { all, type AccessSpec } from '../server/accessMatrix.ts';

export const access: AccessSpec = {
  rows: [
    { route: 'GET /states', path: '/states?group=weog', expect: all(200) },
    { route: 'GET /states/:iso3', path: '/states/NZL', expect: all(200) },
    { route: 'GET /states/compare', path: '/states/compare?states=NZL,FRA,MEX', expect: all(200) },
    { route: 'GET /api/v1/states/compare', path: '/api/v1/states/compare?states=NZL,FRA', expect: all(200) },
    { route: 'GET /api/v1/states', path: '/api/v1/states', expect: all(200) },
    { route: 'GET /api/v1/states/:iso3', path: '/api/v1/states/FRA', expect: all(200) },
    { route: 'GET /api/v1/regional-groups', path: '/api/v1/regional-groups', expect: all(200) },
    { route: 'GET /api/v1/organisations', path: '/api/v1/organisations', expect: all(200) },
    { route: 'GET /api/v1/resolve', path: '/api/v1/resolve?text=the%20Russian%20delegate', expect: all(200) },
  ],
};
