import path from 'node:path';
import { ROOT } from '../paths.ts';
import { tableNames, type Capability } from '../server/capability.ts';
import { access } from './access.ts';
import { seedDemo } from './demo.ts';
import { routes } from './routes.tsx';
import { stateProfileSection, elementPageSection } from './sections.tsx';
import type { ReportingTables } from './tables.ts';

const TABLES = [
  'reporting_cycles',
  'reporting_expected_states',
  'national_reports',
  'national_report_revisions',
  'national_report_capacity_needs',
  'national_report_translations',
  'reporting_reminders',
  'national_report_imports',
  'reporting_template_keys',
  'reporting_validation_rules',
] as const;

/** States' national reports over reporting cycles. */
export const capability: Capability = {
  name: 'reporting',
  routes,
  access,
  nav: [{ href: '/reporting', key: 'core.nav.reporting' }],
  demo: { order: 3, seed: seedDemo },
  sections: { stateProfile: [stateProfileSection], elementPage: [elementPageSection] },
  // The report form's script: unsaved-changes warning and autosave (no inline script under the CSP).
  assets: [{ name: 'report-form.js', file: path.join(ROOT, 'src/server/assets/reportForm.js'), type: 'text/javascript; charset=utf-8' }],
  tables: tableNames<ReportingTables>()(TABLES),
};
