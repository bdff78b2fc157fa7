import fs from 'node:fs';
import path from 'node:path';
import type { Command } from 'commander';
import { systemActor } from '../accounts/actor.ts';
import { ingestDocument, MAX_UPLOAD_BYTES } from '../records/commands/ingestDocument.ts';
import { retrainClassifier } from '../records/commands/retrainClassifier.ts';
import { AppError } from '../foundation/errors.ts';
import { withDatabase } from './database.ts';

const operator = systemActor('cli');

/** `accord ingest <file> --meeting <id>`: the same ingest as the upload page, in one transaction. */
export function register(program: Command) {
  program
    .command('ingest <file>')
    .description('Read a meeting record or paper and store it, with its statements, as a draft for review')
    .option('--meeting <id>', 'the meeting the document records (see /meetings)')
    .option('--kind <kind>', 'event-report | transcript | summary-record | position-paper | statement | contribution | other')
    .option('--symbol <symbol>', 'UN document symbol, e.g. A/AC.290/2021/INF/1')
    .option('--author <id>', 'author of a paper or statement (ISO alpha-3 or group id)')
    .option('--visibility <v>', 'public | states | secretariat', 'public')
    .option('--json', 'print the result as JSON')
    .action(
      withDatabase(
        async (engine, file: string, o: { meeting?: string; kind?: string; symbol?: string; author?: string; visibility?: string; json?: boolean }) => {
          const stat = fs.statSync(file, { throwIfNoEntry: false });
          if (!stat?.isFile()) throw new AppError('cli.no_file', 2, `No file at ${file}.`);
          if (stat.size > MAX_UPLOAD_BYTES)
            throw new AppError('upload.too_large', 413, `The file is ${(stat.size / 1048576).toFixed(1)} MB; the limit is 50 MB.`);
          const res = await ingestDocument(
            engine.db,
            operator,
            { bytes: new Uint8Array(fs.readFileSync(file)), filename: path.basename(file) },
            {
              meetingId: o.meeting ? Number(o.meeting) : undefined,
              kind: o.kind as never,
              symbol: o.symbol,
              author: o.author,
              visibility: o.visibility as never,
            },
          );
          if (o.json) {
            process.stdout.write(JSON.stringify(res, null, 2) + '\n');
            return;
          }
          process.stdout.write(`Stored document ${res.id} (${res.kind}, draft): ${res.statements} statements, ${res.proposals} proposals.\n`);
          for (const w of res.warnings) process.stdout.write(`warning: ${w}\n`);
          process.stdout.write(`Review it at /documents/${res.id}/review\n`);
        },
      ),
    );
  program
    .command('retrain')
    .description("Retrain the classifier layer that learns from reviewers' corrections")
    .action(
      withDatabase(async (engine) => {
        const res = await retrainClassifier(engine.db, operator);
        process.stdout.write(`Classifier version ${res.version}: ${res.examples} statements, labels ${res.labels.join(', ')}\n`);
      }),
    );
}
