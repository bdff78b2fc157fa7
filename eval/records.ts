import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readDocument } from '../src/text/records/read.ts';
import type { DocumentKind, Reading } from '../src/text/records/types.ts';

/**
 * Accuracy of the meeting-record reader against labelled documents: the seeds' gold fixtures in
 * ../shared (when present) and the project's own fixtures in eval/fixtures/records.
 */

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
export const FIXTURES_DIR = join(ROOT, 'eval', 'fixtures', 'records');
const SHARED = join(ROOT, '..', 'shared');

/** A gold reading, whichever of the two fixture shapes it was written in. */
export interface Gold {
  name: string;
  kind: DocumentKind | null;
  statements: Array<{ speaker: string; paragraphs: number[]; tookFloorAgain: boolean; pillars: string[] }>;
  /** `${speaker}|${question}` → value. */
  stances: Map<string, string>;
  proposals: Array<{ by: string; paragraph: number; supportedBy: string[] }>;
  /** `${paragraph}|${iso3}` pairs, when the gold lists mentions. */
  mentions: Set<string> | null;
}

export interface DocumentFigures {
  document: string;
  kindCorrect: boolean | null;
  statementsGold: number;
  statementsRead: number;
  speakerPrecision: number;
  speakerRecall: number;
  speakerF1: number;
  boundaryAccuracy: number;
  tookFloorAgainAccuracy: number;
  pillarTp: number;
  pillarFp: number;
  pillarFn: number;
  pillarF1: number;
  stancesGold: number;
  stancesCorrect: number;
  stanceAccuracy: number;
  stancesExtra: number;
  proposalsGold: number;
  proposalRecall: number;
  supportersGold: number;
  supporterRecall: number;
  mentionPrecision: number | null;
  mentionRecall: number | null;
  /** What went wrong, for a reader tuning rules. */
  errors: string[];
}

export interface EvalResult {
  name: string;
  documents: DocumentFigures[];
  summary: Record<string, number | string>;
  notes: string[];
}

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

/** Reads a gold file in the event-report shape (statements) or the position-paper shape (sections). */
export function parseGold(name: string, json: Json): Gold {
  const stances = new Map<string, string>();
  const statements: Gold['statements'] = [];
  if (Array.isArray(json.sections)) {
    const author = String(json.author);
    for (const s of json.sections) {
      statements.push({ speaker: author, paragraphs: s.paragraphs, tookFloorAgain: false, pillars: s.pillar ? [s.pillar] : [] });
    }
    for (const [q, v] of Object.entries(json.stances ?? {})) stances.set(`${author}|${q}`, String(v));
  } else {
    for (const s of json.statements ?? []) {
      statements.push({ speaker: s.speaker, paragraphs: s.paragraphs, tookFloorAgain: !!s.tookFloorAgain, pillars: s.pillars ?? [] });
    }
    for (const [q, entry] of Object.entries<Json>(json.stances ?? {})) {
      for (const [speaker, v] of Object.entries(entry.positions ?? {})) stances.set(`${speaker}|${q}`, String(v));
    }
  }
  let mentions: Set<string> | null = null;
  if (json.mentionedButNotSpeaking) {
    mentions = new Set();
    for (const [p, ids] of Object.entries<string[]>(json.mentionedButNotSpeaking)) for (const id of ids) mentions.add(`${p}|${id}`);
  }
  return {
    name,
    kind: json.documentKind ?? json.meeting?.documentKind ?? null,
    statements,
    stances,
    proposals: (json.proposals ?? []).map((p: Json) => ({ by: p.by, paragraph: p.paragraph, supportedBy: p.supportedBy ?? [] })),
    mentions,
  };
}

/**
 * A delegation's position on a question over the whole document: the value most of its statements
 * took, the latest on a tie (a delegation's last word stands).
 */
export function documentStances(reading: Reading): Map<string, string> {
  const votes = new Map<string, Array<string>>();
  for (const st of reading.statements) {
    for (const s of st.stances) {
      const key = `${st.speaker}|${s.question}`;
      votes.set(key, [...(votes.get(key) ?? []), s.value]);
    }
  }
  const out = new Map<string, string>();
  for (const [key, values] of votes) {
    const count = new Map<string, number>();
    for (const v of values) count.set(v, (count.get(v) ?? 0) + 1);
    let best = values[values.length - 1];
    for (const v of [...values].reverse()) if ((count.get(v) ?? 0) > (count.get(best) ?? 0)) best = v;
    out.set(key, best);
  }
  return out;
}

const ratio = (a: number, b: number, empty = 1) => (b === 0 ? empty : Math.round((a / b) * 1000) / 1000);
const f1 = (p: number, r: number) => (p + r === 0 ? 0 : Math.round(((2 * p * r) / (p + r)) * 1000) / 1000);

/** Compares a reading with its gold, statement by statement (matched on speaker and first paragraph). */
export function scoreDocument(gold: Gold, reading: Reading): DocumentFigures {
  const errors: string[] = [];
  const readByFirst = new Map(reading.statements.map((s) => [s.paragraphs[0], s]));
  const goldByFirst = new Map(gold.statements.map((s) => [s.paragraphs[0], s]));

  let speakerTp = 0;
  let exact = 0;
  let againOk = 0;
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const g of gold.statements) {
    const r = readByFirst.get(g.paragraphs[0]);
    if (r && r.speaker === g.speaker) speakerTp++;
    else errors.push(`¶${g.paragraphs[0]}: expected ${g.speaker}, read ${r ? r.speaker : 'no statement'}`);
    if (r && r.paragraphs.join(',') === g.paragraphs.join(',')) exact++;
    else if (r) errors.push(`¶${g.paragraphs[0]}: paragraphs [${g.paragraphs}] read as [${r.paragraphs}]`);
    if (r && r.tookFloorAgain === g.tookFloorAgain) againOk++;
    else if (r) errors.push(`¶${g.paragraphs[0]}: tookFloorAgain expected ${g.tookFloorAgain}`);
    const read = new Set<string>(r ? r.pillars : []);
    for (const p of g.pillars) {
      if (read.has(p)) tp++;
      else { fn++; errors.push(`¶${g.paragraphs[0]}: missed pillar ${p}`); }
    }
    for (const p of read) if (!g.pillars.includes(p)) { fp++; errors.push(`¶${g.paragraphs[0]}: extra pillar ${p}`); }
  }
  for (const r of reading.statements) {
    if (!goldByFirst.has(r.paragraphs[0])) {
      fp += r.pillars.length;
      errors.push(`¶${r.paragraphs[0]}: statement by ${r.speaker} not in gold`);
    }
  }
  const precision = ratio(speakerTp, reading.statements.length);
  const recall = ratio(speakerTp, gold.statements.length);

  const read = documentStances(reading);
  let stancesCorrect = 0;
  for (const [key, value] of gold.stances) {
    if (read.get(key) === value) stancesCorrect++;
    else errors.push(`stance ${key}: expected ${value}, read ${read.get(key) ?? 'none'}`);
  }
  let extra = 0;
  for (const [key, value] of read) {
    if (!gold.stances.has(key)) { extra++; errors.push(`stance ${key}: read ${value}, gold has none`); }
  }

  let proposalsFound = 0;
  let supportersFound = 0;
  let supportersGold = 0;
  for (const g of gold.proposals) {
    const r = reading.proposals.find((p) => p.by === g.by && p.paragraph === g.paragraph);
    if (r) proposalsFound++;
    else errors.push(`proposal by ${g.by} in ¶${g.paragraph} not found`);
    for (const s of g.supportedBy) {
      supportersGold++;
      if (r?.supportedBy.includes(s)) supportersFound++;
      else errors.push(`supporter ${s} of ${g.by}'s proposal not found`);
    }
  }

  let mentionPrecision: number | null = null;
  let mentionRecall: number | null = null;
  if (gold.mentions) {
    const readMentions = new Set(Object.entries(reading.mentions).flatMap(([p, ids]) => ids.map((id) => `${p}|${id}`)));
    let hit = 0;
    for (const m of gold.mentions) if (readMentions.has(m)) hit++; else errors.push(`mention ${m} missed`);
    for (const m of readMentions) if (!gold.mentions.has(m)) errors.push(`mention ${m} extra`);
    mentionPrecision = ratio(hit, readMentions.size);
    mentionRecall = ratio(hit, gold.mentions.size);
  }

  return {
    document: gold.name,
    kindCorrect: gold.kind ? gold.kind === reading.kind : null,
    statementsGold: gold.statements.length,
    statementsRead: reading.statements.length,
    speakerPrecision: precision,
    speakerRecall: recall,
    speakerF1: f1(precision, recall),
    boundaryAccuracy: ratio(exact, gold.statements.length),
    tookFloorAgainAccuracy: ratio(againOk, gold.statements.length),
    pillarTp: tp,
    pillarFp: fp,
    pillarFn: fn,
    pillarF1: f1(ratio(tp, tp + fp), ratio(tp, tp + fn)),
    stancesGold: gold.stances.size,
    stancesCorrect,
    stanceAccuracy: ratio(stancesCorrect, gold.stances.size),
    stancesExtra: extra,
    proposalsGold: gold.proposals.length,
    proposalRecall: ratio(proposalsFound, gold.proposals.length),
    supportersGold,
    supporterRecall: ratio(supportersFound, supportersGold),
    mentionPrecision,
    mentionRecall,
    errors,
  };
}

/** Gold files of a folder paired with their texts: `<name>.gold.json` beside `<name>.txt`. */
export function loadFixtures(dir: string = FIXTURES_DIR): Array<{ gold: Gold; text: string }> {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => f.endsWith('.gold.json'))
    .sort()
    .map((f) => {
      const name = basename(f, '.gold.json');
      return { gold: parseGold(name, JSON.parse(readFileSync(join(dir, f), 'utf8'))), text: readFileSync(join(dir, `${name}.txt`), 'utf8') };
    });
}

function loadSeeds(): Array<{ gold: Gold; text: string }> {
  const fixtures = join(SHARED, 'fixtures');
  if (!existsSync(fixtures)) return [];
  return readdirSync(fixtures)
    .filter((f) => f.endsWith('.gold.json'))
    .sort()
    .flatMap((f) => {
      const json = JSON.parse(readFileSync(join(fixtures, f), 'utf8'));
      const source = join(SHARED, String(json.source ?? ''));
      if (!json.source || !existsSync(source)) return [];
      return [{ gold: parseGold(`seed:${basename(f, '.gold.json')}`, json), text: readFileSync(source, 'utf8') }];
    });
}

function pooled(figures: DocumentFigures[], prefix: string): Record<string, number> {
  const sum = (k: keyof DocumentFigures) => figures.reduce((a, f) => a + (f[k] as number), 0);
  const tp = sum('pillarTp');
  const p = ratio(tp, tp + sum('pillarFp'));
  const r = ratio(tp, tp + sum('pillarFn'));
  const stancesGold = sum('stancesGold');
  return {
    [`${prefix} documents`]: figures.length,
    [`${prefix} speaker F1 (mean)`]: ratio(sum('speakerF1'), figures.length),
    [`${prefix} boundary accuracy (mean)`]: ratio(sum('boundaryAccuracy'), figures.length),
    [`${prefix} pillar micro-F1`]: f1(p, r),
    [`${prefix} stance accuracy (pooled)`]: ratio(sum('stancesCorrect'), stancesGold),
    [`${prefix} stances asserted without gold`]: sum('stancesExtra'),
    [`${prefix} proposal recall (mean)`]: ratio(sum('proposalRecall'), figures.length),
    [`${prefix} supporter recall (pooled)`]: ratio(figures.reduce((a, f) => a + f.supporterRecall * f.supportersGold, 0), sum('supportersGold')),
  };
}

export async function run(): Promise<EvalResult> {
  const notes: string[] = [];
  const seeds = loadSeeds();
  if (seeds.length === 0) notes.push('../shared/fixtures not found: seed documents skipped');
  const own = loadFixtures();
  const documents = [...seeds, ...own].map(({ gold, text }) => scoreDocument(gold, readDocument(text)));
  const seedFigures = documents.filter((d) => d.document.startsWith('seed:'));
  const ownFigures = documents.filter((d) => !d.document.startsWith('seed:'));
  return {
    name: 'records',
    documents,
    summary: { ...(seedFigures.length ? pooled(seedFigures, 'seeds') : {}), ...pooled(ownFigures, 'fixtures') },
    notes,
  };
}

function printTable(result: EvalResult, verbose: boolean): void {
  const cols: Array<[string, (d: DocumentFigures) => string]> = [
    ['document', (d) => d.document],
    ['kind', (d) => (d.kindCorrect === null ? '-' : d.kindCorrect ? 'ok' : 'WRONG')],
    ['stmts', (d) => `${d.statementsRead}/${d.statementsGold}`],
    ['spk P', (d) => d.speakerPrecision.toFixed(2)],
    ['spk R', (d) => d.speakerRecall.toFixed(2)],
    ['spk F1', (d) => d.speakerF1.toFixed(2)],
    ['bound', (d) => d.boundaryAccuracy.toFixed(2)],
    ['again', (d) => d.tookFloorAgainAccuracy.toFixed(2)],
    ['pillar F1', (d) => d.pillarF1.toFixed(2)],
    ['stance acc', (d) => `${d.stanceAccuracy.toFixed(2)} (${d.stancesCorrect}/${d.stancesGold})`],
    ['extra', (d) => String(d.stancesExtra)],
    ['prop R', (d) => d.proposalRecall.toFixed(2)],
    ['supp R', (d) => d.supporterRecall.toFixed(2)],
    ['mention P/R', (d) => (d.mentionPrecision === null ? '-' : `${d.mentionPrecision.toFixed(2)}/${d.mentionRecall!.toFixed(2)}`)],
  ];
  const rows = [cols.map((c) => c[0]), ...result.documents.map((d) => cols.map((c) => c[1](d)))];
  const widths = cols.map((_, i) => Math.max(...rows.map((r) => r[i].length)));
  for (const r of rows) console.log(r.map((v, i) => v.padEnd(widths[i])).join('  '));
  console.log('');
  for (const [k, v] of Object.entries(result.summary)) console.log(`${k}: ${v}`);
  for (const n of result.notes) console.log(`note: ${n}`);
  if (verbose) {
    for (const d of result.documents) {
      if (d.errors.length === 0) continue;
      console.log(`\n${d.document}:`);
      for (const e of d.errors) console.log(`  ${e}`);
    }
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  printTable(await run(), process.argv.includes('--verbose'));
}
