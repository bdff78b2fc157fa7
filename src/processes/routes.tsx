import { Hono } from 'hono';
import type { AppEnv } from '../server/context.ts';
import { api } from './api.ts';
import { pages } from './pages/processes.tsx';

/** Processes as data: the pages (/processes…) and the JSON API (/api/v1/processes…). */
export const routes = new Hono<AppEnv>().route('/', pages).route('/', api);
