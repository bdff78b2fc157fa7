/**
 * The server under load for bench/server.ts: the real app on the chosen engine, and beside it a bare
 * Hono app answering "ok", so both are measured in one run on one machine state. Prints its ports.
 */
import { serve } from '@hono/node-server';
import { Hono } from 'hono';
import type { AddressInfo } from 'node:net';
import { openDatabase } from '../src/db/open.ts';
import { createApp } from '../src/server/app.tsx';

const url = process.env.BENCH_DATABASE_URL;
const { engine } = await openDatabase(url ? { engine: 'postgres', url } : { engine: 'pglite', dataDir: process.env.BENCH_DATA_DIR ?? null }, { demo: true });
const app = serve({ fetch: createApp(engine.db).fetch, port: 0, hostname: '127.0.0.1' });
const bare = serve({ fetch: new Hono().get('/', (c) => c.text('ok')).fetch, port: 0, hostname: '127.0.0.1' });
await Promise.all([app, bare].map((s) => new Promise((r) => (s.listening ? r(null) : s.once('listening', r)))));
process.stdout.write(JSON.stringify({ app: (app.address() as AddressInfo).port, bare: (bare.address() as AddressInfo).port }) + '\n');
process.on('SIGTERM', async () => { await engine.close(); process.exit(0); });
