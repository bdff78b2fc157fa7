import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import type { Command } from 'commander';
import { TextError } from '../text/errors.ts';
import { extractText } from '../text/extract/index.ts';
import { readDocument } from '../text/records/read.ts';
import { DOCUMENT_KINDS, type DocumentKind, type Reading } from '../text/records/types.ts';

export interface ReadIo {
  out: (s: string) => void;
  err: (s: string) => void;
  setExitCode: (code: number) => void;
}

const processIo: ReadIo = {
  out: (s) => process.stdout.write(s),
  err: (s) => process.stderr.write(s),
  setExitCode: (code) => {
    process.exitCode = code;
  },
};

/**
 * `accord read <file> [--kind K] [--json]`: prints the reading of a document without storing it.
 * The JSON is the evaluation contract: statements and proposals in the gold fixtures' shape.
 */
export function register(program: Command, io: ReadIo = processIo): void {
  program
    .command('read')
    .description('Read a meeting record or paper and print its statements, stances and proposals (nothing is stored)')
    .argument('<file>', 'a .txt, .md, .html, .docx or .pdf file')
    .option('--kind <kind>', `document kind: ${DOCUMENT_KINDS.join(', ')} (detected when absent)`)
    .option('--author <author>', 'author of a paper or statement whose title does not name it')
    .option('--json', 'print the reading as JSON')
    .action(async (file: string, opts: { kind?: string; author?: string; json?: boolean }) => {
      try {
        if (opts.kind && !DOCUMENT_KINDS.includes(opts.kind as DocumentKind)) {
          throw new CliError('read.invalid_kind', `Unknown kind "${opts.kind}". Use one of: ${DOCUMENT_KINDS.join(', ')}.`);
        }
        let bytes: Uint8Array;
        try {
          bytes = new Uint8Array(await readFile(file));
        } catch {
          throw new CliError('read.file_not_found', `Cannot read ${file}. Check the path and that the file is readable.`);
        }
        const extracted = await extractText(bytes, { filename: basename(file) });
        const reading = readDocument(extracted.text, { kind: opts.kind as DocumentKind | undefined, author: opts.author });
        const warnings = [...extracted.warnings, ...reading.warnings];
        if (opts.json) {
          io.out(`${JSON.stringify(contractOf(reading), null, 2)}\n`);
          for (const w of warnings) io.err(`warning: ${w}\n`);
        } else {
          io.out(table(reading, warnings));
        }
      } catch (e) {
        if (e instanceof TextError || e instanceof CliError) {
          io.err(`error ${e.code}: ${e.message}\n`);
          io.setExitCode(2);
          return;
        }
        throw e;
      }
    });
}

class CliError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

/**
 * The stable subset of a reading that evaluations compare with gold fixtures. `paragraphs` stays
 * for readers of the paragraph-level contract; `sentences` is the statement's run of sentences
 * ([paragraph, 1-based sentence] as the reader splits them), `joint` the other speakers of a joint
 * sentence, `supportsProposal` an index into `proposals`; `unattributed` lists the sentences left
 * for a person to attribute.
 */
export function contractOf(reading: Reading) {
  return {
    statements: reading.statements.map((s) => ({
      order: s.order,
      speaker: s.speaker,
      speakerKind: s.speakerKind,
      ...(s.deliveredBy ? { deliveredBy: s.deliveredBy } : {}),
      ...(s.person ? { person: { name: s.person.name, ...(s.person.affiliation ? { affiliation: s.person.affiliation } : {}) } } : {}),
      paragraphs: s.paragraphs,
      sentences: { from: { ...s.sentences.from }, to: { ...s.sentences.to } },
      ...(s.joint?.length ? { joint: s.joint } : {}),
      ...(s.supportsProposal != null ? { supportsProposal: s.supportsProposal } : {}),
      tookFloorAgain: s.tookFloorAgain,
      pillars: s.pillars,
      elements: s.elements,
      stances: s.stances.map((x) => ({ question: x.question, value: x.value, evidence: x.evidence })),
    })),
    unattributed: (reading.unattributed ?? []).map((u) => ({ at: { ...u.at }, cue: u.cue })),
    proposals: reading.proposals.map((p) => ({ by: p.by, paragraph: p.paragraph, summary: p.summary, supportedBy: p.supportedBy })),
  };
}

function table(reading: Reading, warnings: string[]): string {
  const lines: string[] = [`kind: ${reading.kind}`];
  if (reading.agenda.length) lines.push(`agenda: ${reading.agenda.join(', ')}`);
  lines.push('', pad('#', 4) + pad('speaker', 18) + pad('paragraphs', 14) + pad('pillars', 44) + 'stances');
  for (const s of reading.statements) {
    const speaker = s.deliveredBy ? `${s.speaker} (${s.deliveredBy})` : s.speaker;
    const paras = s.paragraphs.length > 3 ? `${s.paragraphs[0]}–${s.paragraphs[s.paragraphs.length - 1]}` : s.paragraphs.join(',');
    const stances = s.stances.map((x) => `${x.question}: ${x.value}`).join('; ');
    lines.push(pad(String(s.order), 4) + pad(speaker + (s.tookFloorAgain ? ' ↻' : ''), 18) + pad(paras, 14) + pad(s.pillars.join(', '), 44) + stances);
  }
  if (reading.proposals.length) {
    lines.push('', 'proposals:');
    for (const p of reading.proposals) {
      lines.push(`  ${p.by} (¶${p.paragraph}): ${p.summary}`);
      if (p.supportedBy.length) lines.push(`    supported by ${p.supportedBy.join(', ')}`);
      if (p.opposedBy.length) lines.push(`    opposed by ${p.opposedBy.join(', ')}`);
    }
  }
  if (reading.unattributed?.length) {
    lines.push('', 'needs a speaker:');
    for (const u of reading.unattributed) lines.push(`  ¶${u.at.paragraph}.${u.at.sentence}: ${u.cue}`);
  }
  if (warnings.length) lines.push('', ...warnings.map((w) => `warning: ${w}`));
  return `${lines.join('\n')}\n`;
}

function pad(s: string, n: number): string {
  return s.length >= n ? `${s} ` : s + ' '.repeat(n - s.length);
}
