import { Hono } from 'hono';
import type { AppEnv } from '../server/context.ts';
import { api } from './api.ts';
import { contactRoutes } from './pages/pointsOfContact.tsx';
import { mechanismRoutes } from './pages/mechanisms.tsx';
import { communicationCheckRoutes } from './pages/communicationChecks.tsx';

/** This capability's pages and JSON API: the registry of mechanisms, the POC directory, checks and communications. */
export const routes = new Hono<AppEnv>().route('/', mechanismRoutes).route('/', communicationCheckRoutes).route('/', contactRoutes).route('/', api);
