import { Hono } from 'hono';
import type { AppEnv } from '../server/context.ts';
import { api } from './api.ts';
import { cycleIndex } from './pages/cycleIndex.tsx';
import { cyclePage } from './pages/cycle.tsx';
import { cyclePages } from './pages/cycles.tsx';
import { reviewPages } from './pages/review.tsx';
import { reportPages } from './pages/reports.tsx';
import { reportEditPages } from './pages/reportEdit.tsx';
import { revisionPages } from './pages/revisions.tsx';
import { importPages } from './pages/imports.tsx';

/** National implementation reports: cycles, questionnaire, drafts, revisions, receipts, imports and exports. */
export const routes = new Hono<AppEnv>();
routes.route('/', cycleIndex);
routes.route('/', cyclePage);
routes.route('/', cyclePages);
routes.route('/', reportPages);
routes.route('/', reportEditPages);
routes.route('/', revisionPages);
routes.route('/', importPages);
routes.route('/', reviewPages);
routes.route('/', api);
