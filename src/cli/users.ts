import type { Command } from 'commander';
import { systemActor } from '../accounts/actor.ts';
import { createUser } from '../accounts/commands/createUser.ts';
import { listUsers } from '../accounts/queries.ts';
import { updateUser } from '../accounts/commands/updateUser.ts';
import { withDatabase } from './database.ts';

const operator = systemActor('cli');

export function register(program: Command) {
  const users = program.command('users').description('Manage accounts (add, list, set-role, disable, enable)');
  users
    .command('add <email>')
    .description('Create an account')
    .requiredOption('--role <role>', 'secretariat | chair | delegate | stakeholder')
    .requiredOption('--name <name>', 'display name')
    .option('--state <iso3>', 'the State of a delegate, e.g. NZL')
    .option('--organisation <id>', 'the organisation id of a stakeholder')
    .option('--password <password>', 'initial password (env ACCORD_PASSWORD; at least 10 characters)')
    .action(
      withDatabase(async (engine, email: string, o: { role: string; name: string; state?: string; organisation?: string; password?: string }) => {
        const password = o.password ?? process.env.ACCORD_PASSWORD ?? '';
        const u = await createUser(engine.db, operator, {
          email,
          displayName: o.name,
          role: o.role as 'chair',
          password,
          stateIso3: o.state,
          organisationId: o.organisation ? Number(o.organisation) : undefined,
        });
        process.stdout.write(`Created ${u.email} (${u.role}${u.state_iso3 ? ' ' + u.state_iso3 : ''}), id ${u.id}\n`);
      }),
    );
  users
    .command('list')
    .description('List accounts')
    .option('--json', 'print JSON')
    .action(
      withDatabase(async (engine, o: { json?: boolean }) => {
        const rows = await listUsers(engine.db, operator);
        if (o.json) {
          process.stdout.write(JSON.stringify(rows, null, 2) + '\n');
          return;
        }
        for (const u of rows)
          process.stdout.write(
            `${String(u.id).padStart(4)}  ${u.email.padEnd(36)} ${u.role.padEnd(12)} ${u.state_iso3 ?? ''}${u.disabled ? '  (disabled)' : ''}\n`,
          );
      }),
    );
  users
    .command('set-role <email> <role>')
    .description('Change the role of an account')
    .option('--state <iso3>', 'the State, when the new role is delegate')
    .option('--organisation <id>', 'the organisation id, when the new role is stakeholder')
    .action(
      withDatabase(async (engine, email: string, role: string, o: { state?: string; organisation?: string }) => {
        const u = await updateUser(engine.db, operator, {
          email,
          role: role as 'chair',
          stateIso3: o.state,
          organisationId: o.organisation ? Number(o.organisation) : undefined,
        });
        process.stdout.write(`${u.email} is now ${u.role}${u.state_iso3 ? ' ' + u.state_iso3 : ''}\n`);
      }),
    );
  users
    .command('disable <email>')
    .description('Disable an account: it can no longer sign in, and its sessions and tokens end')
    .action(
      withDatabase(async (engine, email: string) => {
        await updateUser(engine.db, operator, { email, disabled: true });
        process.stdout.write(`${email} is disabled\n`);
      }),
    );
  users
    .command('enable <email>')
    .description('Enable a disabled account again')
    .action(
      withDatabase(async (engine, email: string) => {
        await updateUser(engine.db, operator, { email, disabled: false });
        process.stdout.write(`${email} is enabled\n`);
      }),
    );
}
