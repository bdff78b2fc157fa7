/**
 * The yardstick for bench/server.ts: a bare Hono app answering "ok" on @hono/node-server, the same
 * server stack as Accord with nothing in it. Prints its port.
 */
import { serve } from '@hono/node-server';
import { Hono } from 'hono';
import type { AddressInfo } from 'node:net';

const bare = serve({ fetch: new Hono().get('/', (c) => c.text('ok')).fetch, port: 0, hostname: '127.0.0.1' });
await new Promise((r) => (bare.listening ? r(null) : bare.once('listening', r)));
process.stdout.write(JSON.stringify({ port: (bare.address() as AddressInfo).port }) + '\n');
process.on('SIGTERM', () => process.exit(0));
