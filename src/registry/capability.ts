import { tableNames, type Capability } from '../server/capability.ts';
import { access } from './access.ts';
import { stateProfileSection } from './pages/pointsOfContact.tsx';
import { seedDemo } from './demo.ts';
import { followUpJob } from './commands/followUpCommunicationCheck.ts';
import { elementPageSection } from './pages/mechanisms.tsx';
import { routes } from './routes.tsx';
import type { RegistryTables } from './tables.ts';

const TABLES = [
  'mechanisms',
  'mechanism_revisions',
  'mechanism_current',
  'points_of_contact',
  'point_of_contact_revisions',
  'points_of_contact_current',
  'communication_checks',
  'communications',
  'ack_requests',
  'ack_attempts',
] as const;

/** Existing mechanisms, the restricted directory of points of contact, and communication checks. */
export const capability: Capability = {
  name: 'registry',
  routes,
  access,
  nav: [
    { href: '/mechanisms', key: 'core.nav.mechanisms' },
    { href: '/points-of-contact', key: 'core.nav.pointsOfContact' },
  ],
  demo: { order: 7, seed: seedDemo },
  sections: { stateProfile: [stateProfileSection], elementPage: [elementPageSection] },
  // The automatic follow-up of a communication check's non-responders.
  // 'ping.follow_up' is the kind queued before migrations/0509_communication_checks.sql: such jobs still run.
  jobs: { 'communicationCheck.follow_up': followUpJob, 'ping.follow_up': followUpJob },
  tables: tableNames<RegistryTables>()(TABLES),
};
