import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { ANONYMOUS, systemActor, type Actor } from '../accounts/actor.ts';
import { testDb, type TestDatabase } from '../testing/database.ts';
import { accreditDirectly, actorFor } from '../testing/factories.ts';
import { AppError } from '../foundation/errors.ts';
import { enqueueJob, registerJobHandler, runDueJobs, startJobRunner } from '../server/jobs.ts';
import { applyForAccreditation } from './commands/applyForAccreditation.ts';
import { decideEcosoc } from './commands/decideEcosoc.ts';
import { objectToApplication } from './commands/objectToApplication.ts';
import { applicationFor } from './queries.ts';
import { addWorkingDays } from './workingDays.ts';

let t: TestDatabase;
const actors: Record<string, Actor> = {};
const secretariat = systemActor('test Secretariat');
before(async () => {
  t = await testDb();
  for (const email of ['nzl@accord.test', 'fra@accord.test', 'mex@accord.test', 'chair@accord.test']) {
    actors[email.split('@')[0]!] = await actorFor(t.db, email);
  }
});
after(() => t.close());

const MONDAY = new Date('2026-03-02T09:00:00Z');
const apply = (name: string, extra: Record<string, unknown> = {}, now = MONDAY) =>
  applyForAccreditation(
    t.db,
    ANONYMOUS,
    {
      name,
      kind: 'ngo',
      country: 'CHE',
      ecosocStatus: 'none',
      website: 'https://example.org',
      description: 'Works on the protection of critical infrastructure.',
      contactName: 'Contact Person',
      contactEmail: 'Contact@Example.org',
      ...extra,
    },
    { now },
  );
const err = (code: string, status?: number) => (e: unknown) => e instanceof AppError && e.code === code && (status == null || e.status === status);

test('working days skip Saturdays and Sundays', () => {
  assert.equal(addWorkingDays(MONDAY, 10).toISOString(), '2026-03-16T09:00:00.000Z');
  assert.equal(addWorkingDays(new Date('2026-03-06T12:00:00Z'), 1).toISOString(), '2026-03-09T12:00:00.000Z');
  assert.equal(addWorkingDays(new Date('2026-03-07T12:00:00Z'), 1).toISOString(), '2026-03-09T12:00:00.000Z'); // Saturday → Monday
});

test('with ECOSOC status, the Secretariat confirms and the organisation is accredited', async () => {
  const app = await apply('ECOSOC Org', { ecosocStatus: 'special' });
  assert.equal(app.status, 'awaiting-confirmation');
  assert.equal(app.deadline_at, null);
  await assert.rejects(decideEcosoc(t.db, actors.nzl!, app.id, { confirmed: true }), err('auth.forbidden', 403));
  const done = await decideEcosoc(t.db, secretariat, app.id, { confirmed: true });
  assert.equal(done.status, 'accredited');
  const org = await t.db.selectFrom('stakeholder_organisations').selectAll().where('id', '=', done.organisation_id!).executeTakeFirstOrThrow();
  assert.equal(org.name, 'ECOSOC Org');
  assert.equal(org.ecosoc_status, 'special');
});

test('no objection by the deadline: accredited by the job, not before', async () => {
  const app = await apply('Quiet Org');
  assert.equal(app.status, 'objection-window');
  assert.equal(new Date(app.deadline_at!).toISOString(), '2026-03-16T09:00:00.000Z');
  const job = await t.db.selectFrom('jobs').selectAll().where('dedupe_key', '=', `accreditation.deadline:${app.id}`).executeTakeFirstOrThrow();
  assert.equal(new Date(job.run_at).toISOString(), '2026-03-16T09:00:00.000Z');
  await runDueJobs(t.db, { now: new Date('2026-03-16T08:59:00Z') });
  assert.equal((await applicationFor(t.db, ANONYMOUS, app.id))!.status, 'objection-window');
  await runDueJobs(t.db, { now: new Date('2026-03-16T09:00:01Z') });
  const after = (await applicationFor(t.db, ANONYMOUS, app.id))!;
  assert.equal(after.status, 'accredited');
  assert.ok(after.organisation_id);
  assert.deepEqual(
    after.history.map((h) => h.status),
    ['objection-window', 'accredited'],
  );
  // The applicant is told by email: queued with the decision, then handled by the delivery job,
  // which says plainly that nothing was sent (no mail server in tests).
  const queued = await t.db.selectFrom('outbound_emails').selectAll().where('related_id', '=', String(app.id)).executeTakeFirstOrThrow();
  assert.equal(queued.status, 'queued');
  await runDueJobs(t.db, { now: new Date('2026-03-16T09:01:00Z') });
  const mail = await t.db.selectFrom('outbound_emails').selectAll().where('related_id', '=', String(app.id)).executeTakeFirstOrThrow();
  assert.equal(mail.to_address, 'contact@example.org');
  assert.equal(mail.status, 'not-configured');
  assert.match(mail.detail, /no mail server is configured/);
});

test('an objection before the deadline: not accredited; the applicant learns of it without the State being named', async () => {
  const app = await apply('Contested Org');
  await assert.rejects(objectToApplication(t.db, actors.chair!, app.id, {}), err('auth.forbidden', 403));
  await objectToApplication(t.db, actors.fra!, app.id, { basis: 'Doubts about independence.' }, { now: new Date('2026-03-05T10:00:00Z') });
  await assert.rejects(objectToApplication(t.db, actors.fra!, app.id, {}, { now: new Date('2026-03-05T11:00:00Z') }), err('objection.duplicate', 409));

  const chairView = (await applicationFor(t.db, actors.chair!, app.id))!;
  assert.equal(chairView.objections.length, 1);
  assert.equal(chairView.objections[0]!.basis, 'Doubts about independence.');
  assert.equal((await applicationFor(t.db, actors.fra!, app.id))!.objections.length, 1, 'the objecting State sees its own objection');
  assert.equal((await applicationFor(t.db, actors.nzl!, app.id))!.objections.length, 0, 'another State does not see an unshared objection');
  const publicView = (await applicationFor(t.db, ANONYMOUS, app.id))!;
  assert.equal(publicView.objections.length, 0);
  assert.equal(publicView.contact_email, null, 'contact details are not public');

  await runDueJobs(t.db, { now: new Date('2026-03-17T00:00:00Z') });
  const done = (await applicationFor(t.db, ANONYMOUS, app.id))!;
  assert.equal(done.status, 'not-accredited');
  assert.match(done.outcome_notice!, /objection .* was made/);
  assert.doesNotMatch(done.outcome_notice!, /France/);
});

test('a State that shares its objection is visible to all States, but never named to the public', async () => {
  const app = await apply('Shared Objection Org');
  await objectToApplication(t.db, actors.mex!, app.id, { shareWithStates: true }, { now: new Date('2026-03-03T10:00:00Z') });
  const nzlView = (await applicationFor(t.db, actors.nzl!, app.id))!;
  assert.deepEqual(
    nzlView.objections.map((o) => o.state_iso3),
    ['MEX'],
  );
  await runDueJobs(t.db, { now: new Date('2026-03-20T00:00:00Z') });
  const done = (await applicationFor(t.db, ANONYMOUS, app.id))!;
  assert.equal(done.status, 'not-accredited');
  assert.doesNotMatch(done.outcome_notice!, /Mexico|MEX/, 'sharing is with States, not with the public');
  assert.deepEqual(done.objections ?? [], [], 'the public sees no objection');
});

test('an objection after the deadline is refused and nothing changes', async () => {
  const app = await apply('Late Objection Org');
  await assert.rejects(
    objectToApplication(t.db, actors.nzl!, app.id, { basis: 'Too late' }, { now: new Date('2026-03-16T09:00:00Z') }),
    err('objection.too_late', 409),
  );
  const count = await t.db
    .selectFrom('accreditation_objections')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('application_id', '=', app.id)
    .executeTakeFirstOrThrow();
  assert.equal(Number(count.n), 0);
});

test('a duplicate application from the same organisation is refused with a clear error', async () => {
  await apply('Duplicate Org');
  await assert.rejects(apply('duplicate org'), (e: unknown) => err('accreditation.duplicate', 409)(e) && /already applied/.test((e as Error).message));
  // An organisation already on the list (the seeded demo one) applies through its own account, not anonymously.
  await assert.rejects(apply('Cyber Peace Network'), (e: unknown) => err('accreditation.sign_in', 409)(e) && /Sign in/.test((e as Error).message));
  // Accredited to the process already: a duplicate.
  const org = await t.db.selectFrom('stakeholder_organisations').select('id').where('name', '=', 'Cyber Peace Network').executeTakeFirstOrThrow();
  await accreditDirectly(t.db, org.id, 'global-mechanism');
  await assert.rejects(apply('Cyber Peace Network'), err('accreditation.duplicate', 409));
  await t.db.deleteFrom('process_accreditations').where('organisation_id', '=', org.id).execute();
});

test('malformed input is refused field by field', async () => {
  await assert.rejects(
    apply('Bad Email Org', { contactEmail: 'not-an-email' }),
    (e: unknown) => err('accreditation.invalid', 400)(e) && !!(e as AppError).fields?.contactEmail,
  );
  await assert.rejects(apply('Bad Kind Org', { kind: 'government' }), (e: unknown) => !!(e as AppError).fields?.kind);
  await assert.rejects(apply('Bad Country Org', { country: 'XXX' }), (e: unknown) => !!(e as AppError).fields?.country);
});

test('ECOSOC status not confirmed: the application continues under the no-objection procedure', async () => {
  const app = await apply('Unconfirmed ECOSOC Org', { ecosocStatus: 'roster' });
  const now = new Date('2026-03-04T09:00:00Z');
  const next = await decideEcosoc(t.db, secretariat, app.id, { confirmed: false }, { now });
  assert.equal(next.status, 'objection-window');
  assert.equal(new Date(next.deadline_at!).toISOString(), addWorkingDays(now, 10).toISOString());
});

test('a due job is claimed by one runner only, and a failing job is retried later', async () => {
  let runs = 0;
  registerJobHandler('test.count', async () => {
    runs++;
  });
  let fails = 0;
  registerJobHandler('test.fail', async () => {
    fails++;
    throw new Error('boom');
  });
  const at = new Date('2026-01-01T00:00:00Z');
  await enqueueJob(t.db, { kind: 'test.count', runAt: at });
  const failing = await enqueueJob(t.db, { kind: 'test.fail', runAt: at });
  const now = new Date('2026-01-01T00:00:01Z');
  const [a, b] = await Promise.all([runDueJobs(t.db, { now }), runDueJobs(t.db, { now })]);
  assert.equal(runs, 1);
  assert.equal(a.done + b.done, 1);
  const job = await t.db.selectFrom('jobs').selectAll().where('id', '=', failing.id).executeTakeFirstOrThrow();
  assert.equal(job.status, 'pending');
  assert.equal(job.last_error, 'boom');
  assert.ok(new Date(job.run_at) > now, 'retried later, not at once');
  assert.equal(fails, 1);
});

test('the runner started by the server fires due jobs at once and stops cleanly', async () => {
  let fired = 0;
  registerJobHandler('test.runner', async () => {
    fired++;
  });
  await enqueueJob(t.db, { kind: 'test.runner', runAt: new Date(Date.now() - 1000) });
  const stop = startJobRunner(t.db, { intervalMs: 20 });
  for (let i = 0; i < 100 && fired === 0; i++) await new Promise((r) => setTimeout(r, 20));
  await stop();
  assert.equal(fired, 1);
});
