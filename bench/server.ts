/**
 * Foundation benchmarks: cold start to first served page (fresh and existing data directory), and
 * requests/s and p99 latency of the framework overview page at 50 connections next to a bare Hono
 * route, on PGlite and (when BENCH_DATABASE_URL or a local server is reachable) PostgreSQL, and the
 * server's RSS after the load. The server is `accord serve` as users run it; the bare route runs in
 * a process of its own. Load comes from a third process (autocannon) on loopback, bounded in time.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';

const ROOT = path.resolve(import.meta.dirname, '..');
const DURATION = Number(process.env.BENCH_SECONDS ?? 8);

/** `accord serve` exactly as a user runs it (the bundled CLI), on the given engine; resolves once it answers. */
async function serveAccord(port: number, env: Record<string, string>): Promise<ChildProcess> {
  const child = spawn(process.execPath, [path.join(ROOT, 'bin/accord.js'), 'serve', '--port', String(port), '--host', '127.0.0.1'], {
    env: { ...process.env, LOG_LEVEL: 'silent', ...env },
    stdio: 'ignore',
  });
  let gone = false;
  const exited = new Promise<never>((_, reject) =>
    child.once('exit', (c) => {
      gone = true;
      reject(new Error(`accord serve exited ${c} before serving`));
    }),
  );
  await Promise.race([untilServing(port, () => gone), exited]);
  return child;
}

/** The bare Hono route, in a process of its own so the two servers never share a core's event loop. */
function serveBare(): { child: ChildProcess; port: Promise<number> } {
  const child = spawn(process.execPath, ['--import', 'tsx', path.join(ROOT, 'bench/bareServer.ts')], {
    env: process.env,
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const port = new Promise<number>((resolve, reject) => {
    child.stdout!.once('data', (d: Buffer) => resolve(JSON.parse(d.toString()).port));
    child.once('exit', (c) => reject(new Error(`bare server exited ${c}`)));
  });
  return { child, port };
}

async function untilServing(port: number, stop: () => boolean = () => false) {
  while (!stop()) {
    try {
      const res = await fetch(`http://127.0.0.1:${port}/`);
      if (res.ok) return;
    } catch {
      /* not listening yet */
    }
    await new Promise((r) => setTimeout(r, 25));
  }
}

async function stop(child: ChildProcess) {
  child.kill('SIGTERM');
  await new Promise((r) => child.once('exit', r));
}

/** Time from spawning `accord serve` to the first 200 on the home page. */
async function coldStart(dataDir: string): Promise<number> {
  const port = 3900 + Math.floor(Math.random() * 90);
  const t0 = performance.now();
  const child = await serveAccord(port, { ACCORD_DATA_DIR: dataDir, DATABASE_URL: '' });
  const ms = performance.now() - t0;
  await stop(child);
  return ms;
}

function rssMb(pid: number): number {
  const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
  return Number(status.match(/VmRSS:\s+(\d+)/)![1]) / 1024;
}

async function load(url: string): Promise<{ rps: number; p99: number; errors: number }> {
  const out = await new Promise<string>((resolve, reject) => {
    const p = spawn(path.join(ROOT, 'node_modules/.bin/autocannon'), ['-c', '50', '-d', String(DURATION), '--json', url], {
      stdio: ['ignore', 'pipe', 'ignore'],
    });
    let s = '';
    p.stdout.on('data', (d) => (s += d));
    p.on('exit', (code) => (code === 0 ? resolve(s) : reject(new Error(`autocannon ${code}`))));
  });
  const r = JSON.parse(out) as { requests: { average: number }; latency: { p99: number }; errors: number; non2xx: number };
  return { rps: Math.round(r.requests.average), p99: r.latency.p99, errors: r.errors + r.non2xx };
}

async function postgresUrl(): Promise<string | null> {
  const base = process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
  const c = new pg.Client({ connectionString: base });
  try {
    await c.connect();
    const name = `accord_bench_${process.pid}`;
    await c.query(`drop database if exists ${name}`);
    await c.query(`create database ${name}`);
    const u = new URL(base);
    u.pathname = `/${name}`;
    return u.toString();
  } catch {
    return null;
  } finally {
    await c.end().catch(() => {});
  }
}

export async function run(): Promise<Record<string, number | string>> {
  const figures: Record<string, number | string> = {};
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'accord-bench-'));
  figures['cold start, fresh data dir (ms)'] = Math.round(await coldStart(dir));
  figures['start, existing data dir (ms)'] = Math.round(await coldStart(dir));

  // The server under load is the one users run: `accord serve` from the bundle, PGlite on the data
  // directory just made (as after a restart), PostgreSQL on a fresh database it seeds itself.
  const engines: Array<[string, Record<string, string>]> = [['pglite', { ACCORD_DATA_DIR: dir, DATABASE_URL: '' }]];
  const pgUrl = await postgresUrl();
  if (pgUrl) engines.push(['postgres', { DATABASE_URL: pgUrl }]);
  for (const [name, env] of engines) {
    const appPort = 3900 + Math.floor(Math.random() * 90);
    const child = await serveAccord(appPort, env);
    const bareServer = serveBare();
    const p = { app: appPort, bare: await bareServer.port };
    await fetch(`http://127.0.0.1:${p.app}/framework`); // warm
    // Two cores are shared by the server and the load generator, so one run can be far off: each
    // figure is the median of three, and the bare route and the page alternate so drift hits both.
    const bares: Array<Awaited<ReturnType<typeof load>>> = [];
    const pages: Array<Awaited<ReturnType<typeof load>>> = [];
    for (let i = 0; i < 3; i++) {
      bares.push(await load(`http://127.0.0.1:${p.bare}/`));
      pages.push(await load(`http://127.0.0.1:${p.app}/framework`));
    }
    const median = (rs: typeof bares) => {
      const mid = (xs: number[]) => xs.sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
      return { rps: mid(rs.map((r) => r.rps)), p99: mid(rs.map((r) => r.p99)), errors: rs.reduce((n, r) => n + r.errors, 0) };
    };
    const bare = median(bares);
    const page = median(pages);
    figures[`${name}: bare Hono route (req/s)`] = bare.rps;
    figures[`${name}: bare Hono route p99 (ms)`] = bare.p99;
    figures[`${name}: /framework (req/s)`] = page.rps;
    figures[`${name}: /framework p99 (ms)`] = page.p99;
    figures[`${name}: /framework share of bare`] = `${Math.round((page.rps / bare.rps) * 100)}%`;
    figures[`${name}: errors`] = page.errors + bare.errors;
    figures[`${name}: server RSS after load (MB)`] = Math.round(rssMb(child.pid!));
    await stop(child);
    await stop(bareServer.child);
  }
  fs.rmSync(dir, { recursive: true, force: true });
  if (pgUrl) {
    const c = new pg.Client({ connectionString: process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres' });
    await c.connect();
    await c.query(`drop database if exists accord_bench_${process.pid} with (force)`);
    await c.end();
  }
  return figures;
}
