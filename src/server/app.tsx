import { Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { CAPABILITIES } from '../capabilities.ts';
import type { Db } from '../db/engine.ts';
import { wantsJson } from './api.ts';
import { assets } from './assets.ts';
import { configFromEnv, type Config } from './config.ts';
import type { AppEnv } from './context.ts';
import { AppError, TooLarge } from '../foundation/errors.ts';
import { localizeError } from './errorMessages.ts';
import { homeRoutes } from './home.tsx';
import { page } from './layout.tsx';
import { log } from '../foundation/log.ts';
import { authenticate, csrfProtection } from './middleware/auth.ts';
import { i18n } from './middleware/i18n.ts';
import { openApiDocument } from './openapi.ts';

/** Builds the whole application on an open database. No socket: tests call `app.request()`. */
export function createApp(db: Db, config: Config = configFromEnv()) {
  const app = new Hono<AppEnv>();

  app.use('*', async (c, next) => {
    const started = performance.now();
    c.set('db', db);
    c.set('config', config);
    c.header('x-content-type-options', 'nosniff');
    c.header('referrer-policy', 'same-origin');
    c.header('x-frame-options', 'DENY');
    // Everything a page needs ships with Accord, so nothing else may load or run; inline style
    // attributes stay allowed for the server-rendered charts.
    c.header(
      'content-security-policy',
      "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'",
    );
    await next();
    if (log.isLevelEnabled('info'))
      log.info({ method: c.req.method, path: c.req.path, status: c.res.status, ms: Math.round(performance.now() - started) }, 'request');
  });
  app.get('/healthz', (c) => c.json({ ok: true }));
  app.route('/', assets);
  // Only requests that carry a body are measured: touching the body of a GET made the Node adapter
  // build a full web Request for every page view.
  const limitBody = bodyLimit({
    maxSize: config.bodyLimitBytes,
    onError: () => {
      throw TooLarge(config.bodyLimitBytes);
    },
  });
  app.use('*', (c, next) => (c.req.method === 'GET' || c.req.method === 'HEAD' ? next() : limitBody(c, next)));
  app.use('*', i18n);
  app.use('*', authenticate);
  app.use('*', csrfProtection);

  app.get('/api/openapi.json', (c) => c.json(openApiDocument()));
  app.route('/', homeRoutes);
  // Each capability's pages and API, in the order of src/capabilities.ts.
  for (const cap of CAPABILITIES) if (cap.routes) app.route('/', cap.routes);

  app.notFound((c) => {
    if (wantsJson(c)) return c.json({ error: { code: 'not_found', message: `No route for ${c.req.method} ${c.req.path}. See /api/openapi.json.` } }, 404);
    const t = c.get('t') ?? ((k: string) => k);
    return page(
      c,
      t('core.notFound.title'),
      <>
        <h1>{t('core.notFound.title')}</h1>
        <p>{t('core.notFound.body')}</p>
        <p>
          <a href="/">{t('core.home')}</a>
        </p>
      </>,
      { status: 404 },
    );
  });

  app.onError((err, c) => {
    const known = err instanceof AppError ? err : null;
    if (!known) log.error({ err, path: c.req.path }, 'unhandled error');
    const status = known?.status ?? 500;
    const code = known?.code ?? 'internal';
    const message = known?.message ?? 'Something went wrong on our side. Nothing was saved; try again, and tell the Secretariat if it persists.';
    const t = c.get('t');
    // The API keeps the English message clients read; a request in another language also gets it localized.
    const localized = t ? localizeError(known ?? err, t) : null;
    if (wantsJson(c) || !t) {
      return c.json(
        {
          error: {
            code,
            message,
            ...(known?.fields ? { fields: known.fields } : {}),
            ...(localized && t.lang !== 'en' ? { localized: { lang: t.lang, ...localized } } : {}),
          },
        },
        status as 400,
      );
    }
    return page(
      c,
      t('core.error.title'),
      <>
        <h1>{t('core.error.title')}</h1>
        <div class="alert error" role="alert">
          <p>{localized?.message ?? message}</p>
          <p class="muted">
            <code>{code}</code>
          </p>
        </div>
        {status === 401 ? (
          <p>
            <a href={`/login?next=${encodeURIComponent(c.req.path)}`}>{t('core.signIn')}</a>
          </p>
        ) : (
          <p>
            <a href="/">{t('core.home')}</a>
          </p>
        )}
      </>,
      { status },
    );
  });
  return app;
}
