import { Hono } from 'hono';
import type { AppEnv } from '../server/context.ts';
import { api } from './api.ts';
import { pointOfContactRoutes } from './pages/pointsOfContact.tsx';
import { duplicationRoutes } from './pages/duplication.tsx';
import { mechanismRoutes } from './pages/mechanisms.tsx';
import { acknowledgementRoutes } from './pages/acknowledgements.tsx';
import { communicationCheckRoutes } from './pages/communicationChecks.tsx';
import { communicationRoutes } from './pages/communications.tsx';
import { movedPages } from './pages/moved.ts';

/** This capability's pages and JSON API: the registry of mechanisms, the points-of-contact directory, checks and communications. */
export const routes = new Hono<AppEnv>()
  .route('/', duplicationRoutes)
  .route('/', mechanismRoutes)
  .route('/', communicationCheckRoutes)
  .route('/', communicationRoutes)
  .route('/', acknowledgementRoutes)
  .route('/', pointOfContactRoutes)
  .route('/', movedPages)
  .route('/', api);
