import { Hono } from 'hono';
import type { AppEnv } from '../server/context.ts';
import { apiRoutes } from './api.ts';
import { formRoutes } from './pages/forms.tsx';

/** This capability's pages and JSON API. */
export const routes = new Hono<AppEnv>().route('/', formRoutes).route('/', apiRoutes);
