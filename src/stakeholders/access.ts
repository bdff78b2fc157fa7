import type { AccessSpec } from '../server/accessMatrix.ts';

/** Expected status per role for every route of this capability (checked by the access-matrix test). */
export const access: AccessSpec = { rows: [] };
