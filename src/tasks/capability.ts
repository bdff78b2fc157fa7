import type { Capability } from '../server/capability.ts';
import { access } from './access.ts';
import { routes } from './routes.tsx';

/** Each person's tasks across capabilities. */
export const capability: Capability = {
  name: 'tasks',
  routes,
  access,
  tables: [],
};
