import { existsSync, readFileSync } from 'node:fs';
import os from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';
import { readDocument } from '../src/text/records/read.ts';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const CORPUS = join(ROOT, '..', 'shared', 'corpora', 'ungdc-sessions-70-79.jsonl.gz');

interface Speech {
  iso3: string;
  paragraphs: string[];
}

function loadCorpus(): { texts: string[]; words: number } {
  const lines = gunzipSync(readFileSync(CORPUS)).toString('utf8').split('\n');
  const texts: string[] = [];
  let words = 0;
  for (const line of lines) {
    if (!line.trim()) continue;
    const speech = JSON.parse(line) as Speech;
    const text = speech.paragraphs.join('\n');
    texts.push(text);
    words += text.split(/\s+/).filter(Boolean).length;
  }
  return { texts, words };
}

function time(fn: () => void): number {
  const t0 = process.hrtime.bigint();
  fn();
  return Number(process.hrtime.bigint() - t0) / 1e9;
}

/** Seconds of this process's CPU time (user and system) `fn` took: on a shared machine, wall time also counts other processes' turns. */
function cpuTime(fn: () => void): number {
  const c0 = process.cpuUsage();
  fn();
  const c = process.cpuUsage(c0);
  return (c.user + c.system) / 1e6;
}

/**
 * Words per second of the reading pipeline on the UN General Debate corpus (sessions 70–79), beside
 * wink-nlp's readDoc alone on the same speeches in the same run. Each speech is read as a document
 * of unknown kind, so kind detection and paragraph-by-paragraph attribution run as for an upload.
 */
export async function run(): Promise<Record<string, number | string>> {
  if (!existsSync(CORPUS)) return { skipped: `corpus not found at ${CORPUS}` };
  const { texts, words } = loadCorpus();

  // The first pass pays one-time costs: V8 compiles each of the reader's large patterns (the
  // reporting-verb alternations) on first use, and the heap grows to its working size. A server or
  // a corpus import pays them once per process, so the throughput is measured on a second pass and
  // the first pass is reported beside it.
  const cold = time(() => {
    for (const t of texts) readDocument(t, { skipPositions: true });
  });
  let statements = 0;
  let coreCpu = 0;
  const core = time(() => {
    coreCpu = cpuTime(() => {
      for (const t of texts) statements += readDocument(t, { skipPositions: true }).statements.length;
    });
  });
  const full = time(() => {
    for (const t of texts) readDocument(t);
  });

  const winkNLP = (await import('wink-nlp')).default;
  const model = (await import('wink-eng-lite-web-model')).default;
  const nlp = winkNLP(model);
  for (const t of texts.slice(0, 20)) nlp.readDoc(t);
  let tokens = 0;
  const wink = time(() => {
    for (const t of texts) tokens += nlp.readDoc(t).tokens().length();
  });

  const wps = (s: number) => Math.round(words / s);
  return {
    speeches: texts.length,
    words,
    'pipeline words/s (segmentation, attribution, classification)': wps(core),
    'first pass words/s (with one-time pattern compilation)': wps(cold),
    'pipeline words/s (with stances and proposals)': wps(full),
    'wink readDoc words/s': wps(wink),
    'pipeline seconds': Math.round(core * 100) / 100,
    'pipeline CPU seconds (this process)': Math.round(coreCpu * 100) / 100,
    'pipeline words per CPU second': wps(coreCpu),
    'machine load (1 min average, cores)': `${os.loadavg()[0].toFixed(1)} on ${os.cpus().length}`,
    'wink readDoc seconds': Math.round(wink * 100) / 100,
    'statements found': statements,
    'wink tokens': tokens,
    // Issue 11: at least 1,000,000 words/s for segmentation, attribution and classification.
    'target met (>= 1,000,000 words/s)': wps(core) >= 1_000_000 ? 'yes' : 'no',
  };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const figures = await run();
  for (const [k, v] of Object.entries(figures)) console.log(`${k}: ${v}`);
}
