import path from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The project folder. This file sits one level below it both as source (src/paths.ts) and in the
 * bundle `accord` runs from (dist/*.js), so files found from here are found either way.
 */
export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
