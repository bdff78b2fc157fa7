import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';
import { sql } from 'kysely';
import { systemActor } from '../src/accounts/actor.ts';
import { testDb } from '../src/db/testing.ts';
import { bulkIngest, type BulkItem } from '../src/records/bulkIngest.ts';
import { createMeeting, createSession } from '../src/records/createMeeting.ts';
import { searchStatements } from '../src/records/search.ts';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const CORPUS = join(ROOT, '..', 'shared', 'corpora', 'ungdc-sessions-70-79.jsonl.gz');

const QUERIES = [
  'cyber security', 'climate change', 'sustainable development goals', 'nuclear weapons', 'terrorism', '"international law"',
  'human rights', 'refugees migration', 'peacekeeping operations', 'artificial intelligence', 'pandemic vaccine', 'ocean plastic',
  'small island developing states', 'Security Council reform', 'digital divide', 'disarmament', 'sovereignty -intervention',
  'critical infrastructure', 'ransomware OR cybercrime', 'poverty eradication', 'gender equality', 'women and girls', 'Palestine',
  'Syria ceasefire', 'food security', 'debt relief', 'multilateralism', 'sea level rise', 'capacity-building', 'information and communications technologies',
  'youth unemployment', 'Paris Agreement', 'Agenda 2030', 'financing for development', 'rule of law', 'drug trafficking',
  'landlocked developing countries', 'non-proliferation treaty', 'chemical weapons', 'humanitarian assistance', 'COVID-19 recovery',
  'cyberattacks', 'outer space', 'biodiversity', 'universal health coverage', 'South-South cooperation', 'illicit financial flows',
  'violent extremism', 'internet governance', 'peaceful settlement of disputes',
];

/**
 * The UN General Debate corpus (sessions 70–79) ingested through the bulk path into an in-memory
 * PGlite — each speech a `statement` document by its State — then ~50 full-text queries through
 * the same search function pages use. The GIN index is dropped during the load and rebuilt after.
 */
export async function run(): Promise<Record<string, number | string>> {
  if (!existsSync(CORPUS)) return { skipped: `corpus not found at ${CORPUS}` };
  const lines = gunzipSync(readFileSync(CORPUS)).toString('utf8').split('\n').filter((l) => l.trim());
  const speeches = lines.map((l) => JSON.parse(l) as { iso3: string; session: number; year: number; paragraphs: string[] });
  const words = speeches.reduce((n, s) => n + s.paragraphs.join(' ').split(/\s+/).filter(Boolean).length, 0);

  const t = await testDb();
  try {
    const sys = systemActor('bench');
    const gm = await t.db.selectFrom('processes').select('id').where('slug', '=', 'global-mechanism').executeTakeFirstOrThrow();
    const meetings = new Map<number, number>();
    for (const n of [...new Set(speeches.map((s) => s.session))].sort()) {
      const session = await createSession(t.db, sys, { processId: gm.id, number: n, title: `UNGA ${n} general debate` });
      const year = speeches.find((s) => s.session === n)!.year;
      meetings.set(n, (await createMeeting(t.db, sys, { sessionId: session.id, number: 1, heldOn: `${year}-09-25` })).id);
    }
    const items: BulkItem[] = speeches.map((s, i) => ({
      text: s.paragraphs.join('\n'), filename: `ungdc-${s.session}-${s.iso3}-${i}.txt`, meetingId: meetings.get(s.session)!, kind: 'statement', author: s.iso3,
    }));
    let peak = process.memoryUsage().rss;
    const timer = setInterval(() => { peak = Math.max(peak, process.memoryUsage().rss); }, 50);
    const t0 = performance.now();
    await sql`drop index statements_search`.execute(t.db);
    await sql`drop index statement_paragraphs_search`.execute(t.db);
    const res = await bulkIngest(t.db, sys, items);
    const loaded = performance.now();
    await sql`create index statements_search on statements using gin (search)`.execute(t.db);
    await sql`create index statement_paragraphs_search on statement_paragraphs using gin (search)`.execute(t.db);
    await sql`analyze statements`.execute(t.db);
    await sql`analyze statement_paragraphs`.execute(t.db);
    const indexed = performance.now();
    clearInterval(timer);
    peak = Math.max(peak, process.memoryUsage().rss);

    for (const q of QUERIES.slice(0, 5)) await searchStatements(t.db, sys, { q, limit: 20 });
    const times: number[] = [];
    let hits = 0;
    for (const q of QUERIES) {
      const s = performance.now();
      hits += (await searchStatements(t.db, sys, { q, limit: 20 })).length;
      times.push(performance.now() - s);
    }
    times.sort((a, b) => a - b);
    const pct = (p: number) => times[Math.min(times.length - 1, Math.floor(p * times.length))]!;
    return {
      speeches: speeches.length, words, statements: res.statements,
      'ingest+index s': Math.round((indexed - t0) / 10) / 100,
      'load s': Math.round((loaded - t0) / 10) / 100,
      'gin index s': Math.round((indexed - loaded) / 10) / 100,
      'peak rss MB': Math.round(peak / 1048576),
      queries: QUERIES.length, 'hits (top 20 each)': hits,
      'query p50 ms': Math.round(pct(0.5) * 10) / 10,
      'query p95 ms': Math.round(pct(0.95) * 10) / 10,
    };
  } finally {
    await t.close();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) console.log(await run());
