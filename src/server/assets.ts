import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { ROOT } from '../paths.ts';
import { Hono } from 'hono';
import type { AppEnv } from './context.ts';

const here = path.join(ROOT, 'src/server');
const require = createRequire(import.meta.url);

/** Every asset the pages use ships with Accord: nothing is fetched from a CDN. */
const FILES: Record<string, { file: string; type: string }> = {
  'accord.css': { file: path.join(here, 'assets/accord.css'), type: 'text/css; charset=utf-8' },
  'accord.js': { file: path.join(here, 'assets/accord.js'), type: 'text/javascript; charset=utf-8' },
  'favicon.svg': { file: path.join(here, 'assets/favicon.svg'), type: 'image/svg+xml' },
  'htmx.min.js': { file: require.resolve('htmx.org/dist/htmx.min.js'), type: 'text/javascript; charset=utf-8' },
};

const cache = new Map<string, Buffer>();

export const assets = new Hono<AppEnv>().get('/assets/:name', (c) => {
  const entry = FILES[c.req.param('name')];
  if (!entry) return c.notFound();
  let body = cache.get(entry.file);
  if (!body) {
    body = fs.readFileSync(entry.file);
    cache.set(entry.file, body);
  }
  return c.body(new Uint8Array(body), 200, { 'content-type': entry.type, 'cache-control': 'public, max-age=3600' });
});

/** Lets another capability ship its own asset (e.g. the drafting editor's bundle). */
export function registerAsset(name: string, file: string, type: string) {
  FILES[name] = { file, type };
}
