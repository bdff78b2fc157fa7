import { parse } from 'hono/utils/cookie';
import type { Ctx } from './context.ts';

type Incoming = { headers?: Record<string, string | string[] | undefined> };

/**
 * A request header, read from Node's own request when Accord runs on @hono/node-server. Going
 * through `c.req.header()` makes the adapter build a full web Request for every page view, a cost
 * measured at about a third of a simple page's; tests (`app.request`) have no Node request and use
 * the web one.
 */
export function requestHeader(c: Ctx, name: string): string | undefined {
  const incoming = (c.env as { incoming?: Incoming } | undefined)?.incoming;
  if (incoming?.headers) {
    const v = incoming.headers[name.toLowerCase()];
    return Array.isArray(v) ? v.join(', ') : v;
  }
  return c.req.header(name);
}

/** One cookie of the request, read the same way. */
export function requestCookie(c: Ctx, name: string): string | undefined {
  const header = requestHeader(c, 'cookie');
  return header ? parse(header, name)[name] : undefined;
}
