import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { DEMO_PASSWORD } from '../seed.ts';
import { apiContract } from '../testing/apiContract.ts';
import { testApp } from '../testing/app.ts';

let ctx: Awaited<ReturnType<typeof testApp>>;
const ids = { cycle: 0, report: 0, draft: 0, amendment: 0 };
let reminder: { states: string[]; delivery: Record<string, number> };

async function ok(res: Response, what: string) {
  if (res.status >= 300 && res.status !== 303) assert.fail(`${what}: ${res.status} ${await res.text()}`);
  return res.status === 303 ? null : ((await res.json()) as Record<string, any>);
}

before(async () => {
  ctx = await testApp();
  const sec = await ctx.as('secretariat');
  const chair = await ctx.as('chair');
  const nzl = await ctx.as('delegate');
  const fra = await ctx.as('otherDelegate');
  ids.cycle = (await ok(
    await sec.request('/api/v1/reporting/cycles', {
      json: { title: 'Tasks survey', opensOn: '2026-01-01', dueOn: '2099-06-30', closesOn: '2099-12-31', states: ['NZL', 'FRA'] },
    }),
    'cycle',
  ))!.cycle.id;
  ids.report = (await ok(
    await nzl.request(`/api/v1/reporting/cycles/${ids.cycle}/reports`, { json: { language: 'en', visibility: 'secretariat' } }),
    'start',
  ))!.report.id;
  reminder = (await ok(
    await sec.request(`/api/v1/reporting/cycles/${ids.cycle}/reminders`, { json: { states: ['NZL'], note: 'Please include the CERT contacts.' } }),
    'reminder',
  ))!.reminders;
  // NZL registers only a technical point of contact; a check then asks it to acknowledge.
  await ok(
    await nzl.request('/api/v1/points-of-contact', {
      json: {
        stateIso3: 'NZL',
        name: 'NZL CERT desk',
        role: 'technical',
        organisation: 'CERT NZ',
        email: 'desk@cert.example.org',
        phone: '+64 4 555 0100',
        languages: ['en'],
        timeZone: 'Pacific/Auckland',
      },
    }),
    'pointOfContact',
  );
  await ok(await sec.request('/api/v1/communication-checks', { json: { states: ['NZL'], respondWithinHours: 48 } }), 'communication check');
  // A zero draft issued by the Chair, and an amendment by France that NZL has not reacted to.
  ids.draft = (await ok(
    await chair.request('/api/v1/drafts', {
      json: { title: 'Tasks draft report', paragraphs: [{ section: 'introduction', text: 'The working group met in New York.' }] },
    }),
    'draft',
  ))!.draft.id;
  await ok(await chair.request(`/api/v1/drafts/${ids.draft}/issue`, { json: {} }), 'issue');
  ids.amendment = (await ok(
    await fra.request(`/api/v1/drafts/${ids.draft}/amendments`, {
      json: { version: 0, paragraph: 1, kind: 'replace', text: 'The working group met in Geneva.', justification: 'The meeting was held in Geneva.' },
    }),
    'amend',
  ))!.amendment.id;
});
after(() => ctx.close());

test("a delegate lands on the delegation's tasks after signing in; other roles and explicit destinations are kept", async () => {
  const signIn = (email: string, next?: string) =>
    ctx.app.request('/login', {
      method: 'POST',
      redirect: 'manual',
      headers: { 'content-type': 'application/x-www-form-urlencoded', cookie: 'accord_csrf=tasks-test-csrf-token-0123456789' },
      body: new URLSearchParams({ _csrf: 'tasks-test-csrf-token-0123456789', email, password: DEMO_PASSWORD, ...(next ? { next } : {}) }).toString(),
    });
  assert.equal((await signIn('nzl@accord.test')).headers.get('location'), '/tasks');
  assert.equal((await signIn('nzl@accord.test', '/reporting')).headers.get('location'), '/reporting');
  assert.equal((await signIn('secretariat@accord.test')).headers.get('location'), '/');
});

test('the tasks page lists the open cycle, the draft report, the amendment awaiting a reaction, points of contact to confirm, the check and the notices', async () => {
  const html = await (await (await ctx.as('delegate')).request('/tasks')).text();
  const section = (id: string) => new RegExp(`<section id="${id}"[\\s\\S]*?</section>`).exec(html)?.[0] ?? '';
  assert.match(section('cycles'), /Tasks survey/);
  assert.match(section('cycles'), new RegExp(`/reports/${ids.report}/edit`));
  assert.match(section('report-drafts'), /Tasks survey/);
  assert.match(section('amendments'), /Tasks draft report, paragraph 1: amendment by France/);
  assert.match(section('points-of-contact'), /No diplomatic point of contact is registered/);
  assert.doesNotMatch(section('points-of-contact'), /No technical point of contact/);
  assert.match(section('communication-checks'), /<bdi>NZL CERT desk<\/bdi> \(Technical\): answer by/);
  assert.match(section('communication-checks'), /<span id="pings"><\/span>/, 'links stored as /tasks#pings still land on the section');
  assert.match(
    section('notices'),
    /Reminder from the Secretariat: your national report for Tasks survey is due on 30 June 2099\. Please include the CERT contacts\./,
  );
  assert.match(section('notices'), /Communication check no\. \d+: your points of contact \(number: 1\)/);
});

test('the tasks API answers what its OpenAPI schema declares (camelCase, ISO dates, nothing undeclared)', async () => {
  const api = apiContract('tasks');
  const tasks = await api.check(await (await ctx.as('delegate')).request('/api/v1/tasks'), 'get', '/api/v1/tasks');
  assert.equal(tasks.stateIso3, 'NZL');
  assert.ok(
    tasks.cycles.length && tasks.reportDrafts.length && tasks.drafts.length && tasks.amendments.length && tasks.acknowledgements.length && tasks.notices.length,
    'every list has an item for its schema to read',
  );
  assert.equal(tasks.cycles[0].report.id, ids.report);
  assert.deepEqual(tasks.pointsOfContact.missingRoles, ['diplomatic']);
  assert.equal(tasks.acknowledgements[0].name, 'NZL CERT desk');
  assert.deepEqual(api.unchecked(), []);
});

test('another delegation sees its own tasks only; reacting removes the amendment from its list', async () => {
  const fra = await ctx.as('otherDelegate');
  const api = (await (await fra.request('/api/v1/tasks')).json()) as {
    stateIso3: string;
    amendments: unknown[];
    notices: Array<{ messageKey: string }>;
    acknowledgements: unknown[];
    cycles: Array<{ title: string; report: unknown }>;
  };
  assert.equal(api.stateIso3, 'FRA');
  assert.deepEqual(api.amendments, [], 'its own amendment awaits no reaction from itself');
  assert.deepEqual(api.notices, [], "NZL's reminder and check are not FRA's");
  assert.deepEqual(api.acknowledgements, []);
  assert.equal(api.cycles[0]!.title, 'Tasks survey');
  assert.equal(api.cycles[0]!.report, null);
  const nzl = await ctx.as('delegate');
  await ok(await nzl.request(`/api/v1/amendments/${ids.amendment}/reactions`, { json: { reaction: 'support' } }), 'react');
  const after = (await (await nzl.request('/api/v1/tasks')).json()) as { amendments: unknown[]; count: number };
  assert.deepEqual(after.amendments, []);
  assert.ok(after.count >= 3);
});

test("the page reads in the reader's language, with dates written their way", async () => {
  const nzl = await ctx.as('delegate');
  const fr = await (await nzl.request('/tasks', { headers: { 'accept-language': 'fr' } })).text();
  assert.match(fr, /Les tâches de votre délégation/);
  assert.match(fr, /30 juin 2099/);
  const ar = await (await nzl.request('/tasks', { headers: { 'accept-language': 'ar' } })).text();
  assert.match(ar, /مهام وفدكم/);
  assert.match(ar, /تذكير من الأمانة/);
});

test("a reminder says what became of its email: queued for NZL's delegate, not sent without a mail server", async () => {
  assert.deepEqual(reminder.states, ['NZL']);
  assert.deepEqual(reminder.delivery, { sent: 0, queued: 0, failed: 0, notConfigured: 1, cancelled: 0 });
  const mail = await ctx.db
    .selectFrom('outbound_emails')
    .selectAll()
    .where('related_type', '=', 'reporting_cycle')
    .where('related_id', '=', String(ids.cycle))
    .executeTakeFirstOrThrow();
  assert.equal(mail.to_address, 'nzl@accord.test');
  assert.equal(mail.status, 'not-configured');
  assert.match(mail.body, /due on 2099-06-30/);
  // The monitor page, after the form, says so in words.
  const sec = await ctx.as('secretariat');
  const res = await sec.request(`/reporting/cycles/${ids.cycle}/reminders`, { form: { states: 'NZL' } });
  const html = await (await sec.request(res.headers.get('location')!)).text();
  assert.match(html, /No email was sent\./);
  assert.match(html, /Not sent because no mail server is configured: 1/);
});

test('only delegates have a tasks page', async () => {
  assert.equal((await (await ctx.as('public')).request('/tasks')).status, 401);
  assert.equal((await (await ctx.as('secretariat')).request('/tasks')).status, 403);
  assert.equal((await (await ctx.as('chair')).request('/api/v1/tasks')).status, 403);
});
