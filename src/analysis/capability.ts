import { tableNames, type Capability } from '../server/capability.ts';
import { access } from './access.ts';
import { seedDemo } from './demo.ts';
import { routes } from './routes.tsx';
import { stateProfileSection, elementPageSection } from './sections.tsx';
import type { AnalysisTables } from './tables.ts';

const TABLES = ['capacity_offers', 'analysis_cycle_settings', 'capacity_take_ups', 'capacity_take_up_steps'] as const;

/** The Secretariat's compiled analysis, capacity-building offers, matches and take-up. */
export const capability: Capability = {
  name: 'analysis',
  routes,
  access,
  nav: [{ href: '/analysis', key: 'core.nav.analysis' }],
  demo: { order: 4, seed: seedDemo },
  sections: { stateProfile: [stateProfileSection], elementPage: [elementPageSection] },
  tables: tableNames<AnalysisTables>()(TABLES),
};
