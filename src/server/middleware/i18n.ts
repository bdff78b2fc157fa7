import type { MiddlewareHandler } from 'hono';
import { setCookie } from 'hono/cookie';
import { isLang, negotiate, translator } from '../../i18n/index.ts';
import type { AppEnv } from '../context.ts';
import { requestCookie, requestHeader } from '../requestHeaders.ts';

/** Language from ?lang= (remembered in a cookie), then the cookie, then Accept-Language. */
export const i18n: MiddlewareHandler<AppEnv> = async (c, next) => {
  const asked = c.req.query('lang');
  let lang = isLang(asked) ? asked : undefined;
  if (lang) setCookie(c, 'accord_lang', lang, { path: '/', sameSite: 'Lax', maxAge: 365 * 24 * 3600 });
  else {
    const cookie = requestCookie(c, 'accord_lang');
    lang = isLang(cookie) ? cookie : negotiate(requestHeader(c, 'accept-language'));
  }
  c.set('lang', lang);
  c.set('t', translator(lang));
  await next();
};
