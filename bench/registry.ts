import { systemActor } from '../src/accounts/actor.ts';
import { testDb } from '../src/testing/database.ts';
import { seedDemo } from '../src/registry/demo.ts';
import { checkDuplication } from '../src/registry/duplication.ts';
import { roundByRegion, roundByState } from '../src/registry/queries.ts';
import { startCommunicationCheck } from '../src/registry/commands/startCommunicationCheck.ts';

const PROPOSALS = [
  'We propose a new regional network of points of contact with regular communication checks, and cooperation between national CERTs.',
  'Create a programme of technical assistance to train prosecutors in cybercrime cases, electronic evidence and ransomware investigations.',
  'Establish a coordination platform that matches requests for capacity-building with offers from donors, avoiding duplication.',
  'States should protect critical infrastructure and respond to requests for assistance from other States after attacks on hospitals.',
];

/** Duplication-check latency over the demo registry, and a communication check across every State. */
export async function run(): Promise<Record<string, number | string>> {
  const t = await testDb();
  try {
    await seedDemo(t.db);
    const actor = systemActor('bench');
    for (const p of PROPOSALS) await checkDuplication(t.db, p); // warm-up
    const times: number[] = [];
    for (let i = 0; i < 40; i++) {
      const s = performance.now();
      await checkDuplication(t.db, PROPOSALS[i % PROPOSALS.length]!);
      times.push(performance.now() - s);
    }
    times.sort((a, b) => a - b);

    // Two contacts for each of the 193 Member States and 2 observer States.
    const states = await t.db.selectFrom('states').select('iso3').execute();
    const existing = new Set((await t.db.selectFrom('points_of_contact').select('state_iso3').execute()).map((r) => r.state_iso3));
    const revisions = [];
    for (const s of states.filter((x) => !existing.has(x.iso3))) {
      for (const role of ['diplomatic', 'technical'] as const) {
        const pointOfContact = await t.db.insertInto('points_of_contact').values({ state_iso3: s.iso3 }).returning('id').executeTakeFirstOrThrow();
        revisions.push({
          point_of_contact_id: pointOfContact.id,
          revision: 1,
          name: `${s.iso3} ${role} (bench)`,
          role,
          organisation: 'Bench',
          email: `${role}@${s.iso3.toLowerCase()}.example.org`,
          phone: '+10005550100',
          languages: ['en'],
          time_zone: 'UTC',
          created_by_label: 'bench',
        });
      }
    }
    if (revisions.length) await t.db.insertInto('point_of_contact_revisions').values(revisions).execute();
    const s = performance.now();
    const round = await startCommunicationCheck(t.db, actor, {}, { baseUrl: 'http://bench', smtp: null });
    const roundMs = performance.now() - s;
    const s2 = performance.now();
    await Promise.all([roundByState(t.db, round.round.id), roundByRegion(t.db, round.round.id)]);
    const resultsMs = performance.now() - s2;
    return {
      'duplication check p50 (ms, 10 mechanisms)': Math.round(times[Math.floor(times.length / 2)]! * 10) / 10,
      'duplication check p95 (ms)': Math.round(times[Math.floor(times.length * 0.95)]! * 10) / 10,
      'ping round: States': states.length,
      'ping round: contacts': round.links.length,
      'ping round creation (ms, no SMTP)': Math.round(roundMs),
      'ping results per State + region (ms)': Math.round(resultsMs),
    };
  } finally {
    await t.close();
  }
}
