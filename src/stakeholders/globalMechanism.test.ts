import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { ANONYMOUS, systemActor, type Actor } from '../accounts/actor.ts';
import { toActor } from '../accounts/signIn.ts';
import { testDb, type TestDatabase } from '../testing/database.ts';
import { deliverQueued } from '../notifications/deliver.ts';
import { startTestSmtpServer } from '../notifications/testSmtpServer.ts';
import { AppError } from '../foundation/errors.ts';
import { runDueJobs } from '../server/jobs.ts';
import { applyForAccreditation } from './commands/applyForAccreditation.ts';
import { applyForProcess } from './commands/applyForProcess.ts';
import { confirmSubscription } from './commands/confirmSubscription.ts';
import { unsubscribe } from './commands/unsubscribe.ts';
import { decideEcosoc } from './commands/decideEcosoc.ts';
import { accreditationsOf, confirmedSubscribers, interestCounts, listApplications, representativesOf } from './queries.ts';
import { registerRepresentative } from './commands/registerRepresentative.ts';
import { removeRepresentative } from './commands/removeRepresentative.ts';
import { setModalities } from './commands/setModalities.ts';
import { subscribeToInterestList } from './commands/subscribeToInterestList.ts';
import { dtgMeeting, oewgMeeting } from './testing.ts';
import { accreditDirectly } from '../testing/factories.ts';

let t: TestDatabase;
let stakeholder: Actor;
let orgId: number;
const secretariat = systemActor('test Secretariat');
const BASE = 'https://accord.example.org';
const err = (code: string, status?: number) => (e: unknown) => e instanceof AppError && e.code === code && (status == null || e.status === status);

before(async () => {
  t = await testDb();
  const user = await t.db.selectFrom('users').selectAll().where('email', '=', 'stakeholder@accord.test').executeTakeFirstOrThrow();
  stakeholder = toActor(user);
  orgId = user.organisation_id!;
});
after(() => t.close());

const MONDAY = new Date('2026-03-02T09:00:00Z');
const gmId = async () => (await t.db.selectFrom('processes').select('id').where('slug', '=', 'global-mechanism').executeTakeFirstOrThrow()).id;

/** An organisation accredited to the OEWG 2021–2025 through the ECOSOC route, with its own account. */
async function oewgOrganisation(name: string) {
  const app = await applyForAccreditation(
    t.db,
    ANONYMOUS,
    {
      process: 'oewg-2021-2025',
      name,
      kind: 'academia',
      ecosocStatus: 'special',
      description: 'Research on norms of responsible State behaviour.',
      contactName: 'Contact Person',
      contactEmail: `contact@${name.toLowerCase().replace(/\W+/g, '-')}.example.org`,
    },
    { now: MONDAY },
  );
  const done = await decideEcosoc(t.db, secretariat, app.id, { confirmed: true }, { now: MONDAY });
  const user = await t.db
    .insertInto('users')
    .values({
      email: `${done.organisation_id}@org.example.org`,
      display_name: name,
      password_hash: '',
      role: 'stakeholder',
      state_iso3: null,
      organisation_id: done.organisation_id,
    })
    .returningAll()
    .executeTakeFirstOrThrow();
  return { actor: toActor(user), orgId: done.organisation_id! };
}

test('existing applications belong to the OEWG 2021–2025; new ones default to the Global Mechanism and the list filters by process', async () => {
  const app = await applyForAccreditation(
    t.db,
    ANONYMOUS,
    {
      name: 'Default Process Org',
      kind: 'ngo',
      description: 'Works on capacity-building for incident response.',
      contactName: 'A Person',
      contactEmail: 'a@example.org',
    },
    { now: MONDAY },
  );
  assert.equal(app.process_id, await gmId());
  const gm = await listApplications(t.db, { process: 'global-mechanism' });
  assert.ok(gm.some((a) => a.id === app.id));
  assert.ok(gm.every((a) => a.process === 'global-mechanism'));
  assert.ok(!(await listApplications(t.db, { process: 'oewg-2021-2025' })).some((a) => a.id === app.id));
});

test('by default an OEWG accreditation is not carried over: applying to the Global Mechanism opens its own procedure', async () => {
  const { actor, orgId: id } = await oewgOrganisation('Not Carried Institute');
  const app = await applyForProcess(t.db, actor, { process: 'global-mechanism' }, { now: MONDAY });
  assert.equal(app.procedure, 'ecosoc');
  assert.equal(app.status, 'awaiting-confirmation');
  assert.deepEqual(
    (await accreditationsOf(t.db, id)).map((a) => a.slug),
    ['oewg-2021-2025'],
  );
  await assert.rejects(applyForProcess(t.db, actor, { process: 'global-mechanism' }), err('accreditation.duplicate', 409));
  // Confirmed: the organisation keeps its one row on the list and gains the second process.
  await decideEcosoc(t.db, secretariat, app.id, { confirmed: true }, { now: MONDAY });
  assert.deepEqual(
    (await accreditationsOf(t.db, id)).map((a) => [a.slug, a.basis]),
    [
      ['oewg-2021-2025', 'ecosoc'],
      ['global-mechanism', 'ecosoc'],
    ],
  );
});

test("carried over when the Global Mechanism's modalities say so, and only then", async () => {
  await assert.rejects(
    setModalities(t.db, stakeholder, 'global-mechanism', { ecosocBasis: true, noObjectionBasis: true, carryOverFrom: 'oewg-2021-2025' }),
    err('auth.forbidden', 403),
  );
  await assert.rejects(
    setModalities(t.db, secretariat, 'global-mechanism', { ecosocBasis: true, noObjectionBasis: true, carryOverFrom: 'global-mechanism' }),
    err('modalities.invalid', 400),
  );
  await setModalities(t.db, secretariat, 'global-mechanism', { ecosocBasis: true, noObjectionBasis: true, carryOverFrom: 'oewg-2021-2025' });
  try {
    const { actor, orgId: id } = await oewgOrganisation('Carried Over Centre');
    const app = await applyForProcess(t.db, actor, { process: 'global-mechanism' }, { now: MONDAY });
    assert.equal(app.procedure, 'carried-over');
    assert.equal(app.status, 'accredited');
    const gm = (await accreditationsOf(t.db, id)).find((a) => a.slug === 'global-mechanism');
    assert.equal(gm?.basis, 'carried-over');
    assert.equal(gm?.carried_over_from, 'OEWG 2021–2025');
    const audit = await t.db
      .selectFrom('audit_events')
      .select('after')
      .where('action', '=', 'accreditation.modalities_set')
      .orderBy('id', 'desc')
      .executeTakeFirstOrThrow();
    assert.match(JSON.stringify(audit.after), /oewg-2021-2025/);
    // An organisation not accredited to the OEWG gets no shortcut.
    await t.db.deleteFrom('process_accreditations').where('organisation_id', '=', orgId).execute();
    const plain = await applyForProcess(t.db, stakeholder, { process: 'global-mechanism' }, { now: MONDAY });
    assert.equal(plain.procedure, 'ecosoc');
  } finally {
    await setModalities(t.db, secretariat, 'global-mechanism', { ecosocBasis: true, noObjectionBasis: true, carryOverFrom: null });
  }
});

test("the process's window length and bases apply: ECOSOC-only refuses an application without status", async () => {
  await setModalities(t.db, secretariat, 'oewg-2019-2021', { ecosocBasis: true, noObjectionBasis: false, objectionWorkingDays: 5 });
  await assert.rejects(
    applyForAccreditation(t.db, ANONYMOUS, {
      process: 'oewg-2019-2021',
      name: 'No Status Org',
      kind: 'ngo',
      description: 'An organisation without consultative status.',
      contactName: 'A Person',
      contactEmail: 'b@example.org',
    }),
    (e: unknown) => err('accreditation.ecosoc_required', 400)(e) && !!(e as AppError).fields?.ecosocStatus,
  );
  // Declared but not confirmed, under ECOSOC-only modalities: not accredited (no no-objection fallback).
  const declared = await applyForAccreditation(
    t.db,
    ANONYMOUS,
    {
      process: 'oewg-2019-2021',
      name: 'Unconfirmed Status Org',
      kind: 'ngo',
      ecosocStatus: 'roster',
      description: 'An organisation whose status cannot be confirmed.',
      contactName: 'A Person',
      contactEmail: 'c@example.org',
    },
    { now: MONDAY },
  );
  const refused = await decideEcosoc(t.db, secretariat, declared.id, { confirmed: false }, { now: MONDAY });
  assert.equal(refused.status, 'not-accredited');
  assert.match(refused.outcome_notice!, /ECOSOC consultative status only/);
  await setModalities(t.db, secretariat, 'oewg-2019-2021', { ecosocBasis: true, noObjectionBasis: true, objectionWorkingDays: 5 });
  const app = await applyForAccreditation(
    t.db,
    ANONYMOUS,
    {
      process: 'oewg-2019-2021',
      name: 'Short Window Org',
      kind: 'ngo',
      description: 'An organisation without consultative status.',
      contactName: 'A Person',
      contactEmail: 'b@example.org',
    },
    { now: MONDAY },
  );
  assert.equal(app.working_days, 5);
  assert.equal(new Date(app.deadline_at!).toISOString(), '2026-03-09T09:00:00.000Z');
});

test('representatives: registered for a meeting of an accredited process; refused for a process the organisation is not accredited to', async () => {
  const dtg = await dtgMeeting(t.db, 901);
  const oewg = await oewgMeeting(t.db, 901);
  await t.db.deleteFrom('process_accreditations').where('organisation_id', '=', orgId).execute();
  await accreditDirectly(t.db, orgId, 'oewg-2021-2025');
  await assert.rejects(
    registerRepresentative(t.db, stakeholder, dtg, { name: 'Amina Example', email: 'amina@example.org', function: 'Policy lead' }),
    (e: unknown) => err('representative.not_accredited', 403)(e) && /not accredited to the Global Mechanism/.test((e as Error).message),
  );
  const r = await registerRepresentative(t.db, stakeholder, oewg, { name: 'Amina Example', email: 'Amina@Example.org', function: 'Policy lead' });
  assert.equal(r.email, 'amina@example.org');
  await accreditDirectly(t.db, orgId, 'global-mechanism');
  await registerRepresentative(t.db, stakeholder, dtg, { name: 'Amina Example', email: 'amina@example.org', function: 'Policy lead' });
  await assert.rejects(
    registerRepresentative(t.db, stakeholder, dtg, { name: 'Amina Again', email: 'amina@example.org' }),
    err('representative.duplicate', 409),
  );
  await assert.rejects(
    registerRepresentative(t.db, stakeholder, dtg, { name: 'X', email: 'nope' }),
    (e: unknown) => err('representative.invalid', 400)(e) && !!(e as AppError).fields?.email && !!(e as AppError).fields?.name,
  );
  await assert.rejects(registerRepresentative(t.db, secretariat, dtg, { name: 'Some One', email: 's@example.org' }), err('auth.forbidden', 403));
  const list = await representativesOf(t.db, secretariat, dtg);
  assert.deepEqual(
    list.map((x) => [x.name, x.organisation]),
    [['Amina Example', 'Cyber Peace Network']],
  );
  assert.deepEqual(await representativesOf(t.db, ANONYMOUS, dtg), []);
  const audit = await t.db.selectFrom('audit_events').select('action').where('action', '=', 'representative.registered').execute();
  assert.equal(audit.length, 2);
  // Withdrawn by its own organisation only; another's is as good as missing.
  const other = await oewgOrganisation('Other Withdrawing Org');
  await assert.rejects(removeRepresentative(t.db, other.actor, dtg, list[0]!.id), err('representative.not_found', 404));
  await removeRepresentative(t.db, stakeholder, dtg, list[0]!.id);
  assert.deepEqual(await representativesOf(t.db, secretariat, dtg), []);
  const removed = await t.db.selectFrom('audit_events').select('before').where('action', '=', 'representative.removed').executeTakeFirstOrThrow();
  assert.match(JSON.stringify(removed.before), /Amina Example/);
});

const outboxFor = (to: string) => t.db.selectFrom('outbound_emails').selectAll().where('to_address', '=', to).orderBy('id').execute();
const linkIn = (body: string, kind: 'confirm' | 'unsubscribe') =>
  new RegExp(`https://accord\\.example\\.org/stakeholders/interest-list/${kind}/(il[cu]_[A-Za-z0-9_-]+)`).exec(body)?.[1];

test("interest list: subscribe → confirmation email in the outbox, in the subscriber's language → confirm → listed", async () => {
  const now = new Date('2026-04-01T10:00:00Z');
  await subscribeToInterestList(
    t.db,
    ANONYMOUS,
    { name: 'Léa Exemple', email: 'Lea@Example.org', affiliation: 'Université exemple', language: 'fr' },
    { baseUrl: BASE, now },
  );
  const gm = await gmId();
  assert.equal((await interestCounts(t.db, gm)).pending, 1);
  assert.deepEqual(await confirmedSubscribers(t.db, gm), [], 'not on the list before confirming');
  const [mail] = await outboxFor('lea@example.org');
  assert.equal(mail!.status, 'queued');
  assert.match(mail!.subject, /Confirmez/);
  const token = linkIn(mail!.body, 'confirm')!;
  assert.ok(token && linkIn(mail!.body, 'unsubscribe'), 'the email carries a confirmation and an unsubscribe link');
  const stored = await t.db.selectFrom('interest_tokens').select('token_hash').execute();
  assert.ok(
    stored.every((s) => s.token_hash !== token),
    'only hashes are stored',
  );
  await confirmSubscription(t.db, token, { baseUrl: BASE, now: new Date('2026-04-01T11:00:00Z') });
  const listed = await confirmedSubscribers(t.db, gm);
  assert.deepEqual(
    listed.map((s) => [s.email, s.language]),
    [['lea@example.org', 'fr']],
  );
  assert.equal((await confirmSubscription(t.db, token, { baseUrl: BASE })).already, true, 'confirming twice is harmless');
  const welcome = (await outboxFor('lea@example.org'))[1]!;
  assert.ok(linkIn(welcome.body, 'unsubscribe'), 'the welcome email carries an unsubscribe link');
  const actions = (await t.db.selectFrom('audit_events').select('action').where('item_type', '=', 'interest_subscriber').execute()).map((a) => a.action);
  assert.ok(actions.includes('interest.requested') && actions.includes('interest.confirmed'));
});

test('interest list: the answer never reveals a listed address, and one address gets at most one email in ten minutes', async () => {
  const now = new Date('2026-04-02T10:00:00Z');
  const input = { name: 'Sam Sample', email: 'sam@example.org', affiliation: '', language: 'en' as const };
  assert.equal(await subscribeToInterestList(t.db, ANONYMOUS, input, { baseUrl: BASE, now }), undefined);
  const token = linkIn((await outboxFor('sam@example.org'))[0]!.body, 'confirm')!;
  await confirmSubscription(t.db, token, { baseUrl: BASE, now });
  // Someone else signs the same address up again, with other details: same (empty) answer, details kept.
  assert.equal(
    await subscribeToInterestList(
      t.db,
      ANONYMOUS,
      { ...input, name: 'Somebody Else', language: 'ru' },
      { baseUrl: BASE, now: new Date(now.getTime() + 20 * 60_000) },
    ),
    undefined,
  );
  await subscribeToInterestList(t.db, ANONYMOUS, input, { baseUrl: BASE, now: new Date(now.getTime() + 21 * 60_000) });
  const mails = await outboxFor('sam@example.org');
  assert.equal(mails.length, 3, 'confirmation, welcome, one "already on the list" (the second within ten minutes sends nothing)');
  assert.match(mails[2]!.subject, /already/);
  const row = await t.db.selectFrom('interest_subscribers').selectAll().where('email', '=', 'sam@example.org').executeTakeFirstOrThrow();
  assert.equal(row.name, 'Sam Sample');
  assert.equal(row.language, 'en');
  await assert.rejects(
    subscribeToInterestList(t.db, ANONYMOUS, { ...input, email: 'bad', language: 'de' as never }, { baseUrl: BASE }),
    (e: unknown) => err('interest.invalid', 400)(e) && !!(e as AppError).fields?.email && !!(e as AppError).fields?.language,
  );
});

test('interest list: unsubscribe without signing in; a bad or expired link is refused with its own code', async () => {
  const now = new Date('2026-04-03T10:00:00Z');
  await subscribeToInterestList(t.db, ANONYMOUS, { name: 'Ola Ejemplo', email: 'ola@example.org', affiliation: 'ONG', language: 'es' }, { baseUrl: BASE, now });
  const first = (await outboxFor('ola@example.org'))[0]!;
  assert.match(first.subject, /Confirme/);
  await assert.rejects(
    confirmSubscription(t.db, linkIn(first.body, 'confirm')!, { baseUrl: BASE, now: new Date(now.getTime() + 73 * 3_600_000) }),
    err('interest.token_expired', 410),
  );
  await assert.rejects(confirmSubscription(t.db, 'ilc_' + 'A'.repeat(32), { baseUrl: BASE }), err('interest.token_invalid', 404));
  await assert.rejects(confirmSubscription(t.db, 'nonsense', { baseUrl: BASE }), err('interest.token_invalid', 404));
  await assert.rejects(unsubscribe(t.db, linkIn(first.body, 'confirm')!), err('interest.token_invalid', 404), 'a confirmation token is no unsubscribe token');
  await confirmSubscription(t.db, linkIn(first.body, 'confirm')!, { baseUrl: BASE, now: new Date(now.getTime() + 3_600_000) });
  const gm = await gmId();
  const before = (await interestCounts(t.db, gm)).confirmed;
  // The link in the very first email works, like any later one.
  await unsubscribe(t.db, linkIn(first.body, 'unsubscribe')!, { now: new Date(now.getTime() + 7_200_000) });
  assert.equal((await interestCounts(t.db, gm)).confirmed, before - 1);
  assert.ok(!(await confirmedSubscribers(t.db, gm)).some((s) => s.email === 'ola@example.org'));
  await unsubscribe(t.db, linkIn(first.body, 'unsubscribe')!);
  // Signing up again needs a new confirmation; the old confirmation link stays dead.
  await subscribeToInterestList(
    t.db,
    ANONYMOUS,
    { name: 'Ola Ejemplo', email: 'ola@example.org', affiliation: 'ONG', language: 'es' },
    { baseUrl: BASE, now: new Date(now.getTime() + 86_400_000) },
  );
  await assert.rejects(
    confirmSubscription(t.db, linkIn(first.body, 'confirm')!, { baseUrl: BASE, now: new Date(now.getTime() + 86_400_000) }),
    err('interest.token_invalid', 404),
  );
  assert.ok(!(await confirmedSubscribers(t.db, gm)).some((s) => s.email === 'ola@example.org'));
});

test('the Arabic confirmation email reaches a mail server with its link and an unsubscribe link', async () => {
  await subscribeToInterestList(
    t.db,
    ANONYMOUS,
    { name: 'نادية مثال', email: 'nadia@example.org', affiliation: '', language: 'ar' },
    { baseUrl: BASE, now: new Date('2026-04-04T10:00:00Z') },
  );
  const [queued] = await outboxFor('nadia@example.org');
  const server = await startTestSmtpServer();
  try {
    const r = await deliverQueued(t.db, {
      ids: [Number(queued!.id)],
      config: { host: '127.0.0.1', port: server.port, from: 'Accord <accord@un.example.org>', security: 'auto', timeoutMs: 5000 },
    });
    assert.equal(r.counts.sent, 1);
    const [m] = server.received;
    assert.deepEqual(m!.to, ['<nadia@example.org>']);
    assert.match(m!.data, /^Subject: =\?UTF-8\?/m, 'the Arabic subject is encoded');
    // The body as the recipient's client reads it (nodemailer picks base64 or quoted-printable for non-Latin text).
    const [head, ...rest] = m!.data.split('\r\n\r\n');
    const raw = rest.join('\r\n\r\n');
    const body = /Content-Transfer-Encoding: base64/i.test(head!)
      ? Buffer.from(raw.replace(/\s+/g, ''), 'base64').toString('utf8')
      : /quoted-printable/i.test(head!)
        ? Buffer.from(
            raw.replace(/=\r\n/g, '').replace(/=([0-9A-F]{2})/g, (_, h: string) => String.fromCharCode(parseInt(h, 16))),
            'latin1',
          ).toString('utf8')
        : raw;
    assert.match(body, /نادية مثال/);
    assert.match(body, /interest-list\/confirm\/ilc_[A-Za-z0-9_-]{32}\?lang=ar/);
    assert.match(body, /interest-list\/unsubscribe\/ilu_/);
  } finally {
    await server.close();
  }
});

test('the outbox job handles interest-list mail like any other', async () => {
  const r = await runDueJobs(t.db, { now: new Date('2026-05-01T00:00:00Z') });
  assert.ok(r.done >= 1);
  const left = await t.db.selectFrom('outbound_emails').select('id').where('related_type', '=', 'interest_subscriber').where('status', '=', 'queued').execute();
  assert.equal(left.length, 0);
});
