import { Hono } from 'hono';
import type { AppEnv } from '../server/context.ts';
import { cyclesApi } from './api/cycles.ts';
import { exportsApi } from './api/exports.ts';
import { importsApi } from './api/imports.ts';
import { reportsApi } from './api/reports.ts';

/** The reporting JSON API under /api/v1/reporting/… and /api/v1/reports/…, one file per resource in api/. */
export const api = new Hono<AppEnv>().route('/', cyclesApi).route('/', reportsApi).route('/', exportsApi).route('/', importsApi);
