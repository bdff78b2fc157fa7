import type { AccessSpec } from '../server/accessMatrix.ts';

export const access: AccessSpec = {
  rows: [],
};
