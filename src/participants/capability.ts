import { tableNames, type Capability } from '../server/capability.ts';
import { access } from './access.ts';
import { routes } from './routes.tsx';
import type { ParticipantsTables } from './tables.ts';

const TABLES = ['regional_groups', 'organisations', 'states', 'state_memberships', 'stakeholder_organisations'] as const;

/** States, groups and organisations, and each State's profile page. */
export const capability: Capability = {
  name: 'participants',
  routes,
  access,
  nav: [{ href: '/states', key: 'core.nav.states' }],
  tables: tableNames<ParticipantsTables>()(TABLES),
};
