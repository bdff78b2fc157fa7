import { tableNames, type Capability } from '../server/capability.ts';
import { access } from './access.ts';
import { seedDemo } from './demoGlobalMechanism.ts';
import { routes } from './routes.tsx';
import type { ProcessesTables } from './tables.ts';

const TABLES = ['process_bodies', 'process_cycles', 'agenda_items'] as const;

/** The processes (OEWGs, the Global Mechanism) as data: bodies, cycles, sessions, agendas. */
export const capability: Capability = {
  name: 'processes',
  routes,
  access,
  nav: [{ href: '/processes', key: 'core.nav.processes' }],
  demo: { order: 2, seed: seedDemo },
  tables: tableNames<ProcessesTables>()(TABLES),
};
