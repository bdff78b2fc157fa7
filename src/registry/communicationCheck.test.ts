import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { systemActor } from '../accounts/actor.ts';
import { noticesOfState } from '../notifications/notices.ts';
import { startTestSmtpServer } from '../notifications/testSmtpServer.ts';
import { AppError } from '../foundation/errors.ts';
import { enqueueJob, runDueJobs } from '../server/jobs.ts';
import { testApp } from '../testing/app.ts';
import { acknowledge } from './ackTokens.ts';
import { seedDemo } from './demo.ts';
import { followUpCommunicationCheck } from './commands/followUpCommunicationCheck.ts';
import { pointOfContactStatus, roundPointsOfContact } from './queries.ts';
import { startCommunicationCheck } from './commands/startCommunicationCheck.ts';

let ctx: Awaited<ReturnType<typeof testApp>>;
const secretariat = systemActor('test Secretariat');
before(async () => {
  ctx = await testApp();
  await seedDemo(ctx.db);
});
after(() => ctx.close());

const code = (c: string, status?: number) => (e: unknown) => e instanceof AppError && e.code === c && (status == null || e.status === status);
const tokenOf = (link: string) => link.split('/ack/')[1]!;
const H = 3_600_000;

test('a round has a response window; non-responders are followed up with fresh links, and each contact has a status', async () => {
  const t0 = new Date(Date.now() - 60 * H);
  const r = await startCommunicationCheck(
    ctx.db,
    secretariat,
    { states: ['NZL', 'FRA'], respondWithinHours: 48 },
    { baseUrl: 'https://accord.test', now: t0, smtp: null },
  );
  assert.equal(new Date(r.round.respond_by).getTime(), t0.getTime() + 48 * H);
  assert.equal(r.links.length, 4);
  assert.deepEqual(r.delivery, { sent: 0, queued: 0, failed: 0, notConfigured: 4, cancelled: 0 }, 'nothing is said to be sent without a mail server');
  await acknowledge(ctx.db, tokenOf(r.links[0]!.link), { now: new Date(t0.getTime() + H) });

  // Each State's delegation is told in the app, whatever became of the emails.
  const nzl = await noticesOfState(ctx.db, 'NZL');
  assert.ok(nzl.some((n) => n.kind === 'ping.started' && n.params.round === r.round.id && n.params.contacts === 2));

  const t1 = new Date(t0.getTime() + 50 * H); // after the deadline
  let contacts = await roundPointsOfContact(ctx.db, r.round.id);
  assert.deepEqual(
    contacts.map((c) => pointOfContactStatus(c, r.round.respond_by, t1)),
    ['acknowledged', 'overdue', 'overdue', 'overdue'],
  );

  const f = await followUpCommunicationCheck(ctx.db, secretariat, r.round.id, { baseUrl: 'https://accord.test', now: t1, smtp: null });
  assert.equal(f.pointsOfContact, 3);
  assert.equal(f.delivery.notConfigured, 3);
  assert.equal(f.links.length, 3);
  // The old link of a non-responder stopped working; the new one works, and counts as late.
  await assert.rejects(acknowledge(ctx.db, tokenOf(r.links[1]!.link), { now: t1 }), code('ack.unknown', 404));
  const fresh = f.links.find((l) => l.name === r.links[1]!.name)!;
  await acknowledge(ctx.db, tokenOf(fresh.link), { now: new Date(t1.getTime() + H) });
  contacts = await roundPointsOfContact(ctx.db, r.round.id);
  assert.equal(pointOfContactStatus(contacts[1]!, r.round.respond_by, t1), 'late');
  assert.deepEqual(
    contacts.map((c) => c.follow_ups),
    [0, 1, 1, 1],
  );
  assert.ok((await noticesOfState(ctx.db, 'FRA')).some((n) => n.kind === 'ping.follow_up' && n.params.round === r.round.id));

  for (const l of f.links.filter((x) => x !== fresh)) await acknowledge(ctx.db, tokenOf(l.link), { now: new Date(t1.getTime() + 2 * H) });
  await assert.rejects(
    followUpCommunicationCheck(ctx.db, secretariat, r.round.id, { baseUrl: 'x', now: t1, smtp: null }),
    code('communicationCheck.nothing_to_follow_up', 409),
  );
});

test('the automatic follow-up runs as a job at the chosen time, and its emails go out with the delivery job', async () => {
  const t0 = new Date(Date.now() - 30 * H);
  const r = await startCommunicationCheck(
    ctx.db,
    secretariat,
    { states: ['KEN'], respondWithinHours: 72, followUpAfterHours: 24 },
    { baseUrl: 'https://accord.test', now: t0, smtp: null },
  );
  const job = await ctx.db.selectFrom('jobs').selectAll().where('dedupe_key', '=', `communicationCheck.follow_up:${r.round.id}`).executeTakeFirstOrThrow();
  assert.equal(job.kind, 'communicationCheck.follow_up');
  assert.equal(new Date(job.run_at).getTime(), t0.getTime() + 24 * H);
  await runDueJobs(ctx.db, { now: new Date(t0.getTime() + 23 * H) });
  assert.deepEqual(
    (await roundPointsOfContact(ctx.db, r.round.id)).map((c) => c.follow_ups),
    [0, 0],
  );
  await runDueJobs(ctx.db, { now: new Date(t0.getTime() + 24 * H + 1000) });
  const after = await roundPointsOfContact(ctx.db, r.round.id);
  assert.deepEqual(
    after.map((c) => c.follow_ups),
    [1, 1],
  );
  assert.deepEqual(
    after.map((c) => c.email_status),
    ['queued', 'queued'],
    'queued by the job, not sent inside its transaction',
  );
  await runDueJobs(ctx.db, { now: new Date(t0.getTime() + 24 * H + 60_000) });
  assert.deepEqual(
    (await roundPointsOfContact(ctx.db, r.round.id)).map((c) => c.email_status),
    ['not-configured', 'not-configured'],
  );
});

test('a follow-up job queued under the old kind (ping.follow_up, with roundId) still runs', async () => {
  const t0 = new Date(Date.now() - 30 * H);
  const r = await startCommunicationCheck(
    ctx.db,
    secretariat,
    { states: ['KEN'], respondWithinHours: 72 },
    { baseUrl: 'https://accord.test', now: t0, smtp: null },
  );
  await enqueueJob(ctx.db, {
    kind: 'ping.follow_up',
    runAt: new Date(t0.getTime() + H),
    payload: { roundId: r.round.id, baseUrl: 'https://accord.test' },
    dedupeKey: `ping.follow_up:${r.round.id}`,
  });
  await runDueJobs(ctx.db, { now: new Date(t0.getTime() + 2 * H) });
  const job = await ctx.db.selectFrom('jobs').selectAll().where('dedupe_key', '=', `ping.follow_up:${r.round.id}`).executeTakeFirstOrThrow();
  assert.equal(job.status, 'done');
  assert.ok((await roundPointsOfContact(ctx.db, r.round.id)).every((c) => c.follow_ups === 1));
});

test('through a real mail server: the email carries a working link, our Message-ID, and the database is free while it is sent', async () => {
  let heldDuringSend = false;
  const server = await startTestSmtpServer({
    auth: { user: 'accord', pass: 'pw' },
    beforeAccept: async () => {
      const q = ctx.db.selectFrom('ack_requests').select('id').limit(1).execute();
      heldDuringSend = await Promise.race([q.then(() => false), new Promise<boolean>((r) => setTimeout(() => r(true), 2000))]);
    },
  });
  try {
    const r = await startCommunicationCheck(
      ctx.db,
      secretariat,
      { states: ['JPN'] },
      {
        baseUrl: 'https://accord.test',
        smtp: { host: '127.0.0.1', port: server.port, from: 'accord@un.example.org', security: 'auto', user: 'accord', pass: 'pw', timeoutMs: 5000 },
      },
    );
    assert.equal(heldDuringSend, false, 'no transaction holds the connection while the server answers');
    assert.deepEqual(r.delivery, { sent: 2, queued: 0, failed: 0, notConfigured: 0, cancelled: 0 });
    assert.deepEqual(
      r.links.map((l) => l.emailStatus),
      ['sent', 'sent'],
    );
    assert.equal(server.received.length, 2);
    const mail = server.received[0]!.data;
    assert.match(mail, /^Message-ID: <[0-9a-f-]{36}@un\.example\.org>$/m);
    const link = /https:\/\/accord\.test\/ack\/(ack_[A-Za-z0-9_-]+)/.exec(mail.replace(/=\r\n/g, ''));
    assert.ok(link, 'the email holds the link');
    const stored = await ctx.db
      .selectFrom('outbound_emails')
      .select(['body', 'message_id'])
      .where('related_type', '=', 'ack_request')
      .orderBy('id', 'desc')
      .limit(2)
      .execute();
    assert.ok(
      stored.every((s) => !/ack_[A-Za-z0-9_-]{20}/.test(s.body)),
      'the stored body holds no usable token',
    );
    assert.ok(stored.every((s) => s.message_id));
    const ok = await acknowledge(ctx.db, link[1]!);
    assert.equal(ok.stateIso3, 'JPN');
  } finally {
    await server.close();
  }
});

test('pages say what was sent: no mail server means "No email was sent", never "were sent a link"', async () => {
  const sec = await ctx.as('secretariat');
  const html = await (await sec.request('/points-of-contact/communication-checks', { form: { states: 'NZL FRA', window: '5', followUp: '2' } })).text();
  assert.doesNotMatch(html, /were sent a link/);
  assert.match(html, /No email was sent\./);
  assert.match(html, /not sent because no mail server is configured: 4/i);
  assert.match(html, /answers are due by/);
  const round = Number(/\/points-of-contact\/communication-checks\/(\d+)/.exec(html)![1]);
  const row = await ctx.db.selectFrom('communication_checks').selectAll().where('id', '=', round).executeTakeFirstOrThrow();
  assert.equal(new Date(row.respond_by).getTime() - new Date(row.started_at).getTime(), 5 * 24 * H);
  assert.equal(row.follow_up_after_hours, 48);
  const page = await (await sec.request(`/points-of-contact/communication-checks/${round}`)).text();
  assert.match(page, /id="respond-by"/);
  assert.match(page, /Acknowledged: 0 · awaiting: 4 · overdue: 0/);
  assert.match(page, /id="follow-up"/);
  const followed = await (await sec.request(`/points-of-contact/communication-checks/${round}/follow-up`, { form: {} })).text();
  assert.match(followed, /Follow-up recorded for 4 points of contact/);
  assert.match(followed, /not sent because no mail server is configured: 4/i);
});

test("the acknowledgement page names the State, the contact and the round, in the reader's language", async () => {
  const r = await startCommunicationCheck(ctx.db, secretariat, { states: ['NZL'] }, { baseUrl: 'http://x', smtp: null });
  const path = new URL(r.links[0]!.link).pathname;
  const anon = await ctx.as('public');
  const fr = await (await anon.request(path, { headers: { 'accept-language': 'fr' } })).text();
  assert.match(fr, /Nouvelle-Zélande/);
  assert.ok(fr.includes(r.links[0]!.name), 'the contact');
  assert.match(fr, new RegExp(`Test no ${r.round.id}`));
  const ar = await (await anon.request(path, { headers: { 'accept-language': 'ar' } })).text();
  assert.match(ar, /نيوزيلندا/);
  assert.match(ar, new RegExp(`الاختبار رقم ${r.round.id}`));
  const done = await (await anon.request(path, { form: {}, headers: { 'accept-language': 'en' } })).text();
  assert.match(
    done,
    new RegExp(`Recorded: ${r.links[0]!.name.replace(/[()]/g, '\\$&')}, point of contact of New Zealand, acknowledged Check no\\. ${r.round.id}`),
  );
});
