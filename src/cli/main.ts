import { Command } from 'commander';
import { register as analyse } from './analyse.ts';
import { register as backup } from './backup.ts';
import { register as check } from './check.ts';
import { register as demo } from './demo.ts';
import { register as ingest } from './ingest.ts';
import { register as jobs } from './jobs.ts';
import { register as migrate } from './migrate.ts';
import { register as read } from './read.ts';
import { register as serve } from './serve.ts';
import { register as users } from './users.ts';

/** `accord <command>`: each command lives in its own file and registers itself here. */
const program = new Command('accord').description('Accord — the platform of the UN dialogue on ICT security').showHelpAfterError();

for (const register of [serve, migrate, users, backup, read, check, ingest, analyse, demo, jobs]) register(program);

await program.parseAsync(process.argv);
