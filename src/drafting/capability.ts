import { tableNames, type Capability } from '../server/capability.ts';
import { access } from './access.ts';
import { seedDemo } from './demo.ts';
import { routes } from './routes.tsx';
import type { DraftingTables } from './tables.ts';

const TABLES = [
  'agreed_language_documents',
  'agreed_language_paragraphs',
  'drafts',
  'draft_versions',
  'draft_paragraphs',
  'amendments',
  'amendment_sponsors',
  'amendment_reactions',
  'draft_changes',
  'draft_comments',
] as const;

/** The consensus report: drafts, versions, checks, amendments and agreed language. */
export const capability: Capability = {
  name: 'drafting',
  routes,
  access,
  nav: [{ href: '/drafts', key: 'core.nav.drafts' }],
  demo: { order: 5, seed: seedDemo },
  tables: tableNames<DraftingTables>()(TABLES),
};
