import { sql } from 'kysely';
import { systemActor } from './accounts/actor.ts';
import { recordAudit } from './accounts/audit.ts';
import { hashPassword } from './accounts/password.ts';
import { FRAMEWORK_2025 } from './framework/catalogue/index.ts';
import { ensureFrameworkVersions, seedFramework, seedGlobalMechanism } from './framework/seed.ts';
import { seedParticipants } from './participants/seed.ts';
import type { Db } from './db/engine.ts';

/** The demo accounts printed at first start; one per role, two delegations to show isolation. */
export const DEMO_ACCOUNTS = [
  { email: 'secretariat@accord.test', displayName: 'Secretariat (UNODA)', role: 'secretariat' as const, state: null },
  { email: 'chair@accord.test', displayName: 'The Chair', role: 'chair' as const, state: null },
  { email: 'nzl@accord.test', displayName: 'Delegate of New Zealand', role: 'delegate' as const, state: 'NZL' },
  { email: 'fra@accord.test', displayName: 'Delegate of France', role: 'delegate' as const, state: 'FRA' },
  { email: 'mex@accord.test', displayName: 'Delegate of Mexico', role: 'delegate' as const, state: 'MEX' },
  { email: 'stakeholder@accord.test', displayName: 'Cyber Peace Network', role: 'stakeholder' as const, state: null },
];
export const DEMO_PASSWORD = 'accord-demo-2026';

/** Whether the reference data is already there (the framework is the first thing seeded). */
export async function isSeeded(db: Db) {
  const r = await db
    .selectFrom('framework_versions')
    .select(sql<number>`count(*)`.as('n'))
    .executeTakeFirstOrThrow();
  return Number(r.n) > 0;
}

/**
 * First-start data: the framework, the States and groups; with `demo`, the demo accounts too.
 * One transaction: a half-seeded database would pass `isSeeded` and never be repaired.
 */
export async function seed(db: Db, opts: { demo: boolean }) {
  if (await isSeeded(db)) {
    await ensureFrameworkVersions(db);
    return { seeded: false };
  }
  const passwordHash = opts.demo ? await hashPassword(DEMO_PASSWORD) : '';
  await db.transaction().execute(async (trx) => {
    await seedParticipants(trx);
    await seedFramework(trx, FRAMEWORK_2025);
    await seedGlobalMechanism(trx);
    if (opts.demo) {
      const org = await trx
        .insertInto('stakeholder_organisations')
        .values({
          name: 'Cyber Peace Network',
          kind: 'ngo',
          ecosoc_status: 'special',
          country_iso3: 'CHE',
          website: 'https://example.org/cyber-peace-network',
          description: 'A demo civil-society organisation.',
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      for (const a of DEMO_ACCOUNTS) {
        await trx
          .insertInto('users')
          .values({
            email: a.email,
            display_name: a.displayName,
            password_hash: passwordHash,
            role: a.role,
            state_iso3: a.state,
            organisation_id: a.role === 'stakeholder' ? org.id : null,
          })
          .execute();
      }
    }
    await recordAudit(trx, systemActor('seed'), { action: 'database.seeded', itemType: 'database', after: { framework: FRAMEWORK_2025.id, demo: opts.demo } });
  });
  return { seeded: true };
}
