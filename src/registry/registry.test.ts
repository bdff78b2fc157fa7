import assert from 'node:assert/strict';
import net from 'node:net';
import { after, before, test } from 'node:test';
import { systemActor, type Actor } from '../accounts/actor.ts';
import { AppError } from '../foundation/errors.ts';
import { testApp } from '../testing/app.ts';
import { actorFor } from '../testing/factories.ts';
import { acknowledge } from './ackTokens.ts';
import { seedDemo } from './demo.ts';
import { checkDuplication } from './duplication.ts';
import { mechanismBySlug, communicationCheckSummaries, roundByRegion, roundByState } from './queries.ts';
import { saveMechanism } from './commands/saveMechanism.ts';
import { savePointOfContact } from './commands/savePointOfContact.ts';
import { sendCommunication } from './commands/sendCommunication.ts';
import { startCommunicationCheck } from './commands/startCommunicationCheck.ts';

let ctx: Awaited<ReturnType<typeof testApp>>;
const actors: Record<string, Actor> = {};
const secretariat = systemActor('test Secretariat');
before(async () => {
  ctx = await testApp();
  await seedDemo(ctx.db);
  for (const email of ['nzl@accord.test', 'fra@accord.test']) actors[email.split('@')[0]!] = await actorFor(ctx.db, email);
});
after(() => ctx.close());

const code = (c: string, status?: number) => (e: unknown) => e instanceof AppError && e.code === c && (status == null || e.status === status);
const pointOfContact = (extra: Record<string, unknown> = {}) => ({
  stateIso3: 'NZL',
  name: 'NZL test desk',
  role: 'diplomatic' as const,
  organisation: 'MFAT',
  email: 'desk@mfat.example.org',
  phone: '+64 4 439 8000',
  languages: ['en'],
  timeZone: 'Pacific/Auckland',
  ...extra,
});

test('the duplication check ranks the mechanisms whose mandates cover a points-of-contact proposal first', async () => {
  const r = await checkDuplication(
    ctx.db,
    'We propose a new regional network of points of contact with regular communication checks, and cooperation between national CERTs on incidents.',
  );
  assert.equal(r.mechanismsChecked, 10);
  assert.ok(r.proposalElements.some((e) => e.id === 'cbm-poc'));
  const top3 = r.matches.slice(0, 3).map((m) => m.slug);
  assert.ok(top3.includes('osce-iwg-cbms'), `top 3: ${top3.join(', ')}`);
  const osce = r.matches.find((m) => m.slug === 'osce-iwg-cbms')!;
  assert.ok(osce.sharedElements.some((e) => e.id === 'cbm-poc'));
  assert.ok(
    osce.passages.some((p) => /⟦points⟧ of ⟦contact⟧/i.test(p.marked)),
    JSON.stringify(osce.passages),
  );
  // A cybercrime proposal ranks the cybercrime bodies above the CBM forums.
  const crime = await checkDuplication(
    ctx.db,
    'Create a programme of technical assistance to train prosecutors in cybercrime cases, electronic evidence and ransomware investigations.',
  );
  assert.ok(['unodc-gpc', 'coe-tcy'].includes(crime.matches[0]!.slug), crime.matches.map((m) => m.slug).join(', '));
  await assert.rejects(checkDuplication(ctx.db, 'short'), code('duplication.invalid', 400));
});

test('a mechanism revision appends; the earlier text stays in the history', async () => {
  const { current } = await mechanismBySlug(ctx.db, 'gfce');
  await saveMechanism(ctx.db, secretariat, {
    slug: 'gfce',
    name: current.name,
    parentOrganisation: current.parent_organisation,
    kind: current.kind,
    mandateText: current.mandate_text + ' Revised for the test.',
    mandateSource: current.mandate_source,
    elementIds: current.element_ids,
    note: 'test revision',
  });
  const after = await mechanismBySlug(ctx.db, 'gfce');
  assert.equal(after.revisions.length, 2);
  assert.equal(after.current.revision, 2);
  assert.match(after.revisions[1]!.mandate_text, /^A multistakeholder platform/);
  assert.doesNotMatch(after.revisions[1]!.mandate_text, /Revised/);
  await assert.rejects(
    saveMechanism(ctx.db, actors.nzl!, {
      slug: 'x-y',
      name: 'xxx',
      parentOrganisation: 'yy',
      kind: 'forum',
      mandateText: 'z'.repeat(50),
      mandateSource: 'src',
    }),
    code('auth.forbidden', 403),
  );
});

test('points of contact: malformed email, phone and time zone are refused; a delegate edits only their own State', async () => {
  await assert.rejects(
    savePointOfContact(ctx.db, actors.nzl!, pointOfContact({ email: 'desk@@example' })),
    (e: unknown) => code('pointOfContact.invalid', 400)(e) && !!(e as AppError).fields?.email,
  );
  await assert.rejects(savePointOfContact(ctx.db, actors.nzl!, pointOfContact({ phone: '04 439 8000' })), (e: unknown) =>
    /international form/.test((e as AppError).fields?.phone ?? ''),
  );
  await assert.rejects(savePointOfContact(ctx.db, actors.nzl!, pointOfContact({ phone: '+64 abc' })), (e: unknown) => !!(e as AppError).fields?.phone);
  await assert.rejects(
    savePointOfContact(ctx.db, actors.nzl!, pointOfContact({ timeZone: 'Mars/Olympus' })),
    (e: unknown) => !!(e as AppError).fields?.timeZone,
  );
  await assert.rejects(savePointOfContact(ctx.db, actors.fra!, pointOfContact()), code('auth.forbidden', 403));
  const saved = await savePointOfContact(ctx.db, actors.nzl!, pointOfContact({ phone: '+64 (4) 439-8000' }));
  assert.equal(saved.phone, '+6444398000');
  const revised = await savePointOfContact(ctx.db, actors.nzl!, {
    ...pointOfContact({ email: 'new-desk@mfat.example.org' }),
    pointOfContactId: saved.point_of_contact_id,
  });
  assert.equal(revised.revision, 2);
  const history = await ctx.db
    .selectFrom('point_of_contact_revisions')
    .select(['revision', 'email'])
    .where('point_of_contact_id', '=', saved.point_of_contact_id)
    .orderBy('revision')
    .execute();
  assert.deepEqual(
    history.map((h) => h.email),
    ['desk@mfat.example.org', 'new-desk@mfat.example.org'],
  );
});

test('the directory is never public: not the page, not the API, not the State profile', async () => {
  const anon = await ctx.as('public');
  assert.equal((await anon.request('/api/v1/points-of-contact')).status, 401);
  assert.equal((await (await ctx.as('stakeholder')).request('/points-of-contact')).status, 403);
  const profile = await (await anon.request('/states/NZL')).text();
  assert.doesNotMatch(profile, /cyber-policy@nzl\.example\.org/);
  const asState = (await (await (await ctx.as('otherDelegate')).request('/api/v1/points-of-contact?state=NZL')).json()) as {
    pointsOfContact: Array<{ email: string }>;
  };
  assert.ok(asState.pointsOfContact.some((c) => c.email === 'cyber-policy@nzl.example.org'));
});

test('a communication check: one link per contact, acknowledgements timed, reused/expired/forged links refused and logged', async () => {
  const t0 = new Date('2026-05-04T08:00:00Z');
  const r = await startCommunicationCheck(
    ctx.db,
    secretariat,
    { states: ['NZL', 'FRA', 'KEN'], validHours: 24 },
    { baseUrl: 'https://accord.test', now: t0, smtp: null },
  );
  assert.ok(r.links.length >= 6);
  assert.equal(new Set(r.links.map((l) => l.link)).size, r.links.length, 'links are unique');
  assert.ok(r.links.every((l) => l.emailStatus === 'not-configured'));
  assert.equal(r.delivery.notConfigured, r.links.length);
  assert.equal(r.delivery.sent, 0);
  const stored = await ctx.db
    .selectFrom('outbound_emails')
    .select('body')
    .where('related_type', '=', 'ack_request')
    .orderBy('id', 'desc')
    .limit(1)
    .executeTakeFirstOrThrow();
  assert.doesNotMatch(stored.body, /ack_/, 'the recorded email holds no usable token');
  const token = (i: number) => r.links[i]!.link.split('/ack/')[1]!;

  const ok = await acknowledge(ctx.db, token(0), { now: new Date(t0.getTime() + 90_000) });
  assert.equal(ok.ms, 90_000);
  await acknowledge(ctx.db, token(2), { now: new Date(t0.getTime() + 3_600_000) });
  await assert.rejects(acknowledge(ctx.db, token(0), { now: new Date(t0.getTime() + 100_000) }), code('ack.used', 409));
  await assert.rejects(acknowledge(ctx.db, token(1), { now: new Date(t0.getTime() + 25 * 3_600_000) }), code('ack.expired', 410));
  await assert.rejects(acknowledge(ctx.db, 'ack_' + 'x'.repeat(32)), code('ack.unknown', 404));
  await assert.rejects(acknowledge(ctx.db, '../etc/passwd'), code('ack.unknown', 404));
  const log = await ctx.db.selectFrom('ack_attempts').select('outcome').orderBy('id').execute();
  assert.deepEqual(
    log.map((l) => l.outcome),
    ['reused', 'expired', 'forged', 'forged'],
  );

  const byState = await roundByState(ctx.db, r.round.id);
  assert.equal(
    byState.reduce((n, s) => n + Number(s.acknowledged), 0),
    2,
  );
  const regions = await roundByRegion(ctx.db, r.round.id);
  assert.ok(regions.length >= 2);
  const rounds = await communicationCheckSummaries(ctx.db);
  assert.equal(rounds.length, 4, 'three demo rounds and this one');
  assert.deepEqual(
    rounds.map((x) => new Date(x.started_at).getTime()),
    rounds.map((x) => new Date(x.started_at).getTime()).sort((a, b) => a - b),
    'in time order',
  );
  assert.equal(Number(rounds.find((x) => x.id === r.round.id)!.acknowledged), 2);
});

test('the HTTP acknowledgement link: confirmation page, then acknowledged, then refused on reuse', async () => {
  const r = await startCommunicationCheck(ctx.db, secretariat, { states: ['MEX'] }, { baseUrl: 'http://x', smtp: null });
  const path = new URL(r.links[0]!.link).pathname;
  const anon = await ctx.as('public');
  const confirm = await anon.request(path);
  assert.equal(confirm.status, 200);
  assert.match(await confirm.text(), /Acknowledge receipt/);
  assert.equal((await anon.request(path, { form: {} })).status, 200);
  assert.equal((await anon.request(path, { form: {} })).status, 409);
  assert.equal((await anon.request('/ack/ack_forgedforgedforgedforged123')).status, 404);
});

test('the checks page shows the chart over time', async () => {
  const html = await (await (await ctx.as('secretariat')).request('/points-of-contact/communication-checks')).text();
  assert.match(html, /<figure class="chart" id="chart-over-time"><div><svg/);
  const element = await (await (await ctx.as('public')).request('/framework/elements/cbm-poc')).text();
  assert.match(element, /id="mechanisms"[\s\S]*OSCE Informal Working Group/);
});

test("a norm 13 (h) request for assistance reaches the other State's contacts and tracks acknowledgement", async () => {
  const sent = await sendCommunication(
    ctx.db,
    actors.nzl!,
    {
      toState: 'FRA',
      template: 'assistance-13h',
      recipients: 'technical',
      situation: 'Ransomware has encrypted the systems of a regional hospital.',
      request: 'Technical analysis of the malware sample.',
      urgency: 'urgent',
    },
    { baseUrl: 'http://x', smtp: null },
  );
  assert.equal(sent.links.length, 1);
  assert.equal(sent.links[0]!.role, 'technical');
  assert.match(sent.communication.body, /norm 13 \(h\)|13 \(h\)/);
  assert.match(sent.communication.body, /From: New Zealand/);
  await acknowledge(ctx.db, sent.links[0]!.link.split('/ack/')[1]!);
  const fra = await (await ctx.as('otherDelegate')).request(`/api/v1/communications`);
  const list = ((await fra.json()) as { communications: Array<{ id: number; acknowledged: number }> }).communications;
  assert.equal(list.find((c) => c.id === sent.communication.id)!.acknowledged, 1);
  await assert.rejects(
    sendCommunication(ctx.db, actors.nzl!, { toState: 'NZL', template: 'general', situation: 'Writing to myself here.' }, { baseUrl: 'http://x', smtp: null }),
    code('communication.invalid', 400),
  );
});

test("with SMTP configured, the round's emails go out through the relay and are recorded as sent", async () => {
  let messages = 0;
  const server = net.createServer((s) => {
    s.setEncoding('utf8');
    let data = false;
    s.write('220 ready\r\n');
    s.on('data', (chunk: string) => {
      for (const line of chunk.split('\r\n').filter(Boolean)) {
        if (data) {
          if (line === '.') {
            data = false;
            messages++;
            s.write('250 ok\r\n');
          }
          continue;
        }
        if (line.startsWith('DATA')) {
          data = true;
          s.write('354 go\r\n');
        } else if (line.startsWith('QUIT')) {
          s.write('221 bye\r\n');
          s.end();
        } else s.write('250 ok\r\n');
      }
    });
  });
  await new Promise<void>((res) => server.listen(0, '127.0.0.1', () => res()));
  try {
    const port = (server.address() as net.AddressInfo).port;
    const r = await startCommunicationCheck(
      ctx.db,
      secretariat,
      { states: ['JPN'] },
      { baseUrl: 'http://x', smtp: { host: '127.0.0.1', port, from: 'accord@test', security: 'auto' } },
    );
    assert.deepEqual(
      r.links.map((l) => l.emailStatus),
      ['sent', 'sent'],
    );
    assert.equal(messages, 2);
  } finally {
    await new Promise<void>((res) => server.close(() => res()));
  }
});
