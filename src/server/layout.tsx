import type { Child } from 'hono/jsx';
import { dirOf, LANGUAGE_NAMES, LANGUAGES } from '../i18n/index.ts';
import type { Ctx } from './context.ts';

const NAV: Array<{ href: string; key: string }> = [
  { href: '/framework', key: 'core.nav.framework' },
  { href: '/states', key: 'core.nav.states' },
  { href: '/meetings', key: 'core.nav.meetings' },
  { href: '/reporting', key: 'core.nav.reporting' },
  { href: '/analysis', key: 'core.nav.analysis' },
  { href: '/drafts', key: 'core.nav.drafts' },
  { href: '/stakeholders', key: 'core.nav.stakeholders' },
  { href: '/mechanisms', key: 'core.nav.mechanisms' },
  { href: '/contacts', key: 'core.nav.contacts' },
];

/** A hidden CSRF field for every form that changes something. */
export const Csrf = ({ c }: { c: Ctx }) => <input type="hidden" name="_csrf" value={c.get('csrf')} />;

/**
 * The one page layout: skip link, navigation, language switcher, account, main. `lang` and `dir` on
 * <html> make Arabic right-to-left; the stylesheet uses logical properties so nothing else changes.
 */
export function Layout({ c, title, children, wide }: { c: Ctx; title: string; children: Child; wide?: boolean }) {
  const t = c.get('t');
  const lang = c.get('lang');
  const actor = c.get('actor');
  const here = c.req.path;
  const url = new URL(c.req.url);
  return (
    <html lang={lang} dir={dirOf(lang)}>
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <meta name="csrf-token" content={c.get('csrf')} />
        <title>{`${title} — Accord`}</title>
        <link rel="stylesheet" href="/assets/accord.css" />
        <script src="/assets/htmx.min.js" defer></script>
        <script src="/assets/accord.js" defer></script>
      </head>
      <body>
        <a class="skip" href="#main">{t('core.skip')}</a>
        <header class="top">
          <a class="brand" href="/">Accord</a>
          <nav aria-label={t('core.nav.label')}>
            <ul>
              {NAV.map((n) => (
                <li><a href={n.href} aria-current={here === n.href || here.startsWith(n.href + '/') ? 'page' : undefined}>{t(n.key)}</a></li>
              ))}
            </ul>
          </nav>
          <div class="account">
            {actor.kind === 'user' ? (
              <>
                <a href="/account">{actor.displayName}</a>
                {actor.role === 'secretariat' ? <a href="/admin/audit">{t('core.nav.audit')}</a> : null}
                <form method="post" action="/logout" class="inline"><Csrf c={c} /><button type="submit">{t('core.signOut')}</button></form>
              </>
            ) : (
              <a href={`/login?next=${encodeURIComponent(url.pathname + url.search)}`}>{t('core.signIn')}</a>
            )}
          </div>
          <nav class="langs" aria-label={t('core.language')}>
            <ul>
              {LANGUAGES.map((l) => {
                const u = new URL(url); u.searchParams.set('lang', l);
                return <li><a href={u.pathname + u.search} lang={l} hreflang={l} aria-current={l === lang ? 'true' : undefined}>{LANGUAGE_NAMES[l]}</a></li>;
              })}
            </ul>
          </nav>
        </header>
        <main id="main" tabindex={-1} class={wide ? 'wide' : undefined}>
          {children}
        </main>
        <footer class="foot"><p>{t('core.footer')}</p></footer>
      </body>
    </html>
  );
}

/** Renders a full page with the layout. */
export function page(c: Ctx, title: string, body: Child, opts: { status?: number; wide?: boolean } = {}) {
  return c.html('<!doctype html>' + String(<Layout c={c} title={title} wide={opts.wide}>{body}</Layout>), (opts.status ?? 200) as 200);
}
