import { html, raw } from 'hono/html';
import type { Child } from 'hono/jsx';
import { can } from '../accounts/policy.ts';
import { dirOf, LANGUAGE_NAMES, LANGUAGES } from '../i18n/index.ts';
import type { Ctx } from './context.ts';
import { csrfToken } from './middleware/auth.ts';

/** The top navigation, in the order of src/capabilities.ts (each capability's `nav`), set when the list loads. */
let NAV: ReadonlyArray<{ href: string; key: string }> = [];
export function setNavigation(entries: ReadonlyArray<{ href: string; key: string }>) {
  NAV = entries;
  navCache.clear();
}

/** A hidden CSRF field for every form that changes something. */
export const Csrf = ({ c }: { c: Ctx }) => <input type="hidden" name="_csrf" value={csrfToken(c)} />;

/**
 * The navigation depends only on the language and the section the reader is in, so it is rendered
 * once per pair and reused: the layout is on every page and its cost is on every request.
 */
const navCache = new Map<string, string>();
function navHtml(c: Ctx, here: string): string {
  const lang = c.get('lang');
  const current = NAV.find((n) => here === n.href || here.startsWith(n.href + '/'))?.href ?? '';
  const key = `${lang}|${current}`;
  let html = navCache.get(key);
  if (html === undefined) {
    const t = c.get('t');
    html = String(
      <nav aria-label={t('core.nav.label')}>
        <ul>
          {NAV.map((n) => (
            <li>
              <a href={n.href} aria-current={n.href === current ? 'page' : undefined}>
                {t(n.key)}
              </a>
            </li>
          ))}
        </ul>
      </nav>,
    );
    navCache.set(key, html);
  }
  return html;
}

const PRODUCT = 'Accord';
/**
 * The page first, then the product once: "Reporting — Accord". The home page is the product itself,
 * and a title a page already ended with the product's name is not given it twice.
 */
export function documentTitle(title: string): string {
  const name = title.trim().replace(/\s*[—–-]\s*Accord$/, '');
  return name && name !== PRODUCT ? `${name} — ${PRODUCT}` : PRODUCT;
}

/**
 * The one page layout: skip link, navigation, language switcher, account, main. `lang` and `dir` on
 * <html> make Arabic right-to-left; the stylesheet uses logical properties so nothing else changes.
 * Written as an escaping `html` template rather than JSX: it wraps every page, and the template is
 * several times cheaper to render. This is everything before the page's own content.
 */
function layoutHead(c: Ctx, title: string, wide?: boolean): string {
  const t = c.get('t');
  const lang = c.get('lang');
  const actor = c.get('actor');
  const url = new URL(c.req.url);
  const withLang = (l: string) => {
    if (!url.search) return `${url.pathname}?lang=${l}`;
    const q = new URLSearchParams(url.search);
    q.set('lang', l);
    return `${url.pathname}?${q}`;
  };
  const account =
    actor.kind === 'user'
      ? html`<a href="/account">${actor.displayName}</a>${can(actor, 'audit.read') ? html`<a href="/admin/audit">${t('core.nav.audit')}</a>` : ''}<form method="post" action="/logout" class="inline"><input type="hidden" name="_csrf" value="${c.get('csrf')}"><button type="submit">${t('core.signOut')}</button></form>`
      : html`<a href="/login?next=${encodeURIComponent(url.pathname + url.search)}">${t('core.signIn')}</a>`;
  const langs = LANGUAGES.map(
    (l) => html`<li><a href="${withLang(l)}" lang="${l}" hreflang="${l}"${l === lang ? raw(' aria-current="true"') : ''}>${LANGUAGE_NAMES[l]}</a></li>`,
  );
  return String(
    html`<!doctype html><html lang="${lang}" dir="${dirOf(lang)}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">${csrfMeta(c.get('csrf'))}<title>${documentTitle(title)}</title><link rel="icon" href="/assets/favicon.svg" type="image/svg+xml"><link rel="stylesheet" href="/assets/accord.css"><script src="/assets/htmx.min.js" defer></script><script src="/assets/accord.js" defer></script></head><body><a class="skip" href="#main">${t('core.skip')}</a><header class="top"><a class="brand" href="/">Accord</a>${raw(navHtml(c, url.pathname))}<div class="account">${account}</div><nav class="langs" aria-label="${t('core.language')}"><ul>${langs}</ul></nav></header><main id="main" tabindex="-1"${wide ? raw(' class="wide"') : ''}>`,
  );
}

/**
 * For a visitor who is not signed in and holds no CSRF token (nearly all public reading), the head
 * depends only on the language, the address, the title and the width, so its bytes are kept for the
 * most recently used of those. Anyone else gets a head rendered for them.
 */
const VISITOR_HEADS = 1000;
const MAX_CACHED_URL = 512;
const visitorHeads = new Map<string, Buffer>();
function encodedHead(c: Ctx, title: string, wide?: boolean): Buffer {
  // A long address (a crafted query string) is rendered, not kept: each entry repeats it in every
  // language link, and a thousand of them must not fill the memory.
  if (c.get('actor').kind !== 'anonymous' || c.get('csrf') || c.req.url.length > MAX_CACHED_URL) return Buffer.from(layoutHead(c, title, wide));
  const key = `${c.get('lang')}|${wide ? 1 : 0}|${c.req.url}|${title}`;
  let head = visitorHeads.get(key);
  if (head) {
    visitorHeads.delete(key); // Map order is use order: the first key is the least recently used
  } else {
    head = Buffer.from(layoutHead(c, title, wide));
    if (visitorHeads.size >= VISITOR_HEADS) visitorHeads.delete(visitorHeads.keys().next().value!);
  }
  visitorHeads.set(key, head);
  return head;
}

/** Everything after the page's own content; it depends only on the language, so it is encoded once. */
const tails = new Map<string, Buffer>();
function layoutTail(c: Ctx): Buffer {
  const lang = c.get('lang');
  let tail = tails.get(lang);
  if (!tail) {
    tail = Buffer.from(String(html`</main><footer class="foot"><p>${c.get('t')('core.footer')}</p></footer></body></html>`));
    tails.set(lang, tail);
  }
  return tail;
}

/** htmx sends this token with its requests; a visitor without one has nothing to send. */
const csrfMeta = (csrf: string) => (csrf ? html`<meta name="csrf-token" content="${csrf}">` : '');

/**
 * Renders a full page with the layout. The page goes out as UTF-8 bytes: handed a string, the Node
 * adapter measures its UTF-8 length and then encodes it again to write it, and for a page with any
 * non-Latin character that was a fifth of a request's CPU time. A page whose content is cached
 * passes it already encoded (a Uint8Array), so only the layout around it is encoded per request.
 */
export function page(c: Ctx, title: string, body: Child | Uint8Array, opts: { status?: number; wide?: boolean } = {}) {
  // The content first: rendering a form may give a visitor the CSRF token the head then carries.
  const content = body instanceof Uint8Array ? body : Buffer.from(String(body ?? ''));
  const bytes = Buffer.concat([encodedHead(c, title, opts.wide), content, layoutTail(c)]);
  return c.body(bytes, (opts.status ?? 200) as 200, { 'content-type': 'text/html; charset=UTF-8' });
}
