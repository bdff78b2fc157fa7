import { tableNames, type Capability } from '../server/capability.ts';
import { access } from './access.ts';
import { routes } from './routes.tsx';
import type { ThematicGroupsTables } from './tables.ts';

const TABLES = ['meeting_facilitators', 'guiding_questions'] as const;

/** The Global Mechanism's dedicated thematic groups: facilitators, guiding questions, summaries. */
export const capability: Capability = {
  name: 'thematicGroups',
  routes,
  access,
  tables: tableNames<ThematicGroupsTables>()(TABLES),
};
