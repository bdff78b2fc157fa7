import { tableNames, type Capability } from '../server/capability.ts';
import { access } from './access.ts';
import { elementPageSection } from './pages/contributions.tsx';
import { seedDemo } from './demo.ts';
import { jobs } from './jobs.ts';
import { routes } from './routes.tsx';
import type { StakeholdersTables } from './tables.ts';

const TABLES = [
  'accreditation_applications',
  'accreditation_status_history',
  'accreditation_objections',
  'stakeholder_contributions',
  'stakeholder_modalities',
  'process_accreditations',
  'stakeholder_representatives',
  'interest_subscribers',
  'interest_tokens',
] as const;

/** Accreditation of stakeholders, their modalities, representatives and contributions. */
export const capability: Capability = {
  name: 'stakeholders',
  routes,
  access,
  nav: [{ href: '/stakeholders', key: 'core.nav.stakeholders' }],
  demo: { order: 6, seed: seedDemo },
  sections: { elementPage: [elementPageSection] },
  jobs,
  tables: tableNames<StakeholdersTables>()(TABLES),
};
