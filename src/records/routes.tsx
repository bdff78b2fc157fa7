import { Hono } from 'hono';
import type { AppEnv } from '../server/context.ts';
import { api } from './api.ts';
import { meetingPages } from './pages/meetings.tsx';
import { positionPages } from './pages/positions.tsx';
import { reviewPages } from './pages/review.tsx';

/** This capability's pages and JSON API. */
export const routes = new Hono<AppEnv>().route('/', meetingPages).route('/', reviewPages).route('/', positionPages).route('/', api);
