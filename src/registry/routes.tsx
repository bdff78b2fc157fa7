import { Hono } from 'hono';
import type { AppEnv } from '../server/context.ts';
import { api } from './api.ts';
import { pointOfContactRoutes } from './pages/pointsOfContact.tsx';
import { mechanismRoutes } from './pages/mechanisms.tsx';
import { communicationCheckRoutes } from './pages/communicationChecks.tsx';
import { movedPages } from './pages/moved.ts';

/** This capability's pages and JSON API: the registry of mechanisms, the points-of-contact directory, checks and communications. */
export const routes = new Hono<AppEnv>()
  .route('/', mechanismRoutes)
  .route('/', communicationCheckRoutes)
  .route('/', pointOfContactRoutes)
  .route('/', movedPages)
  .route('/', api);
