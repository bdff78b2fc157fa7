import { Hono } from 'hono';
import type { AppEnv } from '../server/context.ts';
import { api } from './api.ts';
import { contactRoutes } from './contactRoutes.tsx';
import { mechanismRoutes } from './mechanismRoutes.tsx';
import { pingRoutes } from './pingRoutes.tsx';

/** This capability's pages and JSON API: the registry of mechanisms, the POC directory, checks and communications. */
export const routes = new Hono<AppEnv>()
  .route('/', mechanismRoutes)
  .route('/', pingRoutes)
  .route('/', contactRoutes)
  .route('/', api);
