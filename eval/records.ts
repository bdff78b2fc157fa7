import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readDocument } from '../src/text/records/read.ts';
import type { DocumentKind, Reading, ReadStatement } from '../src/text/records/types.ts';

/**
 * Accuracy of the meeting-record reader against labelled documents: the seeds' gold fixtures in
 * ../shared (when present) and the project's own fixtures in eval/fixtures/records.
 */

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
export const FIXTURES_DIR = join(ROOT, 'eval', 'fixtures', 'records');
const SHARED = join(ROOT, '..', 'shared');

/**
 * A gold statement. `from`/`to` ([paragraph, sentence]) are present in the sentence-level shape
 * (eval/fixtures/records/README.md); older fixtures give whole paragraphs only.
 */
export interface GoldStatement {
  speaker: string;
  paragraphs: number[];
  from: [number, number] | null;
  to: [number, number] | null;
  joint: string[];
  tookFloorAgain: boolean;
  /** null when the gold does not label pillars for this statement. */
  pillars: string[] | null;
}

/** A gold reading, whichever of the fixture shapes it was written in. */
export interface Gold {
  name: string;
  kind: DocumentKind | null;
  statements: GoldStatement[];
  /** `${paragraph}.${sentence}` of sentences a person must attribute (v2 gold only). */
  unattributed: Set<string> | null;
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
  /** Statements matched on speaker and start: true positives, spurious reads, misses. */
  statementTp: number;
  statementFp: number;
  statementFn: number;
  jointGold: number;
  jointCorrect: number;
  unattributedGold: number;
  unattributedFound: number;
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
      statements.push({
        speaker: author,
        paragraphs: s.paragraphs,
        from: null,
        to: null,
        joint: [],
        tookFloorAgain: false,
        pillars: s.pillar ? [s.pillar] : [],
      });
    }
    for (const [q, v] of Object.entries(json.stances ?? {})) stances.set(`${author}|${q}`, String(v));
  } else {
    for (const s of json.statements ?? []) {
      const from = Array.isArray(s.from) ? ([Number(s.from[0]), Number(s.from[1])] as [number, number]) : null;
      const to = Array.isArray(s.to) ? ([Number(s.to[0]), Number(s.to[1])] as [number, number]) : from;
      const paragraphs: number[] = Array.isArray(s.paragraphs)
        ? s.paragraphs
        : from && to
          ? Array.from({ length: to[0] - from[0] + 1 }, (_, i) => from[0] + i)
          : [];
      statements.push({
        speaker: String(s.speaker),
        paragraphs,
        from,
        to,
        joint: Array.isArray(s.joint) ? s.joint.map(String) : [],
        tookFloorAgain: !!s.tookFloorAgain,
        pillars: Array.isArray(s.pillars) ? s.pillars : from ? null : [],
      });
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
  const unattributed = Array.isArray(json.unattributed) ? new Set<string>(json.unattributed.map((x: [number, number]) => `${x[0]}.${x[1]}`)) : null;
  return {
    name,
    kind: json.documentKind ?? json.meeting?.documentKind ?? null,
    statements,
    unattributed,
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

/**
 * Compares a reading with its gold. A read statement matches a gold one with the same speaker that
 * starts at the same sentence (sentence-level gold) or in the same paragraph (paragraph-level gold);
 * each read statement matches at most one gold statement.
 */
export function scoreDocument(gold: Gold, reading: Reading): DocumentFigures {
  const errors: string[] = [];
  const used = new Set<ReadStatement>();
  const startOf = (r: ReadStatement) => `${r.sentences.from.paragraph}.${r.sentences.from.sentence}`;
  const at = (g: GoldStatement) => (g.from ? `¶${g.from[0]}.${g.from[1]}` : `¶${g.paragraphs[0]}`);
  const matchOf = (g: GoldStatement): ReadStatement | undefined => {
    const candidates = reading.statements.filter(
      (r) => !used.has(r) && r.speaker === g.speaker && (g.from ? startOf(r) === `${g.from[0]}.${g.from[1]}` : r.paragraphs[0] === g.paragraphs[0]),
    );
    return candidates[0];
  };

  let speakerTp = 0;
  let exact = 0;
  let againOk = 0;
  let jointGold = 0;
  let jointCorrect = 0;
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const g of gold.statements) {
    const r = matchOf(g);
    if (r) {
      used.add(r);
      speakerTp++;
    } else {
      const there = reading.statements.filter((x) => (g.from ? startOf(x) === `${g.from[0]}.${g.from[1]}` : x.paragraphs[0] === g.paragraphs[0]));
      errors.push(`${at(g)}: expected ${g.speaker}, read ${there.length ? there.map((x) => x.speaker).join('+') : 'no statement'}`);
      continue;
    }
    const boundaryOk = g.to ? r.sentences.to.paragraph === g.to[0] && r.sentences.to.sentence === g.to[1] : r.paragraphs.join(',') === g.paragraphs.join(',');
    if (boundaryOk) exact++;
    else
      errors.push(
        `${at(g)} ${g.speaker}: ends ${g.to ? `¶${g.to[0]}.${g.to[1]}` : `[${g.paragraphs}]`}, read ¶${r.sentences.to.paragraph}.${r.sentences.to.sentence} [${r.paragraphs}]`,
      );
    if (r.tookFloorAgain === g.tookFloorAgain) againOk++;
    else errors.push(`${at(g)}: tookFloorAgain expected ${g.tookFloorAgain}`);
    if (g.joint.length) {
      jointGold++;
      const readJoint = new Set(r.joint ?? []);
      if (g.joint.every((j) => readJoint.has(j))) jointCorrect++;
      else errors.push(`${at(g)} ${g.speaker}: joint with [${g.joint}], read [${r.joint ?? []}]`);
    }
    if (g.pillars === null) continue;
    const read = new Set<string>(r.pillars);
    for (const p of g.pillars) {
      if (read.has(p)) tp++;
      else {
        fn++;
        errors.push(`${at(g)}: missed pillar ${p}`);
      }
    }
    for (const p of read)
      if (!g.pillars.includes(p)) {
        fp++;
        errors.push(`${at(g)}: extra pillar ${p}`);
      }
  }
  const labelsPillars = gold.statements.some((g) => g.pillars !== null);
  for (const r of reading.statements) {
    if (used.has(r)) continue;
    if (labelsPillars) fp += r.pillars.length;
    errors.push(`¶${startOf(r)}: statement by ${r.speaker} not in gold ("${r.speakerCue.slice(0, 60)}")`);
  }
  let unattributedFound = 0;
  if (gold.unattributed) {
    const read = new Set(reading.unattributed.map((u) => `${u.at.paragraph}.${u.at.sentence}`));
    for (const u of gold.unattributed)
      if (read.has(u)) unattributedFound++;
      else errors.push(`¶${u}: should be left unattributed`);
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
    if (!gold.stances.has(key)) {
      extra++;
      errors.push(`stance ${key}: read ${value}, gold has none`);
    }
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
    for (const m of gold.mentions)
      if (readMentions.has(m)) hit++;
      else errors.push(`mention ${m} missed`);
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
    statementTp: speakerTp,
    statementFp: reading.statements.length - speakerTp,
    statementFn: gold.statements.length - speakerTp,
    jointGold,
    jointCorrect,
    unattributedGold: gold.unattributed?.size ?? 0,
    unattributedFound,
    boundaryAccuracy: ratio(speakerTp ? exact : 0, speakerTp),
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
  const sTp = sum('statementTp');
  const sFp = sum('statementFp');
  const sFn = sum('statementFn');
  const read = sum('statementsRead');
  const kinds = figures.filter((f) => f.kindCorrect !== null);
  return {
    [`${prefix} documents`]: figures.length,
    [`${prefix} kind accuracy`]: ratio(kinds.filter((f) => f.kindCorrect).length, kinds.length),
    [`${prefix} statement F1 (pooled)`]: f1(ratio(sTp, sTp + sFp), ratio(sTp, sTp + sFn)),
    [`${prefix} statement precision`]: ratio(sTp, sTp + sFp),
    [`${prefix} statement recall`]: ratio(sTp, sTp + sFn),
    [`${prefix} spurious statements per 50`]: Math.round((sFp / Math.max(1, read)) * 50 * 100) / 100,
    [`${prefix} speaker F1 (mean)`]: ratio(sum('speakerF1'), figures.length),
    [`${prefix} boundary accuracy (matched)`]: ratio(
      figures.reduce((a, f) => a + f.boundaryAccuracy * f.statementTp, 0),
      sTp,
    ),
    [`${prefix} joint statements recognised`]: ratio(sum('jointCorrect'), sum('jointGold')),
    [`${prefix} unattributed sentences flagged`]: ratio(sum('unattributedFound'), sum('unattributedGold')),
    [`${prefix} pillar micro-F1`]: f1(p, r),
    [`${prefix} stance accuracy (pooled)`]: ratio(sum('stancesCorrect'), stancesGold),
    [`${prefix} stances asserted without gold`]: sum('stancesExtra'),
    [`${prefix} spurious stances per 50 statements`]: Math.round((sum('stancesExtra') / Math.max(1, read)) * 50 * 100) / 100,
    [`${prefix} proposal recall (pooled)`]: ratio(
      figures.reduce((a, f) => a + f.proposalRecall * f.proposalsGold, 0),
      sum('proposalsGold'),
    ),
    [`${prefix} supporter recall (pooled)`]: ratio(
      figures.reduce((a, f) => a + f.supporterRecall * f.supportersGold, 0),
      sum('supportersGold'),
    ),
  };
}

/** The issue's targets, checked on a pooled group of documents. */
function targetsOf(summary: Record<string, number>, prefix: string, statementF1: number): string[] {
  const missed: string[] = [];
  const need = (key: string, ok: (v: number) => boolean, want: string) => {
    const v = summary[`${prefix} ${key}`];
    if (v !== undefined && !ok(v)) missed.push(`${prefix} ${key} ${v} (target ${want})`);
  };
  need('statement F1 (pooled)', (v) => v >= statementF1, `≥ ${statementF1}`);
  need('spurious statements per 50', (v) => v <= 1, '≤ 1');
  need('stance accuracy (pooled)', (v) => v >= 0.85, '≥ 0.85');
  need('spurious stances per 50 statements', (v) => v <= 1, '≤ 1');
  need('proposal recall (pooled)', (v) => v >= 0.9, '≥ 0.9');
  need('supporter recall (pooled)', (v) => v >= 0.9, '≥ 0.9');
  return missed;
}

/** Extra labelled folders (ACCORD_EVAL_RECORDS_DIRS, separated by ':'), e.g. real records kept outside the repo. */
function extraDirs(): string[] {
  return (process.env.ACCORD_EVAL_RECORDS_DIRS ?? '').split(':').filter((d) => d && existsSync(d));
}

export async function run(): Promise<EvalResult & { targetsMet: boolean; missed: string[] }> {
  const notes: string[] = [];
  const seeds = loadSeeds();
  if (seeds.length === 0) notes.push('../shared/fixtures not found: seed documents skipped');
  const groups: Array<{ prefix: string; docs: Array<{ gold: Gold; text: string }>; f1: number }> = [
    ...(seeds.length ? [{ prefix: 'seeds', docs: seeds, f1: 0.95 }] : []),
    { prefix: 'fixtures', docs: loadFixtures(), f1: 0.95 },
    ...extraDirs().map((d) => ({
      prefix: `extra:${basename(d)}`,
      docs: loadFixtures(d).map((x) => ({ ...x, gold: { ...x.gold, name: `${basename(d)}/${x.gold.name}` } })),
      f1: 0.9,
    })),
  ];
  const documents: DocumentFigures[] = [];
  const summary: Record<string, number> = {};
  const missed: string[] = [];
  for (const g of groups) {
    const figures = g.docs.map(({ gold, text }) => scoreDocument(gold, readDocument(text)));
    documents.push(...figures);
    const s = pooled(figures, g.prefix);
    Object.assign(summary, s);
    missed.push(...targetsOf(s, g.prefix, g.f1));
  }
  return { name: 'records', documents, summary, notes, targetsMet: missed.length === 0, missed };
}

/** The table `npm run eval` prints. */
export function format(result: EvalResult): string {
  const lines: string[] = [];
  const log = console.log;
  console.log = (...a: unknown[]) => {
    lines.push(a.join(' '));
  };
  try {
    printTable(result, false);
  } finally {
    console.log = log;
  }
  return lines.join('\n');
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
  for (const m of (result as { missed?: string[] }).missed ?? []) console.log(`target missed: ${m}`);
  if (verbose) {
    for (const d of result.documents) {
      if (d.errors.length === 0) continue;
      console.log(`\n${d.document}:`);
      for (const e of d.errors) console.log(`  ${e}`);
    }
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const only = process.argv.slice(2).filter((a) => !a.startsWith('--'));
  const result = await run();
  if (only.length) result.documents = result.documents.filter((d) => only.some((o) => d.document.includes(o)));
  printTable(result, process.argv.includes('--verbose'));
}
