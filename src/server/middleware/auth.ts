import type { MiddlewareHandler } from 'hono';
import { setCookie } from 'hono/cookie';
import { ANONYMOUS } from '../../accounts/actor.ts';
import { loadApiToken, loadSession } from '../../accounts/signIn.ts';
import { newSecret } from '../../accounts/tokens.ts';
import { AppError } from '../../foundation/errors.ts';
import type { AppEnv, Ctx } from '../context.ts';
import { requestCookie, requestHeader } from '../requestHeaders.ts';

export const SESSION_COOKIE = 'accord_session';
export const CSRF_COOKIE = 'accord_csrf';

/**
 * Works out who is asking: a Bearer API token, else a session cookie, else the public. An expired
 * or unknown session simply means the public; pages that need more answer 401 through the policy.
 */
export const authenticate: MiddlewareHandler<AppEnv> = async (c, next) => {
  const db = c.get('db');
  const bearer = requestHeader(c, 'authorization')?.match(/^Bearer\s+(\S+)$/i)?.[1];
  c.set('sessionId', null);
  if (bearer) {
    const actor = await loadApiToken(db, bearer);
    if (!actor) throw new AppError('auth.invalid_token', 401, 'The API token is unknown or revoked. Create a new one on your account page.');
    c.set('actor', actor);
    c.set('csrf', '');
    return next();
  }
  const token = requestCookie(c, SESSION_COOKIE);
  const session = token ? await loadSession(db, token) : null;
  if (session) {
    c.set('actor', session.actor);
    c.set('csrf', session.csrf);
    c.set('sessionId', session.sessionId);
  } else {
    // A visitor's CSRF token is their double-submit cookie. One who has none gets it only when a page
    // renders a form (csrfToken below): setting a cookie on every anonymous page view cost a fifth of
    // a bare route's throughput, and only the sign-in form needs it.
    const csrf = requestCookie(c, CSRF_COOKIE);
    c.set('actor', ANONYMOUS);
    c.set('csrf', csrf && csrf.length >= 20 ? csrf : '');
  }
  await next();
};

/**
 * The CSRF token a form on this page must echo. For a visitor who has no token yet, one is made now
 * and sent as the double-submit cookie with this response, so the sign-in form is protected too.
 */
export function csrfToken(c: Ctx): string {
  let csrf = c.get('csrf');
  if (!csrf && c.get('actor').kind === 'anonymous') {
    csrf = newSecret();
    setCookie(c, CSRF_COOKIE, csrf, { path: '/', sameSite: 'Lax', httpOnly: true, secure: c.get('config').secureCookies });
    c.set('csrf', csrf);
  }
  return csrf;
}

const SAFE = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * Every state-changing request from a browser must echo the CSRF token (form field `_csrf` or header
 * `X-CSRF-Token`). Token-authenticated API calls carry no ambient authority and need none.
 */
export const csrfProtection: MiddlewareHandler<AppEnv> = async (c, next) => {
  if (SAFE.has(c.req.method) || (c.get('actor').kind === 'user' && (c.get('actor') as { viaToken?: boolean }).viaToken)) return next();
  let sent = c.req.header('x-csrf-token');
  if (!sent) {
    const type = c.req.header('content-type') ?? '';
    if (/^(application\/x-www-form-urlencoded|multipart\/form-data)/i.test(type)) {
      const form = await c.req.parseBody();
      sent = typeof form._csrf === 'string' ? form._csrf : undefined;
    }
  }
  if (!sent || sent !== c.get('csrf')) {
    throw new AppError('auth.csrf_failed', 403, 'This form has expired or did not come from Accord. Reload the page and try again.');
  }
  await next();
};
