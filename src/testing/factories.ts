import { systemActor, type UserActor } from '../accounts/actor.ts';
import { toActor } from '../accounts/signIn.ts';
import type { Db } from '../db/engine.ts';
import { createDraft } from '../drafting/commands/createDraft.ts';
import { issueVersion } from '../drafting/commands/issueVersion.ts';
import { createMeeting } from '../records/commands/createMeeting.ts';
import { createSession } from '../records/commands/createSession.ts';
import type { Lang } from '../i18n/languages.ts';
import type { Answers } from '../reporting/answers.ts';
import { createCycle } from '../reporting/commands/createCycle.ts';
import { saveDraft } from '../reporting/commands/saveDraft.ts';
import { startReport } from '../reporting/commands/startReport.ts';
import { submitReport } from '../reporting/commands/submitReport.ts';

/**
 * The shared test factories: the people, meetings, reporting cycles, reports and drafts that tests
 * and access-matrix fixtures of several capabilities create. Each goes through the real command (so
 * it is audited and validated like a user's) unless it says otherwise; capability-specific helpers
 * (a hand-made reading of a record, a questionnaire upload) stay in that capability's testing.ts.
 */

/** The actor of an account by e-mail (the test database has the demo accounts). */
export async function actorFor(db: Db, email: string): Promise<UserActor> {
  const u = await db
    .selectFrom('users')
    .select(['id', 'email', 'display_name', 'role', 'state_iso3', 'organisation_id'])
    .where('email', '=', email)
    .executeTakeFirst();
  if (!u) throw new Error(`No account ${email}; seed the demo accounts first.`);
  return toActor(u);
}

/** Actors for the demo accounts (tests, demo seeding, the benchmark), read from the users table at once. */
export async function demoActors(db: Db) {
  const rows = await db.selectFrom('users').select(['id', 'email', 'display_name', 'role', 'state_iso3', 'organisation_id']).execute();
  const by = (email: string): UserActor => {
    const u = rows.find((r) => r.email === email);
    if (!u) throw new Error(`No account ${email}; seed the demo accounts first.`);
    return toActor(u);
  };
  return {
    secretariat: by('secretariat@accord.test'),
    chair: by('chair@accord.test'),
    nzl: by('nzl@accord.test'),
    fra: by('fra@accord.test'),
    mex: by('mex@accord.test'),
    stakeholder: by('stakeholder@accord.test'),
  };
}

/** A session and meeting of the 2021–2025 OEWG; `n` keeps session numbers (100 + n) apart between callers. */
export async function testMeeting(db: Db, n = 1, agenda = 'institutional-dialogue') {
  const secretariat = await actorFor(db, 'secretariat@accord.test');
  const process = await db.selectFrom('processes').select('id').where('slug', '=', 'oewg-2021-2025').executeTakeFirstOrThrow();
  const session = await createSession(db, secretariat, {
    processId: process.id,
    number: 100 + n,
    title: `Test session ${n}`,
    startsOn: '2022-03-28',
    endsOn: '2022-04-01',
  });
  const meeting = await createMeeting(db, secretariat, { sessionId: session.id, number: 1, heldOn: '2022-03-29', agenda });
  return { session, meeting, secretariat };
}

/**
 * A meeting of a dedicated thematic group of the Global Mechanism (capacity-building unless
 * `bodySlug` says another): a 'dtg' session of its body, inserted directly because sessions in a
 * body are created by the processes capability, and the meeting through the records command.
 */
export async function createDtgMeeting(db: Db, opts: { sessionNumber?: number; meetingNumber?: number; bodySlug?: string; heldOn?: string } = {}) {
  const body = await db
    .selectFrom('process_bodies as b')
    .innerJoin('processes as p', 'p.id', 'b.process_id')
    .select(['b.id', 'b.process_id'])
    .where('p.slug', '=', 'global-mechanism')
    .where('b.slug', '=', opts.bodySlug ?? 'dtg-capacity-building')
    .executeTakeFirstOrThrow();
  const number = opts.sessionNumber ?? 1;
  const heldOn = opts.heldOn ?? '2026-12-08';
  const existing = await db.selectFrom('meeting_sessions').select('id').where('body_id', '=', body.id).where('number', '=', number).executeTakeFirst();
  const session =
    existing ??
    (await db
      .insertInto('meeting_sessions')
      .values({
        process_id: body.process_id,
        body_id: body.id,
        number,
        meeting_type: 'dtg',
        title: `Dedicated thematic group meetings, session ${number} (test)`,
        starts_on: heldOn,
        ends_on: heldOn,
      })
      .returning('id')
      .executeTakeFirstOrThrow());
  const meeting = await createMeeting(db, systemActor('test'), { sessionId: session.id, number: opts.meetingNumber ?? 1, heldOn, agenda: 'capacity-building' });
  return { sessionId: session.id, meetingId: meeting.id };
}

/** Accredits an organisation to a process directly (a fixture, as if decided long ago). */
export async function accreditDirectly(db: Db, organisationId: number, processSlug: string) {
  const p = await db.selectFrom('processes').select('id').where('slug', '=', processSlug).executeTakeFirstOrThrow();
  await db
    .insertInto('process_accreditations')
    .values({ organisation_id: organisationId, process_id: p.id, basis: 'listed', application_id: null, carried_over_from: null })
    .onConflict((oc) => oc.columns(['organisation_id', 'process_id']).doNothing())
    .execute();
}

let cycles = 0;
/**
 * A reporting cycle open now and due in 2099, opened by the Secretariat; NZL, FRA and MEX report
 * unless `states` says others. Each call gets its own title and receipt code.
 */
export async function testCycle(
  db: Db,
  opts: { states?: string[]; title?: string; code?: string; process?: string; opensOn?: string; dueOn?: string; closesOn?: string } = {},
) {
  const n = ++cycles;
  const { secretariat } = await demoActors(db);
  return createCycle(db, secretariat, {
    title: opts.title ?? `Test reporting cycle ${n}`,
    code: opts.code ?? `TEST-${process.pid}-${n}`,
    process: opts.process,
    opensOn: opts.opensOn ?? '2026-01-01',
    dueOn: opts.dueOn ?? '2099-06-30',
    closesOn: opts.closesOn ?? '2099-12-31',
    states: opts.states ?? ['NZL', 'FRA', 'MEX'],
  });
}

/** A national report started, saved with `answers` and (unless `submit: false`) submitted by the delegation (`at`: when, else now). */
export async function testReport(
  db: Db,
  delegation: UserActor,
  cycleId: number,
  answers: Answers,
  opts: { visibility?: 'public' | 'states' | 'secretariat'; language?: Lang; submit?: boolean; at?: Date } = {},
) {
  const r = await startReport(db, delegation, cycleId, { visibility: opts.visibility ?? 'public', language: opts.language });
  const saved = await saveDraft(db, delegation, r.id, { lockVersion: 0, answers });
  if (opts.submit !== false) await submitReport(db, delegation, r.id, {}, opts.at);
  return { id: r.id, lockVersion: saved.lockVersion };
}

/** Two paragraphs of invented draft text, one norm and one confidence-building measure. */
export const DRAFT_TEXT = [
  { section: 'norms' as const, text: 'States should not conduct or knowingly support ICT activity that intentionally damages critical infrastructure.' },
  { section: 'cbms' as const, text: 'States should nominate points of contact at the policy and technical levels.' },
];

/**
 * A draft made by the system on the Chair's authority; with `issue`, its zero draft is issued and a
 * working Rev.1 opened. Returns the draft and the version now being worked on.
 */
export async function testDraft(db: Db, opts: { title?: string; issue?: boolean; paragraphs?: typeof DRAFT_TEXT } = {}) {
  const sys = systemActor('test');
  const d = await createDraft(db, sys, { title: opts.title ?? 'Test draft', paragraphs: opts.paragraphs ?? DRAFT_TEXT });
  const v = opts.issue ? await issueVersion(db, sys, d.id) : null;
  return { id: d.id, workingId: v ? v.nextId : d.versionId };
}
