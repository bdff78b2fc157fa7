import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { systemActor } from '../accounts/actor.ts';
import { testApp } from '../testing/app.ts';
import { actorFor } from '../testing/factories.ts';
import { savePointOfContact } from './commands/savePointOfContact.ts';
import { sendCommunication } from './commands/sendCommunication.ts';
import { communicationFor, listCommunications } from './queries.ts';

/**
 * The registry's pages and reads ask the policy (pointsOfContact.write, communications.send, item.read)
 * rather than restating roles; what each role sees and may do is as it was.
 */
let ctx: Awaited<ReturnType<typeof testApp>>;
const ids = { nzl: 0, comm: 0 };
const desk = (stateIso3: string, name: string) => ({
  stateIso3,
  name,
  role: 'technical' as const,
  organisation: 'CERT',
  email: `${name.toLowerCase().replace(/\W+/g, '-')}@cert.example.org`,
  phone: '+64 4 555 0100',
  languages: ['en'],
  timeZone: 'Pacific/Auckland',
});
before(async () => {
  ctx = await testApp();
  const s = systemActor('page access test');
  ids.nzl = (await savePointOfContact(ctx.db, s, desk('NZL', 'NZL policy desk'))).point_of_contact_id;
  await savePointOfContact(ctx.db, s, desk('FRA', 'FRA policy desk'));
  await savePointOfContact(ctx.db, s, desk('MEX', 'MEX policy desk'));
  const nzl = await actorFor(ctx.db, 'nzl@accord.test');
  ids.comm = (
    await sendCommunication(
      ctx.db,
      nzl,
      { toState: 'FRA', template: 'general', situation: 'A communication for the page access test.' },
      { baseUrl: 'http://x', smtp: null },
    )
  ).communication.id;
});
after(() => ctx.close());

const html = async (who: Parameters<typeof ctx.as>[0], path: string) => {
  const res = await (await ctx.as(who)).request(path);
  return { status: res.status, body: await res.text() };
};

test('the point-of-contact form: the Secretariat names the State, a delegation writes its own', async () => {
  const sec = await html('secretariat', '/points-of-contact/new');
  assert.match(sec.body, /<input[^>]*id="stateIso3"[^>]*type="text"/);
  const nzl = await html('delegate', '/points-of-contact/new');
  assert.match(nzl.body, /<input type="hidden" name="stateIso3" value="NZL"/);
  assert.doesNotMatch(nzl.body, /id="stateIso3"/);
  assert.equal((await html('chair', '/points-of-contact/new')).status, 403);
  // A delegation's form without a State is saved for its own.
  const res = await (await ctx.as('delegate')).request('/points-of-contact', { form: { ...desk('', 'NZL second desk'), stateIso3: '', languages: 'en' } });
  assert.deepEqual([res.status, res.headers.get('location')], [303, '/points-of-contact?state=NZL&saved=1']);
});

test('the directory offers "add" and "edit" to whoever may write, and the history to the others', async () => {
  for (const [who, add, edit] of [
    ['secretariat', true, true],
    ['delegate', true, true],
    ['otherDelegate', true, false],
    ['chair', false, false],
  ] as const) {
    const { body } = await html(who, '/points-of-contact?state=NZL');
    assert.equal(body.includes('href="/points-of-contact/new"'), add, `${who} add`);
    const link = new RegExp(`href="/points-of-contact/${ids.nzl}">([^<]+)<`).exec(body)?.[1];
    assert.equal(link, edit ? 'Edit' : 'History', `${who} edit`);
  }
});

test('the communication form: the Secretariat names the sending State, a delegation sends for its own, the Chair sends none', async () => {
  assert.match((await html('secretariat', '/points-of-contact/communications')).body, /id="fromState"/);
  const nzl = (await html('delegate', '/points-of-contact/communications')).body;
  assert.match(nzl, /id="comm-form"/);
  assert.doesNotMatch(nzl, /id="fromState"/);
  assert.doesNotMatch((await html('chair', '/points-of-contact/communications')).body, /id="comm-form"/);
});

test('a communication is seen by its two States and the Secretariat only', async () => {
  const seen = async (email: string) => {
    const actor = await actorFor(ctx.db, email);
    return [(await listCommunications(ctx.db, actor)).some((c) => c.id === ids.comm), (await communicationFor(ctx.db, actor, ids.comm)) !== null];
  };
  assert.deepEqual(await seen('secretariat@accord.test'), [true, true]);
  assert.deepEqual(await seen('nzl@accord.test'), [true, true]);
  assert.deepEqual(await seen('fra@accord.test'), [true, true]);
  assert.deepEqual(await seen('mex@accord.test'), [false, false]);
  assert.deepEqual(await seen('chair@accord.test'), [false, false]);
  const system = systemActor('page access test');
  assert.ok((await listCommunications(ctx.db, system)).some((c) => c.id === ids.comm));
  assert.notEqual(await communicationFor(ctx.db, system, ids.comm), null);
  assert.equal((await html('chair', `/points-of-contact/communications/${ids.comm}`)).status, 404);
  assert.equal((await html('delegate', `/points-of-contact/communications/${ids.comm}`)).status, 200);
});
