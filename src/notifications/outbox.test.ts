import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { testDb, type TestDatabase } from '../testing/database.ts';
import { runDueJobs } from '../server/jobs.ts';
import { deliverQueued } from './deliver.ts';
import { mailConfigFromEnv, type MailConfig } from './mailer.ts';
import { enqueueMail } from './outbox.ts';
import { startTestSmtpServer, TEST_CERT } from './testSmtpServer.ts';

let t: TestDatabase;
before(async () => {
  t = await testDb();
});
after(() => t.close());

const queue = (mails: Array<{ to: string; subject?: string; text?: string }>) =>
  t.db.transaction().execute((trx) =>
    enqueueMail(
      trx,
      mails.map((m) => ({ to: m.to, subject: m.subject ?? 'Test subject', text: m.text ?? 'Body', relatedType: 'test' })),
    ),
  );
const row = (id: number) => t.db.selectFrom('outbound_emails').selectAll().where('id', '=', id).executeTakeFirstOrThrow();

test('settings: no host means no mail server; TLS, STARTTLS, authentication and sender come from ACCORD_SMTP_*', () => {
  assert.equal(mailConfigFromEnv({}), null);
  assert.deepEqual(mailConfigFromEnv({ ACCORD_SMTP_HOST: 'mail.example.org' }), {
    host: 'mail.example.org',
    port: 25,
    security: 'auto',
    from: 'accord@localhost',
  });
  assert.deepEqual(
    mailConfigFromEnv({
      ACCORD_SMTP_HOST: 'mail.example.org',
      ACCORD_SMTP_SECURE: 'tls',
      ACCORD_SMTP_USER: 'accord',
      ACCORD_SMTP_PASS: 's3cret',
      ACCORD_SMTP_FROM: 'Accord <accord@un.example.org>',
    }),
    { host: 'mail.example.org', port: 465, security: 'tls', from: 'Accord <accord@un.example.org>', user: 'accord', pass: 's3cret' },
  );
  assert.equal(mailConfigFromEnv({ ACCORD_SMTP_HOST: 'm', ACCORD_SMTP_SECURE: 'starttls', ACCORD_SMTP_PORT: '587' })!.security, 'starttls');
  assert.throws(() => mailConfigFromEnv({ ACCORD_SMTP_HOST: 'm', ACCORD_SMTP_PORT: 'x' }), /not a port/);
});

test('with no mail server configured nothing is reported as sent: every message says so, and the counts are honest', async () => {
  const ids = await queue([{ to: 'a@example.org' }, { to: 'b@example.org' }, { to: 'c@example.org' }]);
  assert.equal((await row(ids[0]!)).status, 'queued', 'queued inside the transaction, not sent there');
  const r = await deliverQueued(t.db, { ids, config: null });
  assert.deepEqual(r.counts, { sent: 0, queued: 0, failed: 0, notConfigured: 3, cancelled: 0 });
  for (const id of ids) {
    const m = await row(id);
    assert.equal(m.status, 'not-configured');
    assert.match(m.detail, /no mail server is configured/);
    assert.equal(m.sent_at, null);
    assert.equal(m.message_id, null);
  }
});

test('STARTTLS with authentication: delivered with our Message-ID, and no transaction is open while the server answers', async () => {
  let sawDuringSend: string[] = [];
  const server = await startTestSmtpServer({
    starttls: true,
    auth: { user: 'accord', pass: 'pa55word' },
    // Runs while the client waits for the answer to DATA. With PGlite's one connection, a transaction
    // held by the sender would make this query wait forever: the timeout turns that into a failure.
    beforeAccept: async () => {
      const q = t.db.selectFrom('outbound_emails').select('status').where('status', '=', 'sending').execute();
      const rows = await Promise.race([q, new Promise<never>((_, no) => setTimeout(() => no(new Error('the database was held during sending')), 2000))]);
      sawDuringSend = rows.map((r) => r.status);
    },
  });
  try {
    const config: MailConfig = {
      host: '127.0.0.1',
      port: server.port,
      from: 'Accord <accord@un.example.org>',
      security: 'starttls',
      user: 'accord',
      pass: 'pa55word',
      ca: TEST_CERT,
      timeoutMs: 5000,
    };
    const ids = await queue([
      { to: 'poc@nzl.example.org', subject: 'Vérification des communications', text: 'Line one\n.leading dot' },
      { to: 'poc@fra.example.org' },
    ]);
    const r = await deliverQueued(t.db, { ids, config });
    assert.deepEqual(r.counts, { sent: 2, queued: 0, failed: 0, notConfigured: 0, cancelled: 0 });
    assert.ok(sawDuringSend.length >= 1, 'the claim is committed (visible as sending) before the conversation');
    assert.equal(server.received.length, 2);
    const [a] = server.received;
    assert.equal(a!.secure, true, 'upgraded to TLS before anything was sent');
    assert.equal(a!.user, 'accord', 'authenticated');
    assert.ok(server.commands.indexOf('STARTTLS') < server.commands.indexOf('AUTH'), 'credentials only after TLS');
    const stored = await row(ids[0]!);
    assert.equal(stored.status, 'sent');
    assert.ok(stored.sent_at);
    assert.match(stored.message_id!, /^<[0-9a-f-]{36}@un\.example\.org>$/);
    assert.ok(a!.data.includes(`Message-ID: ${stored.message_id}`), `the Message-ID on the wire is the one recorded: ${a!.data.slice(0, 600)}`);
    assert.match(a!.data, /^Subject: =\?UTF-8\?/m);
    assert.match(a!.data, /\r\n\.\.leading dot/, 'dot-stuffed');
  } finally {
    await server.close();
  }
});

test('TLS from the first byte; wrong credentials and a refused recipient fail only their own messages; a 451 goes back to the queue', async () => {
  const server = await startTestSmtpServer({ implicitTls: true, auth: { user: 'accord', pass: 'right' } });
  try {
    const base = {
      host: '127.0.0.1',
      port: server.port,
      from: 'accord@un.example.org',
      security: 'tls' as const,
      ca: TEST_CERT,
      user: 'accord',
      timeoutMs: 5000,
    };
    const ok = await queue([{ to: 'ok@example.org', subject: 'Hello\r\nBcc: evil@example.org' }, { to: 'refused@example.org' }, { to: 'later@example.org' }]);
    const r = await deliverQueued(t.db, { ids: ok, config: { ...base, pass: 'right' } });
    assert.deepEqual(r.counts, { sent: 1, queued: 1, failed: 1, notConfigured: 0, cancelled: 0 });
    assert.equal(server.received[0]!.secure, true);
    assert.doesNotMatch(server.received[0]!.data, /^Bcc:/m, 'no header injection through the subject');
    assert.match((await row(ok[1]!)).detail, /550/);
    const later = await row(ok[2]!);
    assert.equal(later.status, 'queued');
    assert.match(later.detail, /will retry/);
    assert.ok(later.locked_until && new Date(later.locked_until) > new Date(), 'not before the retry time');
    const retryJob = await t.db
      .selectFrom('jobs')
      .select('run_at')
      .where('kind', '=', 'mail.deliver')
      .where('status', '=', 'pending')
      .orderBy('run_at', 'desc')
      .executeTakeFirst();
    assert.ok(retryJob, 'a delivery job is scheduled for the retry');

    const wrong = await queue([{ to: 'ok@example.org' }]);
    const w = await deliverQueued(t.db, { ids: wrong, config: { ...base, pass: 'wrong' } });
    assert.equal(w.counts.failed, 1);
    assert.match((await row(wrong[0]!)).detail, /535|auth/i);
  } finally {
    await server.close();
  }
});

test('the delivery job sends what was queued, after commit, with the settings from the environment', async () => {
  const server = await startTestSmtpServer();
  const saved = { host: process.env.ACCORD_SMTP_HOST, port: process.env.ACCORD_SMTP_PORT };
  try {
    process.env.ACCORD_SMTP_HOST = '127.0.0.1';
    process.env.ACCORD_SMTP_PORT = String(server.port);
    const ids = await queue([{ to: 'job@example.org', subject: 'From the job' }]);
    const result = await runDueJobs(t.db, { now: new Date(Date.now() + 1000) });
    assert.ok(result.done >= 1);
    assert.equal((await row(ids[0]!)).status, 'sent');
    assert.ok(server.received.some((m) => /Subject: From the job/.test(m.data)));
  } finally {
    if (saved.host === undefined) delete process.env.ACCORD_SMTP_HOST;
    else process.env.ACCORD_SMTP_HOST = saved.host;
    if (saved.port === undefined) delete process.env.ACCORD_SMTP_PORT;
    else process.env.ACCORD_SMTP_PORT = saved.port;
    await server.close();
  }
});
