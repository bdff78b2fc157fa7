import { Hono } from 'hono';
import type { AppEnv } from '../server/context.ts';

/** This capability's pages and JSON API. */
export const routes = new Hono<AppEnv>();
