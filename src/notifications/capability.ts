import { tableNames, type Capability } from '../server/capability.ts';
import type { NotificationsTables } from './tables.ts';

const TABLES = ['outbound_emails', 'notices'] as const;

/** Notices and the mail outbox. */
export const capability: Capability = {
  name: 'notifications',
  // Queued email is sent after the writes that queued it commit, with no transaction open while the
  // mail server answers. Imported when first run: nothing else needs the SMTP client at start.
  untransactedJobs: {
    'mail.deliver': async (db, _payload, { now }) => {
      await (await import('./deliver.ts')).deliverQueued(db, { now });
    },
  },
  tables: tableNames<NotificationsTables>()(TABLES),
};
