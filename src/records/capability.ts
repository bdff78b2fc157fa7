import { tableNames, type Capability } from '../server/capability.ts';
import { access } from './access.ts';
import { seedDemo } from './demo.ts';
import { routes } from './routes.tsx';
import { elementPageSection, stateProfileSection } from './sections.tsx';
import type { RecordsTables } from './tables.ts';

const TABLES = [
  'processes',
  'meeting_sessions',
  'meetings',
  'source_documents',
  'statements',
  'unattributed_sentences',
  'statement_paragraphs',
  'statement_tags',
  'statement_stances',
  'proposals',
  'proposal_supporters',
  'record_corrections',
  'classifier_models',
] as const;

/** Meeting records: who said what, on which pillar, with which position and proposal. */
export const capability: Capability = {
  name: 'records',
  routes,
  access,
  nav: [{ href: '/meetings', key: 'core.nav.meetings' }],
  demo: { order: 1, seed: seedDemo },
  sections: { stateProfile: [stateProfileSection], elementPage: [elementPageSection] },
  tables: tableNames<RecordsTables>()(TABLES),
};
