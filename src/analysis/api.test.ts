import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { apiContract } from '../testing/apiContract.ts';
import { testApp } from '../testing/app.ts';
import { demoActors, testCycle, testReport } from '../testing/factories.ts';

/**
 * Every analysis API route's real response parses with the schema its OpenAPI operation declares:
 * a public NZL report with two needs, an offer from France that meets one of them.
 */
let ctx: Awaited<ReturnType<typeof testApp>>;
let cycle = 0;
let need = 0;
before(async () => {
  ctx = await testApp();
  const A = await demoActors(ctx.db);
  cycle = (await testCycle(ctx.db, { title: 'Contract cycle', code: 'CT-1', states: ['NZL', 'FRA'] })).id;
  const r = await testReport(ctx.db, A.nzl, cycle, {
    elements: {
      'cbm-poc': { status: 'planned', challenges: 'Too few trained incident handlers for the point of contact.', goodPractices: 'A duty roster.' },
      'norm-g': { status: 'implemented' },
    },
    capacityNeeds: [{ element: 'cbm-poc', kind: 'training', priority: 'high', description: 'Training for incident handlers who staff the point of contact.' }],
  });
  need = (await ctx.db.selectFrom('national_report_capacity_needs').select('id').where('report_id', '=', r.id).executeTakeFirstOrThrow()).id;
});
after(() => ctx.close());

test('analysis API: each response is what its declared schema says', async () => {
  const api = apiContract('analysis');
  const pub = await ctx.as('public');
  const sec = await ctx.as('secretariat');
  const nzl = await ctx.as('delegate');
  const fra = await ctx.as('otherDelegate');
  await api.check(await pub.request('/api/v1/analysis/cycles'), 'get', '/api/v1/analysis/cycles');
  for (const client of [pub, sec]) {
    const a = await api.check(await client.request(`/api/v1/analysis/cycles/${cycle}`), 'get', `/api/v1/analysis/cycles/${cycle}`);
    assert.equal(a.cycle.id, cycle);
  }
  await api.check(await pub.request(`/api/v1/analysis/cycles/${cycle}?region=weog`), 'get', `/api/v1/analysis/cycles/${cycle}`);
  await api.check(await sec.request(`/api/v1/analysis/cycles/${cycle}/summary`), 'get', `/api/v1/analysis/cycles/${cycle}/summary`);
  await api.check(await pub.request(`/api/v1/analysis/cycles/${cycle}/export.docx`), 'get', `/api/v1/analysis/cycles/${cycle}/export.docx`);
  await api.check(await pub.request(`/api/v1/analysis/cycles/${cycle}/export.akn.xml`), 'get', `/api/v1/analysis/cycles/${cycle}/export.akn.xml`);
  const { offer } = await api.check(
    await fra.request('/api/v1/analysis/offers', {
      json: {
        providerKind: 'state',
        providerState: 'FRA',
        title: 'Incident handler training',
        description: 'Courses for incident handlers of a point of contact.',
        elements: ['cbm-poc'],
        kinds: ['training'],
        languages: ['en'],
        modality: 'remote',
        contact: 'cyber@fra.example',
      },
    }),
    'post',
    '/api/v1/analysis/offers',
  );
  const listed = await api.check(await pub.request('/api/v1/analysis/offers'), 'get', '/api/v1/analysis/offers');
  assert.equal(listed.offers.find((o: { id: number }) => o.id === offer.id).contact, null, 'no contact for a signed-out reader');
  const signedIn = await api.check(await nzl.request('/api/v1/analysis/offers?element=cbm-poc'), 'get', '/api/v1/analysis/offers');
  assert.equal(signedIn.offers.find((o: { id: number }) => o.id === offer.id).contact, 'cyber@fra.example');
  for (const client of [nzl, fra, sec]) await api.check(await client.request(`/api/v1/analysis/matches?cycle=${cycle}`), 'get', '/api/v1/analysis/matches');
  const mine = await api.check(await nzl.request(`/api/v1/analysis/matches?cycle=${cycle}`), 'get', '/api/v1/analysis/matches');
  assert.ok(mine.needs[0].matches.length > 0, 'the need has its match');
  await api.check(await sec.request(`/api/v1/analysis/demand?cycle=${cycle}`), 'get', '/api/v1/analysis/demand');
  const { takeUp } = await api.check(
    await nzl.request('/api/v1/analysis/take-ups', { json: { needId: need, offerId: offer.id } }),
    'post',
    '/api/v1/analysis/take-ups',
  );
  await api.check(
    await fra.request(`/api/v1/analysis/take-ups/${takeUp.id}/steps`, { json: { status: 'matched' } }),
    'post',
    `/api/v1/analysis/take-ups/${takeUp.id}/steps`,
  );
  const one = await api.check(await fra.request(`/api/v1/analysis/take-ups/${takeUp.id}`), 'get', `/api/v1/analysis/take-ups/${takeUp.id}`);
  assert.deepEqual(
    one.takeUp.steps.map((s: { status: string }) => s.status),
    ['contacted', 'matched'],
  );
  const list = await api.check(await nzl.request('/api/v1/analysis/take-ups'), 'get', '/api/v1/analysis/take-ups');
  assert.equal(list.takeUps.length, 1);
  assert.deepEqual(api.unchecked(), []);
});

test('registering an offer: in whose name is decided before the body is validated (403 with its code, then 400)', async () => {
  const bad = { title: 'x', elements: [], kinds: [], languages: [], contact: '' };
  const codeOf = async (res: Response) => [res.status, ((await res.json()) as { error: { code: string } }).error.code];
  const fra = await ctx.as('otherDelegate');
  const stakeholder = await ctx.as('stakeholder');
  const chair = await ctx.as('chair');
  const sec = await ctx.as('secretariat');
  const post = (client: typeof fra, json: unknown) => client.request('/api/v1/analysis/offers', { method: 'POST', json });
  assert.deepEqual(await codeOf(await post(fra, { ...bad, providerKind: 'state', providerState: 'NZL' })), [403, 'offer.not_your_state']);
  assert.deepEqual(await codeOf(await post(fra, { ...bad, providerKind: 'organisation' })), [403, 'offer.not_an_organisation']);
  assert.deepEqual(await codeOf(await post(stakeholder, { ...bad, providerKind: 'state', providerState: 'NZL' })), [403, 'offer.not_a_state']);
  assert.deepEqual(await codeOf(await post(chair, bad)), [403, 'auth.forbidden']);
  assert.deepEqual(await codeOf(await post(chair, 'not an object')), [403, 'auth.forbidden']);
  assert.deepEqual(await codeOf(await post(fra, { ...bad, providerKind: 'state', providerState: 'FRA' })), [400, 'offer.invalid']);
  assert.deepEqual(await codeOf(await post(sec, { ...bad, providerKind: 'state', providerState: 'NZL' })), [400, 'offer.invalid']);
  assert.deepEqual(await codeOf(await post(fra, ['not', 'an', 'offer'])), [400, 'offer.invalid']);
});
