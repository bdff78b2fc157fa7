import { Hono } from 'hono';
import type { AppEnv } from '../server/context.ts';
import { api } from './api.ts';
import { matchPages } from './pages/matches.tsx';
import { offerPages } from './pages/offers.tsx';
import { pages } from './pages/analysis.tsx';
import { takeUpPages } from './pages/takeUps.tsx';

/** The compiled analysis, capacity-building offers and matches: pages and JSON API. */
export const routes = new Hono<AppEnv>();
routes.route('/', pages);
routes.route('/', offerPages);
routes.route('/', matchPages);
routes.route('/', takeUpPages);
routes.route('/', api);
