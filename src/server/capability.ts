import type { Hono } from 'hono';
import type { Db } from '../db/engine.ts';
import type { AccessSpec } from './accessMatrix.ts';
import type { AppEnv } from './context.ts';
import type { JobHandler, UntransactedJobHandler } from './jobs.ts';
import type { Section } from './sections.ts';

/**
 * What a capability brings to the platform, in one object: its pages and API, who may use each
 * route, where it sits in the navigation, its demo content, the sections it adds to pages other
 * capabilities own, its background jobs and the tables it owns. `src/capabilities.ts` lists every
 * capability once; the app, the access matrix, the navigation, the demo, the job runner and the
 * page sections are all derived from that list, so a capability is added or removed in one place.
 *
 * Its messages are `src/<name>/locales/<lang>.json` with keys `<name>.*` (src/i18n/load.ts reads
 * them before any capability loads; src/capabilities.test.ts checks folders and list agree).
 */
export interface Capability {
  /** The folder's name, which is also its message namespace and its audit/log label. */
  name: string;
  /** Pages and JSON API, mounted at `/` in list order (the order matters only for equal paths). */
  routes?: Hono<AppEnv>;
  /** The route × role rows of the access matrix (src/server/access-matrix.test.ts). */
  access?: AccessSpec;
  /** Entries of the top navigation, in list order. `key` is a message key. */
  nav?: Array<{ href: string; key: string }>;
  /** Demo content for a first start; `order` sorts seeders, as later ones build on earlier ones. */
  demo?: { order: number; seed: (db: Db) => Promise<unknown> };
  /** Sections added to a State's profile and to a framework element's page. */
  sections?: { stateProfile?: Section[]; elementPage?: Section[] };
  /** Background job handlers by job kind (each runs in its own transaction). */
  jobs?: Record<string, JobHandler>;
  /** Job handlers that must run outside a transaction (they talk to the network). */
  untransactedJobs?: Record<string, UntransactedJobHandler>;
  /** Static files served under /assets/. */
  assets?: Array<{ name: string; file: string; type: string }>;
  /** The tables the capability owns (its tables.ts); checked against the migrated database. */
  tables: readonly string[];
}

/**
 * The names of a tables.ts interface's tables, checked by the compiler to be exactly its keys:
 * a table added to the interface and not listed here (or listed and not declared) does not compile.
 * @example tableNames<RecordsTables>()(['meetings', 'statements'])
 */
export const tableNames =
  <T>() =>
  <const K extends readonly (keyof T & string)[]>(
    names: K & ([Exclude<keyof T, K[number]>] extends [never] ? unknown : { missing: Exclude<keyof T, K[number]> }),
  ): readonly string[] =>
    names;
