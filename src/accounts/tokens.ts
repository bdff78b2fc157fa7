import crypto from 'node:crypto';

/** A random secret for a cookie or an API token; only its digest is stored. */
export const newSecret = (prefix = '') => prefix + crypto.randomBytes(32).toString('base64url');
export const digest = (secret: string) => crypto.createHash('sha256').update(secret).digest('hex');
