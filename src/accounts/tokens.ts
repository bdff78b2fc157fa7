import crypto from 'node:crypto';

/**
 * Random bytes come from a pool refilled 8 KB at a time: every anonymous page view needs a fresh
 * CSRF secret, and one getrandom call per request was a measurable share of a page's cost.
 */
const POOL_SIZE = 8192;
let pool = Buffer.alloc(0);
let offset = 0;
function randomBytes(n: number): Buffer {
  if (offset + n > pool.length) {
    pool = crypto.randomBytes(POOL_SIZE);
    offset = 0;
  }
  const out = pool.subarray(offset, offset + n);
  offset += n;
  return out;
}

/** A random secret for a cookie or an API token; only its digest is stored. */
export const newSecret = (prefix = '') => prefix + randomBytes(32).toString('base64url');
export const digest = (secret: string) => crypto.createHash('sha256').update(secret).digest('hex');
