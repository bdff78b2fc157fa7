import type { Db } from '../db/engine.ts';

/** The roles the access-matrix test signs in as. */
export const MATRIX_ROLES = ['public', 'secretariat', 'chair', 'delegate', 'otherDelegate', 'stakeholder'] as const;
export type MatrixRole = (typeof MATRIX_ROLES)[number];

/**
 * One expected row of the access matrix: a route (as Hono registers it), a concrete request, and the
 * status each role must get. `delegate` is the delegate of the State that owns the fixtures (NZL);
 * `otherDelegate` is a delegate of another State (FRA).
 */
export interface AccessRow {
  route: string; // "GET /api/v1/elements/:id"
  path: string | ((f: Record<string, string | number>) => string);
  body?: unknown | ((f: Record<string, string | number>) => unknown);
  expect: Record<MatrixRole, number>;
}

/** Each capability's access.ts exports one of these; fixtures are created once on the test database. */
export interface AccessSpec {
  fixtures?: (db: Db) => Promise<Record<string, string | number>>;
  rows: AccessRow[];
}

/** Same status for everyone, then exceptions. */
export const all = (status: number, except: Partial<Record<MatrixRole, number>> = {}): Record<MatrixRole, number> =>
  Object.fromEntries(MATRIX_ROLES.map((r) => [r, except[r] ?? status])) as Record<MatrixRole, number>;
