import type { UserActor } from '../accounts/actor.ts';
import { toActor } from '../accounts/signIn.ts';
import type { Db } from '../db/engine.ts';

/** Actors for the demo accounts (tests, demo seeding, the benchmark), read from the users table. */
export async function demoActors(db: Db) {
  const rows = await db.selectFrom('users').select(['id', 'email', 'display_name', 'role', 'state_iso3', 'organisation_id']).execute();
  const by = (email: string): UserActor => {
    const u = rows.find((r) => r.email === email);
    if (!u) throw new Error(`No account ${email}; seed the demo accounts first.`);
    return toActor(u);
  };
  return {
    secretariat: by('secretariat@accord.test'), chair: by('chair@accord.test'), nzl: by('nzl@accord.test'),
    fra: by('fra@accord.test'), mex: by('mex@accord.test'), stakeholder: by('stakeholder@accord.test'),
  };
}

