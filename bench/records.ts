import crypto from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';
import { sql } from 'kysely';
import pg from 'pg';
import { systemActor } from '../src/accounts/actor.ts';
import type { Db } from '../src/db/engine.ts';
import { openDatabase } from '../src/open.ts';
import { testDb } from '../src/testing/database.ts';
import { bulkIngest, type BulkItem } from '../src/records/commands/bulkIngest.ts';
import { createMeeting } from '../src/records/commands/createMeeting.ts';
import { createSession } from '../src/records/commands/createSession.ts';
import { searchStatements } from '../src/records/search.ts';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const CORPUS = join(ROOT, '..', 'shared', 'corpora', 'ungdc-sessions-70-79.jsonl.gz');

const QUERIES = [
  'cyber security',
  'climate change',
  'sustainable development goals',
  'nuclear weapons',
  'terrorism',
  '"international law"',
  'human rights',
  'refugees migration',
  'peacekeeping operations',
  'artificial intelligence',
  'pandemic vaccine',
  'ocean plastic',
  'small island developing states',
  'Security Council reform',
  'digital divide',
  'disarmament',
  'sovereignty -intervention',
  'critical infrastructure',
  'ransomware OR cybercrime',
  'poverty eradication',
  'gender equality',
  'women and girls',
  'Palestine',
  'Syria ceasefire',
  'food security',
  'debt relief',
  'multilateralism',
  'sea level rise',
  'capacity-building',
  'information and communications technologies',
  'youth unemployment',
  'Paris Agreement',
  'Agenda 2030',
  'financing for development',
  'rule of law',
  'drug trafficking',
  'landlocked developing countries',
  'non-proliferation treaty',
  'chemical weapons',
  'humanitarian assistance',
  'COVID-19 recovery',
  'cyberattacks',
  'outer space',
  'biodiversity',
  'universal health coverage',
  'South-South cooperation',
  'illicit financial flows',
  'violent extremism',
  'internet governance',
  'peaceful settlement of disputes',
];

interface Speech {
  iso3: string;
  session: number;
  year: number;
  paragraphs: string[];
}

/**
 * The UN General Debate corpus (sessions 70–79) ingested through the bulk path into an in-memory
 * PGlite — each speech a `statement` document by its State — then ~50 full-text queries through
 * the same search function pages use. The GIN indexes are dropped during the load and rebuilt
 * after. With ACCORD_BENCH_DATABASE_URL, the same again on PostgreSQL in a temporary database.
 */
export async function run(): Promise<Record<string, number | string>> {
  if (!existsSync(CORPUS)) return { skipped: `corpus not found at ${CORPUS}` };
  const lines = gunzipSync(readFileSync(CORPUS))
    .toString('utf8')
    .split('\n')
    .filter((l) => l.trim());
  const speeches = lines.map((l) => JSON.parse(l) as Speech);
  lines.length = 0;
  const words = speeches.reduce((n, s) => n + s.paragraphs.join(' ').split(/\s+/).filter(Boolean).length, 0);

  const figures: Record<string, number | string> = { speeches: speeches.length, words };
  const t = await testDb();
  try {
    Object.assign(figures, await measure(t.db, speeches, ''));
  } finally {
    await t.close();
  }
  const url = process.env.ACCORD_BENCH_DATABASE_URL;
  if (url) Object.assign(figures, await onPostgres(url, speeches));
  return figures;
}

async function onPostgres(url: string, speeches: Speech[]) {
  const name = `accord_bench_${process.pid}_${crypto.randomBytes(3).toString('hex')}`;
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  await admin.query(`create database "${name}"`);
  try {
    const u = new URL(url);
    u.pathname = `/${name}`;
    const { engine } = await openDatabase({ engine: 'postgres', url: u.toString() });
    try {
      return await measure(engine.db, speeches, 'postgres ');
    } finally {
      await engine.close();
    }
  } finally {
    await admin.query(`drop database if exists "${name}" with (force)`);
    await admin.end();
  }
}

async function measure(db: Db, speeches: Speech[], label: string): Promise<Record<string, number | string>> {
  const sys = systemActor('bench');
  const gm = await db.selectFrom('processes').select('id').where('slug', '=', 'global-mechanism').executeTakeFirstOrThrow();
  const meetings = new Map<number, number>();
  for (const n of [...new Set(speeches.map((s) => s.session))].sort()) {
    const session = await createSession(db, sys, { processId: gm.id, number: n, title: `UNGA ${n} general debate` });
    const year = speeches.find((s) => s.session === n)!.year;
    meetings.set(n, (await createMeeting(db, sys, { sessionId: session.id, number: 1, heldOn: `${year}-09-25` })).id);
  }
  const items: BulkItem[] = speeches.map((s, i) => ({
    text: s.paragraphs.join('\n'),
    filename: `ungdc-${s.session}-${s.iso3}-${i}.txt`,
    meetingId: meetings.get(s.session)!,
    kind: 'statement',
    author: s.iso3,
  }));
  let peak = process.memoryUsage().rss;
  const timer = setInterval(() => {
    peak = Math.max(peak, process.memoryUsage().rss);
  }, 50);
  const t0 = performance.now();
  await sql`drop index statements_search`.execute(db);
  await sql`drop index statement_paragraphs_search`.execute(db);
  const res = await bulkIngest(db, sys, items);
  const loaded = performance.now();
  await sql`create index statements_search on statements using gin (search)`.execute(db);
  await sql`create index statement_paragraphs_search on statement_paragraphs using gin (search)`.execute(db);
  await sql`analyze statements`.execute(db);
  await sql`analyze statement_paragraphs`.execute(db);
  const indexed = performance.now();
  clearInterval(timer);
  peak = Math.max(peak, process.memoryUsage().rss);

  for (const q of QUERIES.slice(0, 5)) await searchStatements(db, sys, { q, limit: 20 });
  const times: number[] = [];
  let hits = 0;
  for (const q of QUERIES) {
    const s = performance.now();
    hits += (await searchStatements(db, sys, { q, limit: 20 })).length;
    times.push(performance.now() - s);
  }
  // The same with a filter that the planner cannot push into the paragraph index.
  const filtered: number[] = [];
  for (const q of QUERIES.slice(0, 20)) {
    const s = performance.now();
    await searchStatements(db, sys, { q, limit: 20, pillar: 'norms', from: '2018-01-01' });
    filtered.push(performance.now() - s);
  }
  // At scale too, a word search finds exactly the statements whose whole vector matches.
  const differ: string[] = [];
  for (const q of ['human rights', 'sovereignty -intervention', '"international law"', 'cyber security', 'ocean plastic']) {
    const got = (await searchStatements(db, sys, { q, limit: 500 })).map((h) => h.id).sort((a, b) => a - b);
    const want = (
      await sql<{ id: number }>`select id from statements where search @@ websearch_to_tsquery('english', ${q}) order by id limit 500`.execute(db)
    ).rows.map((r) => Number(r.id));
    if (want.length < 500 && JSON.stringify(got) !== JSON.stringify(want)) differ.push(q);
  }
  const pct = (xs: number[], p: number) => {
    const v = [...xs].sort((a, b) => a - b);
    return Math.round(v[Math.min(v.length - 1, Math.floor(p * v.length))]! * 10) / 10;
  };
  const L = (k: string) => label + k;
  return {
    [L('statements')]: res.statements,
    [L('ingest+index s')]: Math.round((indexed - t0) / 10) / 100,
    [L('load s')]: Math.round((loaded - t0) / 10) / 100,
    [L('gin index s')]: Math.round((indexed - loaded) / 10) / 100,
    [L('peak rss MB (this process)')]: Math.round(peak / 1048576),
    [L('queries')]: QUERIES.length,
    [L('hits (top 20 each)')]: hits,
    [L('query p50 ms')]: pct(times, 0.5),
    [L('query p95 ms')]: pct(times, 0.95),
    [L('query max ms')]: pct(times, 1),
    [L('filtered query p95 ms')]: pct(filtered, 0.95),
    [L('same statements as whole-text match')]: differ.length ? `no: ${differ.join('; ')}` : 'yes (5 queries)',
  };
}

if (import.meta.url === `file://${process.argv[1]}`) console.log(await run());
