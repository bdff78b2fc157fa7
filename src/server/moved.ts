import type { Context } from 'hono';

/**
 * The handler of a path that was renamed: 308 Permanent Redirect to the new path, the query string
 * kept. Bookmarks, links and API clients that follow redirects keep working; 308, unlike 301 and
 * 302, keeps the method and the body, so a POST to the old path is a POST to the new one. The new
 * path decides access as always (the redirect itself reveals nothing).
 */
export const movedTo = (to: string | ((c: Context) => string)) => (c: Context) =>
  c.redirect(`${typeof to === 'string' ? to : to(c)}${new URL(c.req.url).search}`, 308);
