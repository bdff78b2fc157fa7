import { tableNames, type Capability } from '../server/capability.ts';
import { access } from './access.ts';
import { routes } from './routes.tsx';
import type { AccountsTables } from './tables.ts';

const TABLES = ['users', 'sign_in_sessions', 'api_tokens', 'audit_events'] as const;

/** Sign-in, accounts, personal API tokens and the audit log. */
export const capability: Capability = {
  name: 'accounts',
  routes,
  access,
  tables: tableNames<AccountsTables>()(TABLES),
};
