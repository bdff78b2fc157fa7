/**
 * `accord check <draft-file> --agreed-language <file-or-folder>... [--json] [--min-pillar-share N] [--stance-map F]`
 * (`--reference`, its earlier name, still works)
 *
 * Checks a draft against agreed language without a server or database. Reference folders are read
 * recursively for .txt, .md, .html, .htm, .docx and .pdf files. A reference's symbol is, in order:
 * a "Symbol: A/70/174" line among its first five non-empty lines; its first non-empty line when that
 * line is a UN symbol alone ("A/70/174", "A/RES/70/237", "A/AC.290/2021/CRP.2"); else the file name
 * without extension. A "Consensus: yes" line there marks it as adopted by consensus. Both header
 * lines are removed before the text is split into paragraphs.
 * Errors go to stderr as `error <code>: message` with exit code 2.
 * In the draft a line break ends a paragraph. `--json` prints the check result: each sentence's
 * `match` (its primary source) and `sources` (every agreed source, with the aligned spans).
 */
import { readdir, readFile, stat } from 'node:fs/promises';
import { basename, extname, join } from 'node:path';
import { Option, type Command } from 'commander';
import { buildReferenceIndex, type ReferenceDocument } from '../text/provenance/index.ts';
import { checkDraft, CheckError, DOCUMENT, type CheckResult, type StanceEntry } from '../text/checks/index.ts';
import { extractText } from '../text/extract/index.ts';
import { isTextError } from '../text/errors.ts';

const REFERENCE_EXTENSIONS = new Set(['.txt', '.md', '.html', '.htm', '.docx', '.pdf']);
const DRAFT_MAX_BYTES = 10 * 1024 * 1024;
const REFERENCE_MAX_BYTES = 50 * 1024 * 1024;
const UN_SYMBOL = /^[A-Z]{1,4}(?:\/[A-Z0-9][A-Za-z0-9.()-]*)+$/;

export class CliError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

export interface CheckCliOptions {
  agreedLanguage?: string[];
  /** The option's earlier name. */
  reference?: string[];
  json?: boolean;
  minPillarShare?: string | number;
  stanceMap?: string;
}

async function readDocument(path: string, maxBytes: number, role: 'draft' | 'reference'): Promise<string> {
  let size: number;
  try {
    size = (await stat(path)).size;
  } catch {
    throw new CliError('check.not_found', `No ${role} file at ${path}. Check the path.`);
  }
  if (size > maxBytes) {
    throw new CliError('upload.too_large', `The ${role} file ${path} is ${(size / 1048576).toFixed(1)} MB; the limit is ${maxBytes / 1048576} MB.`);
  }
  try {
    const { text } = await extractText(new Uint8Array(await readFile(path)), { filename: basename(path), maxBytes });
    if (!text.trim()) throw new CliError(`check.empty_${role}`, `The ${role} file ${path} has no text.`);
    return text;
  } catch (e) {
    if (isTextError(e)) {
      if (e.code === 'upload.empty') throw new CliError(`check.empty_${role}`, `The ${role} file ${path} is empty. ${e.message}`);
      throw new CliError(e.code, `${path}: ${e.message}`);
    }
    throw e;
  }
}

/** Reads a reference's symbol and consensus header lines; see the module comment for the rule. */
export function referenceFromText(text: string, fileName: string): ReferenceDocument {
  const lines = text.split(/\r?\n/);
  const nonEmpty = lines
    .map((l, i) => [l.trim(), i] as const)
    .filter(([l]) => l)
    .slice(0, 5);
  let symbol: string | null = null;
  let consensus = false;
  const drop = new Set<number>();
  for (const [line, i] of nonEmpty) {
    const s = /^(?:document\s+)?symbol\s*:\s*(\S+)\s*$/i.exec(line);
    if (s && symbol === null) {
      symbol = s[1];
      drop.add(i);
    }
    const c = /^consensus\s*:\s*(yes|no|true|false)\s*$/i.exec(line);
    if (c) {
      consensus = /^(yes|true)$/i.test(c[1]);
      drop.add(i);
    }
  }
  if (symbol === null && nonEmpty.length && UN_SYMBOL.test(nonEmpty[0][0])) {
    symbol = nonEmpty[0][0];
    drop.add(nonEmpty[0][1]);
  }
  const body = lines.map((l, i) => (drop.has(i) ? '' : l)).join('\n');
  return { symbol: symbol ?? basename(fileName, extname(fileName)), text: body, consensus };
}

async function referenceFiles(path: string): Promise<string[]> {
  let info;
  try {
    info = await stat(path);
  } catch {
    throw new CliError('check.not_found', `No agreed-language file or folder at ${path}. Check the path.`);
  }
  if (info.isFile()) return [path];
  const out: string[] = [];
  for (const entry of (await readdir(path, { withFileTypes: true })).sort((a, b) => a.name.localeCompare(b.name))) {
    const full = join(path, entry.name);
    if (entry.isDirectory()) out.push(...(await referenceFiles(full)));
    else if (entry.isFile() && REFERENCE_EXTENSIONS.has(extname(entry.name).toLowerCase())) out.push(full);
  }
  return out;
}

async function readStanceMap(path: string): Promise<StanceEntry[]> {
  let parsed: unknown;
  try {
    parsed = JSON.parse(await readFile(path, 'utf8'));
  } catch {
    throw new CliError('check.stance_map_invalid', `${path} is not a JSON file. Give an array of { question, value, speakers }.`);
  }
  const ok =
    Array.isArray(parsed) &&
    parsed.every(
      (e) =>
        e &&
        typeof e.question === 'string' &&
        typeof e.value === 'string' &&
        Array.isArray(e.speakers) &&
        e.speakers.every((s: unknown) => typeof s === 'string'),
    );
  if (!ok) throw new CliError('check.stance_map_invalid', `${path} must hold an array of { question, value, speakers: string[] }.`);
  return parsed as StanceEntry[];
}

/** Runs the check and returns what to print; never exits, so tests can call it. */
export async function runCheck(draftPath: string, opts: CheckCliOptions): Promise<{ exitCode: number; stdout: string; stderr: string }> {
  try {
    const share = opts.minPillarShare === undefined ? 0.08 : Number(opts.minPillarShare);
    if (!Number.isFinite(share) || share < 0 || share > 1)
      throw new CliError('check.invalid_option', '--min-pillar-share must be a number between 0 and 1, e.g. 0.08.');
    const draft = await readDocument(draftPath, DRAFT_MAX_BYTES, 'draft');
    const docs: ReferenceDocument[] = [];
    for (const ref of [...(opts.agreedLanguage ?? []), ...(opts.reference ?? [])]) {
      const files = await referenceFiles(ref);
      if (files.length === 0) throw new CliError('check.no_agreed_language', `${ref} holds no .txt, .md, .html, .docx or .pdf file.`);
      for (const file of files) docs.push(referenceFromText(await readDocument(file, REFERENCE_MAX_BYTES, 'reference'), file));
    }
    const stanceMap = opts.stanceMap ? await readStanceMap(opts.stanceMap) : undefined;
    const index = docs.length ? buildReferenceIndex(docs) : null;
    const result = checkDraft(draft, index, { minPillarShare: share, stanceMap });
    return { exitCode: 0, stdout: opts.json ? `${JSON.stringify(result, null, 2)}\n` : formatText(result), stderr: '' };
  } catch (e) {
    if (e instanceof CliError || e instanceof CheckError) return { exitCode: 2, stdout: '', stderr: `error ${e.code}: ${e.message}\n` };
    throw e;
  }
}

export function formatText(result: CheckResult): string {
  const lines: string[] = [];
  for (const s of result.sentences) {
    const where = s.paragraph === DOCUMENT ? 'Whole draft' : `¶ ${s.paragraph.replace(/^¶/, '')}`;
    const match = s.match ? ` ← ${s.match.symbol} para. ${s.match.paragraph} (${Math.round(s.match.similarity * 100)}%)` : '';
    if (s.paragraph !== DOCUMENT) lines.push(`${where} [${s.pillars.join(', ') || 'no pillar'}]${match}\n  ${s.text}`);
    else lines.push(where);
    // A spliced sentence: every source with the words it explains (the first is the one shown above).
    if (s.sources.length > 1) {
      for (const src of s.sources)
        lines.push(
          `  ← ${src.symbol} para. ${src.paragraph} (${Math.round(src.similarity * 100)}%) for “${s.text.slice(src.sentenceSpan.start, src.sentenceSpan.end)}”`,
        );
    }
    for (const f of s.flags) lines.push(`  ! ${f.kind}: ${f.explanation}`);
  }
  lines.push('', 'Balance (words, paragraphs):');
  for (const [pillar, b] of Object.entries(result.balance))
    lines.push(`  ${pillar.padEnd(24)} ${String(b.words).padStart(6)} ${String(b.paragraphs).padStart(4)}`);
  if (result.missingPillars.length) lines.push(`Missing pillars: ${result.missingPillars.join(', ')}`);
  return `${lines.join('\n')}\n`;
}

export function register(program: Command) {
  program
    .command('check')
    .description('Check a draft against agreed language: provenance, changes, balance, law/norm and neutrality (no server needed)')
    .argument('<draft-file>', 'the draft (.txt, .md, .html, .docx or .pdf)')
    .option('-a, --agreed-language <file-or-folder...>', 'agreed-language documents; folders are read recursively')
    .addOption(new Option('-r, --reference <file-or-folder...>', 'the earlier name of --agreed-language').hideHelp())
    .option('--json', 'print the result as JSON')
    .option('--min-pillar-share <share>', 'flag pillars below this share of the words', '0.08')
    .option('--stance-map <file>', 'JSON array of { question, value, speakers } from the meeting record')
    .action(async (draftFile: string, opts: CheckCliOptions) => {
      const { exitCode, stdout, stderr } = await runCheck(draftFile, opts);
      if (stdout) process.stdout.write(stdout);
      if (stderr) process.stderr.write(stderr);
      process.exitCode = exitCode;
    });
}
