import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { apiContract } from '../testing/apiContract.ts';
import { testApp } from '../testing/app.ts';
import { seedDemo } from './demo.ts';

/** Every registry API route's real response parses with the schema its OpenAPI operation declares. */
let ctx: Awaited<ReturnType<typeof testApp>>;
before(async () => {
  ctx = await testApp();
  await seedDemo(ctx.db);
});
after(() => ctx.close());

const desk = {
  stateIso3: 'NZL',
  name: 'NZL contract desk',
  role: 'technical',
  organisation: 'CERT NZ',
  email: 'contract@cert.example.org',
  phone: '+64 4 439 8000',
  languages: ['en'],
  timeZone: 'Pacific/Auckland',
};

test("registry API: each response is what its declared schema says, in the UI's words", async () => {
  const api = apiContract('registry');
  const sec = await ctx.as('secretariat');
  const nzl = await ctx.as('delegate');
  const fra = await ctx.as('otherDelegate');
  const pub = await ctx.as('public');
  // Points of contact
  const { pointOfContact } = await api.check(await nzl.request('/api/v1/points-of-contact', { json: desk }), 'post', '/api/v1/points-of-contact');
  assert.equal(pointOfContact.state, 'NZL');
  await api.check(
    await nzl.request(`/api/v1/points-of-contact/${pointOfContact.id}`, { method: 'PUT', json: { ...desk, stateIso3: undefined, phone: '+64 4 439 8001' } }),
    'put',
    `/api/v1/points-of-contact/${pointOfContact.id}`,
  );
  const listed = await api.check(await fra.request('/api/v1/points-of-contact?state=NZL'), 'get', '/api/v1/points-of-contact');
  assert.ok(listed.pointsOfContact.some((p: { id: number; revision: number }) => p.id === pointOfContact.id && p.revision === 2));
  const history = await api.check(
    await fra.request(`/api/v1/points-of-contact/${pointOfContact.id}/history`),
    'get',
    `/api/v1/points-of-contact/${pointOfContact.id}/history`,
  );
  assert.deepEqual(
    history.revisions.map((r: { revision: number }) => r.revision),
    [2, 1],
  );
  // Mechanisms
  const mechanism = {
    slug: 'contract-forum',
    name: 'Contract forum',
    parentOrganisation: 'Test organisation',
    kind: 'forum',
    mandateText: 'A forum that exists to test that the API answers as its contract says it does.',
    mandateSource: 'Test decision 1',
    elementIds: ['cbm-poc'],
  };
  await api.check(await sec.request('/api/v1/mechanisms', { json: mechanism }), 'post', '/api/v1/mechanisms');
  await api.check(
    await sec.request('/api/v1/mechanisms/contract-forum', { method: 'PUT', json: { ...mechanism, slug: undefined, note: 'Revised.' } }),
    'put',
    '',
    { op: '/api/v1/mechanisms/{slug}' },
  );
  await api.check(await pub.request('/api/v1/mechanisms'), 'get', '/api/v1/mechanisms');
  const one = await api.check(await pub.request('/api/v1/mechanisms/contract-forum'), 'get', '', { op: '/api/v1/mechanisms/{slug}' });
  assert.equal(one.revisions.length, 2);
  const dup = await api.check(
    await pub.request('/api/v1/mechanisms/duplication-check', {
      json: { text: 'A regional network of points of contact with regular communication checks between national CERTs.' },
    }),
    'post',
    '/api/v1/mechanisms/duplication-check',
  );
  assert.ok(dup.matches.length > 0);
  // Communication checks and communications
  const started = await api.check(
    await sec.request('/api/v1/communication-checks', { json: { states: ['NZL', 'FRA'], respondWithinHours: 48 } }),
    'post',
    '/api/v1/communication-checks',
  );
  const check = started.communicationCheck.id;
  await api.check(await fra.request('/api/v1/communication-checks'), 'get', '/api/v1/communication-checks');
  const link = started.links.find((l: { state: string }) => l.state === 'NZL').link as string;
  const ack = await api.check(await pub.request(`/api/v1/acks/${link.split('/').pop()}`, { json: {} }), 'post', '', { op: '/api/v1/acks/{token}' });
  assert.equal(ack.acknowledged.communicationCheckId, check);
  const detail = await api.check(await nzl.request(`/api/v1/communication-checks/${check}`), 'get', `/api/v1/communication-checks/${check}`);
  assert.equal(detail.status.acknowledged, 1);
  await api.check(
    await sec.request(`/api/v1/communication-checks/${check}/follow-up`, { json: {} }),
    'post',
    `/api/v1/communication-checks/${check}/follow-up`,
  );
  await api.check(
    await nzl.request('/api/v1/communications', {
      json: { toState: 'FRA', template: 'incident-notification', situation: 'An incident affecting a port, for the contract test.' },
    }),
    'post',
    '/api/v1/communications',
  );
  const comms = await api.check(await fra.request('/api/v1/communications'), 'get', '/api/v1/communications');
  assert.equal(comms.communications.length, 1);
  // The old /api/v1/pings paths: 308 to the communication-check ones, the id and the method kept.
  await api.check(await fra.request('/api/v1/pings'), 'get', '/api/v1/pings');
  await api.check(await sec.request('/api/v1/pings', { json: {} }), 'post', '/api/v1/pings');
  const old = await nzl.request(`/api/v1/pings/${check}?lang=fr`);
  assert.equal(old.headers.get('location'), `/api/v1/communication-checks/${check}?lang=fr`);
  await api.check(old, 'get', `/api/v1/pings/${check}`);
  const oldFollowUp = await sec.request(`/api/v1/pings/${check}/follow-up`, { json: {} });
  assert.equal(oldFollowUp.headers.get('location'), `/api/v1/communication-checks/${check}/follow-up`);
  await api.check(oldFollowUp, 'post', `/api/v1/pings/${check}/follow-up`);
  const page = await sec.request(`/contacts/pings/${check}`);
  assert.deepEqual([page.status, page.headers.get('location')], [308, `/points-of-contact/communication-checks/${check}`]);
  assert.deepEqual([(await sec.request('/contacts/pings')).headers.get('location')], ['/points-of-contact/communication-checks']);
  // The old /api/v1/contacts paths (until migrations/0510_points_of_contact_names.sql): 308 to the point-of-contact ones.
  const oldList = await fra.request('/api/v1/contacts?state=NZL');
  assert.equal(oldList.headers.get('location'), '/api/v1/points-of-contact?state=NZL');
  await api.check(oldList, 'get', '/api/v1/contacts');
  await api.check(await nzl.request('/api/v1/contacts', { json: desk }), 'post', '/api/v1/contacts');
  const oldPut = await nzl.request(`/api/v1/contacts/${pointOfContact.id}`, { method: 'PUT', json: { ...desk, stateIso3: undefined } });
  assert.equal(oldPut.headers.get('location'), `/api/v1/points-of-contact/${pointOfContact.id}`);
  await api.check(oldPut, 'put', `/api/v1/contacts/${pointOfContact.id}`);
  await api.check(await fra.request(`/api/v1/contacts/${pointOfContact.id}/history`), 'get', `/api/v1/contacts/${pointOfContact.id}/history`);
  // …and the old /contacts pages, the rest of the path and the query kept.
  for (const [from, to] of [
    ['/contacts?state=NZL', '/points-of-contact?state=NZL'],
    [`/contacts/${pointOfContact.id}`, `/points-of-contact/${pointOfContact.id}`],
    ['/contacts/communication-checks', '/points-of-contact/communication-checks'],
    [`/contacts/communications/${comms.communications[0].id}`, `/points-of-contact/communications/${comms.communications[0].id}`],
  ]) {
    const res = await nzl.request(from!);
    assert.deepEqual([res.status, res.headers.get('location')], [308, to], from);
  }
  assert.deepEqual(api.unchecked(), []);
});
