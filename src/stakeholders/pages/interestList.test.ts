import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { testApp } from '../../testing/app.ts';

let ctx: Awaited<ReturnType<typeof testApp>>;
before(async () => {
  ctx = await testApp();
});
after(() => ctx.close());

const signUp = async (email: string, name = 'Visitor Example') => {
  const res = await (await ctx.as('public')).request('/stakeholders/interest-list', { form: { name, email, affiliation: '', language: 'en' } });
  return { status: res.status, location: res.headers.get('location'), body: await res.text() };
};

test('signing up answers the same for a new, a pending and a confirmed address', async () => {
  const first = await signUp('same-answer@example.org');
  assert.equal(first.status, 303);
  assert.equal(first.location, '/stakeholders/interest-list?requested=1');
  const pending = await signUp('same-answer@example.org');
  await ctx.db
    .updateTable('interest_subscribers')
    .set({ status: 'confirmed', confirmed_at: new Date() })
    .where('email', '=', 'same-answer@example.org')
    .execute();
  const confirmed = await signUp('same-answer@example.org');
  assert.deepEqual([pending, confirmed], [first, first]);
  // A malformed address: the form again, with the error beside the field and the name kept.
  const bad = await signUp('nope', 'Kept Name');
  assert.equal(bad.status, 400);
  assert.match(bad.body, /id="email-error"/);
  assert.match(bad.body, /value="Kept Name"/);
});

test('the confirmed list exports as CSV for the Secretariat only, formula-safe; the API filters applications by process', async () => {
  const gm = await ctx.db.selectFrom('processes').select('id').where('slug', '=', 'global-mechanism').executeTakeFirstOrThrow();
  await ctx.db
    .insertInto('interest_subscribers')
    .values([
      {
        process_id: gm.id,
        name: '=HYPERLINK("http://evil.example","x")',
        email: 'formula@example.org',
        affiliation: '+cmd',
        language: 'fr',
        status: 'confirmed',
        last_mailed_at: null,
        confirmed_at: new Date('2026-04-01T00:00:00Z'),
        unsubscribed_at: null,
      },
      {
        process_id: gm.id,
        name: 'Pending Person',
        email: 'pending-person@example.org',
        affiliation: '',
        language: 'en',
        status: 'pending',
        last_mailed_at: null,
        confirmed_at: null,
        unsubscribed_at: null,
      },
    ])
    .execute();
  assert.equal((await (await ctx.as('public')).request('/stakeholders/interest-list/subscribers.csv')).status, 401);
  assert.equal((await (await ctx.as('stakeholder')).request('/stakeholders/interest-list/subscribers.csv')).status, 403);
  const res = await (await ctx.as('secretariat')).request('/stakeholders/interest-list/subscribers.csv');
  assert.equal(res.status, 200);
  assert.match(res.headers.get('content-type') ?? '', /text\/csv/);
  const csv = await res.text();
  assert.match(csv, /^name,email,affiliation,language,confirmed_at\r\n/);
  assert.match(csv, /"'=HYPERLINK\(""http:\/\/evil\.example"",""x""\)",formula@example\.org,'\+cmd,fr,2026-04-01T00:00:00\.000Z/);
  assert.doesNotMatch(csv, /pending-person/, 'only confirmed addresses are exported');
  const audit = await ctx.db.selectFrom('audit_events').select('after').where('action', '=', 'interest.exported').executeTakeFirstOrThrow();
  assert.ok(audit.after);

  const page = await (await ctx.as('secretariat')).request('/stakeholders/interest-list/subscribers');
  assert.match(await page.text(), /id="counts"/);

  const api = await (await ctx.as('public')).request('/api/v1/accreditation/applications?process=oewg-2021-2025');
  assert.equal(api.status, 200);
  const { applications } = (await api.json()) as { applications: Array<{ process: { slug: string } }> };
  assert.ok(applications.every((a) => a.process.slug === 'oewg-2021-2025'));
  const modalities = await (await ctx.as('public')).request('/api/v1/accreditation/processes');
  const body = (await modalities.json()) as { processes: Array<{ slug: string; carryOverFrom: string | null }> };
  assert.deepEqual(
    body.processes.map((p) => [p.slug, p.carryOverFrom]),
    [
      ['oewg-2019-2021', null],
      ['oewg-2021-2025', null],
      ['global-mechanism', null],
    ],
    'nothing carries over by default',
  );
});

test("a representative of an organisation not accredited to the meeting's process is refused with its code (API)", async () => {
  const { dtgMeeting } = await import('../testing.ts');
  const meeting = await dtgMeeting(ctx.db, 970);
  const res = await (
    await ctx.as('stakeholder')
  ).request(`/api/v1/meetings/${meeting}/representatives`, { json: { name: 'Refused Person', email: 'refused@example.org' } });
  assert.equal(res.status, 403);
  const body = (await res.json()) as { error: { code: string; message: string } };
  assert.equal(body.error.code, 'representative.not_accredited');
  assert.match(body.error.message, /Global Mechanism/);
});
