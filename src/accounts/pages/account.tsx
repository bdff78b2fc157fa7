import { Hono } from 'hono';
import { DateText } from '../../i18n/DateText.tsx';
import { deleteCookie, setCookie } from 'hono/cookie';
import { readForm } from '../../server/api.ts';
import type { AppEnv, Ctx } from '../../server/context.ts';
import { AppError } from '../../foundation/errors.ts';
import { Csrf, page } from '../../server/layout.tsx';
import { SESSION_COOKIE } from '../../server/middleware/auth.ts';
import { createApiToken } from '../commands/createApiToken.ts';
import { listApiTokens, listAuditEvents } from '../queries.ts';
import { revokeApiToken } from '../commands/revokeApiToken.ts';
import { changePassword } from '../commands/changePassword.ts';
import { requireAccess } from '../policy.ts';
import { RateLimiter } from '../rateLimit.ts';
import { SESSION_TTL_MS, signIn, signOut } from '../signIn.ts';

export const loginLimiter = new RateLimiter();

const clientAddress = (c: Ctx) => {
  const incoming = (c.env as { incoming?: { socket?: { remoteAddress?: string } } } | undefined)?.incoming;
  return incoming?.socket?.remoteAddress ?? 'local';
};

/** Only same-site relative paths are followed after sign-in, never another host. */
const safeNext = (next: unknown) => (typeof next === 'string' && /^\/(?!\/)/.test(next) ? next : '/');

function LoginForm({ c, error, email, next }: { c: Ctx; error?: string; email?: string; next: string }) {
  const t = c.get('t');
  return (
    <>
      <h1>{t('core.login.title')}</h1>
      {error ? (
        <div class="alert error" role="alert" id="login-error">
          {error}
        </div>
      ) : null}
      <form method="post" action="/login" class="stack">
        <Csrf c={c} />
        <input type="hidden" name="next" value={next} />
        <div>
          <label for="email">{t('core.login.email')}</label>
          <input
            id="email"
            name="email"
            type="email"
            autocomplete="username"
            required
            value={email ?? ''}
            aria-describedby={error ? 'login-error' : undefined}
          />
        </div>
        <div>
          <label for="password">{t('core.login.password')}</label>
          <input id="password" name="password" type="password" autocomplete="current-password" required />
        </div>
        <div>
          <button type="submit">{t('core.signIn')}</button>
        </div>
      </form>
    </>
  );
}

/** The account page; `created` is a new token's secret, shown once in the response that made it. */
async function accountPage(c: Ctx, created?: string) {
  const actor = requireAccess(c.get('actor'), 'account.self');
  const t = c.get('t');
  if (actor.kind !== 'user') throw new AppError('auth.required', 401, 'Sign in to do this.');
  const tokens = await listApiTokens(c.get('db'), actor);
  const changed = c.req.query('changed');
  return page(
    c,
    t('core.account.title'),
    <>
      <h1>{t('core.account.title')}</h1>
      <dl class="facts">
        <dt>{t('core.account.name')}</dt>
        <dd>{actor.displayName}</dd>
        <dt>{t('core.login.email')}</dt>
        <dd>{actor.email}</dd>
        <dt>{t('core.account.role')}</dt>
        <dd>
          {t(`core.role.${actor.role}`)}
          {actor.stateIso3 ? ` — ${actor.stateIso3}` : ''}
        </dd>
      </dl>
      <h2>{t('core.account.password')}</h2>
      {changed ? (
        <div class="alert ok" role="status">
          {t('core.account.passwordChanged')}
        </div>
      ) : null}
      <form method="post" action="/account/password" class="stack">
        <Csrf c={c} />
        <div>
          <label for="current">{t('core.account.current')}</label>
          <input id="current" name="current" type="password" autocomplete="current-password" required />
        </div>
        <div>
          <label for="next">{t('core.account.new')}</label>
          <input id="next" name="next" type="password" autocomplete="new-password" minlength={10} required />
        </div>
        <div>
          <button type="submit">{t('core.account.change')}</button>
        </div>
      </form>
      <h2>{t('core.account.tokens')}</h2>
      <p class="muted">{t('core.account.tokensHelp')}</p>
      {created ? (
        <div class="alert ok" role="status">
          <p>{t('core.account.tokenCreated')}</p>
          <p>
            <code>{created}</code>
          </p>
        </div>
      ) : null}
      <table>
        <thead>
          <tr>
            <th>{t('core.account.tokenName')}</th>
            <th>{t('core.account.created')}</th>
            <th>{t('core.account.lastUsed')}</th>
            <th>
              <span class="visually-hidden">{t('core.account.revoke')}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {tokens.map((tk) => (
            <tr>
              <td>{tk.name}</td>
              <td>
                <DateText value={tk.created_at} lang={t.lang} time />
              </td>
              <td>
                <DateText value={tk.last_used_at} lang={t.lang} time />
              </td>
              <td>
                {tk.revoked_at ? (
                  t('core.account.revoked')
                ) : (
                  <form method="post" action={`/account/tokens/${tk.id}/revoke`} class="inline">
                    <Csrf c={c} />
                    <button class="secondary" type="submit">
                      {t('core.account.revoke')}
                    </button>
                  </form>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <form method="post" action="/account/tokens" class="stack">
        <Csrf c={c} />
        <div>
          <label for="token-name">{t('core.account.tokenName')}</label>
          <input dir="auto" id="token-name" name="name" type="text" required maxlength={100} />
        </div>
        <div>
          <button type="submit">{t('core.account.createToken')}</button>
        </div>
      </form>
    </>,
  );
}

export const pages = new Hono<AppEnv>()
  .get('/login', (c) => page(c, c.get('t')('core.login.title'), <LoginForm c={c} next={safeNext(c.req.query('next'))} />))
  .post('/login', async (c) => {
    const form = await readForm(c);
    const email = String(form.email ?? '')
      .trim()
      .toLowerCase();
    const next = safeNext(form.next);
    const t = c.get('t');
    const key = `${email}|${clientAddress(c)}`;
    const wait = loginLimiter.attempt(key);
    if (wait > 0) {
      return page(c, t('core.login.title'), <LoginForm c={c} email={email} next={next} error={t('core.login.tooMany', { seconds: wait })} />, { status: 429 });
    }
    try {
      const { token, actor } = await signIn(c.get('db'), email, String(form.password ?? ''));
      loginLimiter.reset(key);
      setCookie(c, SESSION_COOKIE, token, { path: '/', httpOnly: true, sameSite: 'Lax', secure: c.get('config').secureCookies, maxAge: SESSION_TTL_MS / 1000 });
      // A delegate who asked for no page in particular lands on the delegation's tasks.
      const landing = next === '/' && actor.role === 'delegate' && actor.stateIso3 ? '/tasks' : next;
      return c.redirect(landing, 303);
    } catch (err) {
      if (err instanceof AppError && err.code === 'auth.invalid_credentials') {
        return page(c, t('core.login.title'), <LoginForm c={c} email={email} next={next} error={t('core.login.invalid')} />, { status: 401 });
      }
      throw err;
    }
  })
  .post('/logout', async (c) => {
    const sessionId = c.get('sessionId');
    if (sessionId) await signOut(c.get('db'), c.get('actor'), sessionId);
    deleteCookie(c, SESSION_COOKIE, { path: '/' });
    return c.redirect('/', 303);
  })
  .get('/account', (c) => accountPage(c))
  .post('/account/password', async (c) => {
    const form = await readForm(c);
    await changePassword(c.get('db'), c.get('actor'), {
      current: String(form.current ?? ''),
      next: String(form.next ?? ''),
      keepSessionId: c.get('sessionId') ?? undefined,
    });
    return c.redirect('/account?changed=1', 303);
  })
  .post('/account/tokens', async (c) => {
    const form = await readForm(c);
    const token = await createApiToken(c.get('db'), c.get('actor'), { name: String(form.name ?? '') });
    // Shown once, in this response only: never in a URL, where it would stay in history and logs.
    c.header('cache-control', 'no-store');
    return accountPage(c, token.secret);
  })
  .post('/account/tokens/:id/revoke', async (c) => {
    await revokeApiToken(c.get('db'), c.get('actor'), { id: Number(c.req.param('id')) });
    return c.redirect('/account', 303);
  })
  .get('/admin/audit', async (c) => {
    const t = c.get('t');
    const q = c.req.query();
    const events = await listAuditEvents(c.get('db'), c.get('actor'), {
      action: q.action,
      itemType: q.itemType,
      actor: q.actor,
      from: q.from,
      to: q.to,
      limit: 200,
    });
    const exportUrl = `/api/v1/audit?${new URLSearchParams(Object.entries(q).filter(([, v]) => v)).toString()}`;
    return page(
      c,
      t('core.audit.title'),
      <>
        <h1>{t('core.audit.title')}</h1>
        <form method="get" class="filters" role="search">
          <div>
            <label for="f-action">{t('core.audit.action')}</label>
            <input dir="auto" id="f-action" name="action" type="text" value={q.action ?? ''} />
          </div>
          <div>
            <label for="f-item">{t('core.audit.item')}</label>
            <input dir="auto" id="f-item" name="itemType" type="text" value={q.itemType ?? ''} />
          </div>
          <div>
            <label for="f-actor">{t('core.audit.actor')}</label>
            <input dir="auto" id="f-actor" name="actor" type="text" value={q.actor ?? ''} />
          </div>
          <div>
            <label for="f-from">{t('core.audit.from')}</label>
            <input id="f-from" name="from" type="date" value={q.from ?? ''} />
          </div>
          <div>
            <label for="f-to">{t('core.audit.to')}</label>
            <input id="f-to" name="to" type="date" value={q.to ?? ''} />
          </div>
          <div>
            <button type="submit">{t('core.filter')}</button>
          </div>
        </form>
        <p>
          <a href={exportUrl}>{t('core.audit.export')}</a>
        </p>
        <table>
          <caption>{t('core.audit.count', { n: events.length })}</caption>
          <thead>
            <tr>
              <th>{t('core.audit.when')}</th>
              <th>{t('core.audit.actor')}</th>
              <th>{t('core.audit.action')}</th>
              <th>{t('core.audit.item')}</th>
              <th>{t('core.audit.change')}</th>
            </tr>
          </thead>
          <tbody>
            {events.map((e) => (
              <tr>
                <td>
                  <DateText value={e.at} lang={t.lang} time />
                </td>
                <td>{e.actor_label}</td>
                <td>
                  <code>{e.action}</code>
                </td>
                <td>
                  {e.item_type}
                  {e.item_id ? ` #${e.item_id}` : ''}
                </td>
                <td class="muted">{e.after ? JSON.stringify(e.after).slice(0, 160) : ''}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </>,
      { wide: true },
    );
  });
