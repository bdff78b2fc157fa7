import { Hono } from 'hono';
import type { AppEnv } from '../server/context.ts';
import { api } from './api.ts';
import { cycleIndex } from './cycleIndex.tsx';
import { cyclePage } from './cyclePage.tsx';
import { cyclePages } from './cyclePages.tsx';
import { reviewPages } from './reviewPages.tsx';
import { reportPages } from './reportPages.tsx';

/** National implementation reports: cycles, questionnaire, drafts, revisions, receipts, imports and exports. */
export const routes = new Hono<AppEnv>();
routes.route('/', cycleIndex);
routes.route('/', cyclePage);
routes.route('/', cyclePages);
routes.route('/', reportPages);
routes.route('/', reviewPages);
routes.route('/', api);
