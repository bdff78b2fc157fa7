import { tableNames, type Capability } from '../server/capability.ts';
import { access } from './access.ts';
import { routes } from './routes.tsx';
import { elementPageSection } from './pages/framework.tsx';
import type { FrameworkTables } from './tables.ts';

const TABLES = ['framework_versions', 'process_frameworks', 'element_mappings', 'pillars', 'elements', 'stance_questions'] as const;

/** The agreed framework: versions, pillars, norms, stance questions and the mapping between versions. */
export const capability: Capability = {
  name: 'framework',
  routes,
  access,
  nav: [{ href: '/framework', key: 'core.nav.framework' }],
  sections: { elementPage: [elementPageSection] },
  tables: tableNames<FrameworkTables>()(TABLES),
};
