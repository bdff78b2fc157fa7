import { Hono } from 'hono';
import type { AppEnv } from '../server/context.ts';
import { api } from './api.ts';
import { pages } from './pages/thematicGroups.tsx';

/** The capability's pages and its JSON API, mounted together (see capability.ts). */
export const routes = new Hono<AppEnv>().route('/', pages).route('/', api);
