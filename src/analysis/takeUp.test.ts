import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { sql } from 'kysely';
import { AppError } from '../foundation/errors.ts';
import { testApp } from '../testing/app.ts';
import { advanceTakeUp } from './commands/advanceTakeUp.ts';
import { filterMatches, matchFilterOf, PAGE_SIZE } from './matchFilters.ts';
import { openTakeUp } from './commands/openTakeUp.ts';
import { registerOffer } from './commands/registerOffer.ts';
import { nextSteps, sideOf, stepsOf, takeUpResource, takeUpsFor, type Parties } from './queries/takeUps.ts';
import { can } from '../accounts/policy.ts';
import { ANONYMOUS, systemActor } from '../accounts/actor.ts';
import { demoActors, testCycle, testReport } from '../testing/factories.ts';

/**
 * A public NZL report with two needs; France offers training on the point of contact (the
 * provider), Mexico is a bystander. Take-ups through the commands, then the pages and the API.
 */
let ctx: Awaited<ReturnType<typeof testApp>>;
let A: Awaited<ReturnType<typeof demoActors>>;
let cycle = 0;
let need = 0;
let otherNeed = 0;
let offer = 0;
let lawOffer = 0;

const code = async (p: Promise<unknown>) => {
  try {
    await p;
    return 'ok';
  } catch (e) {
    return e instanceof AppError ? `${e.status} ${e.code}` : String(e);
  }
};

before(async () => {
  ctx = await testApp();
  A = await demoActors(ctx.db);
  cycle = (await testCycle(ctx.db, { title: 'Take-up test cycle', code: 'TU-1' })).id;
  const r = await testReport(ctx.db, A.nzl, cycle, {
    elements: {
      'cbm-poc': { status: 'planned', challenges: 'Too few trained incident handlers for the point of contact.' },
      'norm-g': { status: 'not-started' },
    },
    capacityNeeds: [
      { element: 'cbm-poc', kind: 'training', priority: 'high', description: 'Training for incident handlers who staff the point of contact.' },
      { element: 'norm-g', kind: 'equipment', priority: 'low', description: 'Sensors for the water utility network.' },
    ],
  });
  const needs = await ctx.db
    .selectFrom('national_report_capacity_needs')
    .select(['id', 'element_id'])
    .where('report_id', '=', r.id)
    .orderBy('position')
    .execute();
  need = needs[0]!.id;
  otherNeed = needs[1]!.id;
  offer = (
    await registerOffer(ctx.db, A.fra, {
      providerKind: 'state',
      providerState: 'FRA',
      title: 'Incident handler training for points of contact',
      description: 'Courses for the incident handlers who staff a point of contact.',
      elements: ['cbm-poc'],
      kinds: ['training'],
      languages: ['en', 'fr'],
      modality: 'remote',
      contact: 'cyber@fra.example',
    })
  ).id;
  lawOffer = (
    await registerOffer(ctx.db, A.secretariat, {
      providerKind: 'programme',
      providerName: 'Law programme',
      title: 'International law course',
      elements: ['norm-a'],
      kinds: ['training'],
      languages: ['en'],
      modality: 'remote',
      contact: 'law@example.org',
    })
  ).id;
});
after(() => ctx.close());

test('who may take a need up: the recipient, the provider, the Secretariat; not a bystander, not with an offer for another element', async () => {
  assert.equal(await code(openTakeUp(ctx.db, A.mex, { needId: need, offerId: offer })), '403 takeup.not_a_party');
  assert.equal(await code(openTakeUp(ctx.db, A.chair, { needId: need, offerId: offer })), '403 takeup.not_a_party');
  assert.equal(await code(openTakeUp(ctx.db, A.nzl, { needId: need, offerId: lawOffer })), '400 takeup.offer_does_not_cover');
  assert.equal(await code(openTakeUp(ctx.db, A.nzl, { needId: 999999, offerId: offer })), '404 takeup.need_not_found');
  assert.equal(await code(openTakeUp(ctx.db, A.nzl, { needId: need, offerId: offer, on: '2999-01-01' })), '400 takeup.future_date');
  const before = await ctx.db
    .selectFrom('capacity_take_ups')
    .select(sql<number>`count(*)::int`.as('n'))
    .executeTakeFirstOrThrow();
  assert.equal(before.n, 0, 'nothing written by the refusals');
  const opened = await openTakeUp(ctx.db, A.nzl, { needId: need, offerId: offer, note: 'We wrote to the French contact.' });
  assert.equal(opened.side, 'recipient');
  assert.equal(await code(openTakeUp(ctx.db, A.fra, { needId: need, offerId: offer })), '409 takeup.exists', 'one record per need and offer');
  const steps = await stepsOf(ctx.db, opened.id);
  assert.deepEqual(
    steps.map((s) => s.status),
    ['contacted'],
  );
  const audit = await ctx.db.selectFrom('audit_events').select(['action', 'item_id']).where('action', '=', 'takeup.opened').execute();
  assert.equal(audit.length, 1);
  const notices = await ctx.db.selectFrom('notices').select(['state_iso3', 'kind', 'link']).where('kind', '=', 'cb.take_up').execute();
  assert.deepEqual(
    notices.map((n) => [n.state_iso3, n.link]),
    [['FRA', `/analysis/take-ups/${opened.id}`]],
    'the provider is told, not the recipient who acted',
  );
});

test('steps move forward with dates, delivered needs an outcome, nothing follows delivered; steps are append-only', async () => {
  const [k] = await takeUpsFor(ctx.db, A.fra);
  assert.ok(k, 'the provider sees the take-up');
  assert.deepEqual(await takeUpsFor(ctx.db, A.mex), [], 'a bystander sees none');
  assert.deepEqual(nextSteps('contacted'), ['matched', 'in-progress', 'delivered', 'closed']);
  assert.equal(await code(advanceTakeUp(ctx.db, A.mex, k.id, { status: 'matched' })), '403 takeup.not_a_party');
  assert.equal(await code(advanceTakeUp(ctx.db, A.fra, k.id, { status: 'matched', on: '2025-01-01' })), '400 takeup.date_before_previous');
  assert.equal(await advanceTakeUp(ctx.db, A.fra, k.id, { status: 'matched' }).then((r) => r.status), 'matched');
  assert.equal(await code(advanceTakeUp(ctx.db, A.nzl, k.id, { status: 'contacted' })), '400 takeup.step_out_of_order');
  await advanceTakeUp(ctx.db, A.nzl, k.id, { status: 'in-progress', note: 'First course held.' });
  assert.equal(await code(advanceTakeUp(ctx.db, A.fra, k.id, { status: 'delivered' })), '400 takeup.outcome_required');
  await advanceTakeUp(ctx.db, A.fra, k.id, { status: 'delivered', outcome: 'Twelve handlers trained; the point of contact now answers within a day.' });
  assert.equal(await code(advanceTakeUp(ctx.db, A.secretariat, k.id, { status: 'closed' })), '409 takeup.finished');
  const steps = await stepsOf(ctx.db, k.id);
  assert.deepEqual(
    steps.map((s) => s.status),
    ['contacted', 'matched', 'in-progress', 'delivered'],
  );
  assert.match(steps.at(-1)!.outcome, /Twelve handlers/);
  await assert.rejects(sql`update capacity_take_up_steps set note = 'x' where take_up_id = ${k.id}`.execute(ctx.db), /append-only/);
  await assert.rejects(sql`delete from capacity_take_ups where id = ${k.id}`.execute(ctx.db), /append-only/);
  const notices = await ctx.db.selectFrom('notices').select(['state_iso3', 'params']).where('kind', '=', 'cb.take_up').orderBy('id').execute();
  assert.deepEqual(
    notices.map((n) => n.state_iso3),
    ['FRA', 'NZL', 'FRA', 'NZL'],
    'each step tells the other side',
  );
});

test('the matches filter and pages are pure and keep unknown values out', () => {
  const f = matchFilterOf(
    (k) => (({ region: 'weog', element: 'nope', kind: 'training', status: 'open', page: '-2' }) as Record<string, string>)[k],
    ['cbm-poc'],
  );
  assert.deepEqual(f, { region: 'weog', element: undefined, kind: 'training', status: 'open', page: 1 });
  const list = Array.from({ length: 60 }, (_, i) => ({
    need: { id: i, reportId: i, state: 'NZL', region: i % 2 ? 'weog' : 'african', element: 'cbm-poc', kind: 'training' },
    matches: i % 3 ? [{}] : [],
    duplication: [],
  })) as never;
  const r = filterMatches(list, { region: 'weog', page: 2 }, () => undefined);
  assert.equal(r.total, 30);
  assert.equal(r.pages, 2);
  assert.equal(r.rows.length, 30 - PAGE_SIZE);
  assert.equal(filterMatches(list, { status: 'unmatched', page: 1 }, () => undefined).total, 20);
  assert.equal(filterMatches(list, { status: 'delivered', page: 1 }, (k) => (k === '3|cbm-poc|training' ? 'delivered' : undefined)).total, 1);
});

test('the offer form: lists, not ids; an error keeps what was chosen and shows it beside its field, in Arabic too', async () => {
  const sec = await ctx.as('secretariat');
  const form = await (await sec.request('/analysis/offers')).text();
  assert.match(form, /<optgroup label="Asia-Pacific Group">/, 'States grouped by regional group');
  assert.match(form, /<input type="checkbox" name="eligibleRegions" value="asia-pacific"\/?> Asia-Pacific Group/);
  assert.match(form, /name="elements" value="cbm-poc"/);
  assert.doesNotMatch(form, /placeholder="cbm-poc/);
  const bad = {
    providerKind: 'programme',
    providerName: 'Pacific programme',
    title: 'Pacific CERT mentoring',
    eligibleRegions: 'asia-pacific',
    eligibleStates: 'FJI',
    kinds: 'training',
    languages: 'en',
    modality: 'remote',
    contact: 'x',
  };
  const res = await sec.request('/analysis/offers?lang=ar', { method: 'POST', form: bad });
  assert.equal(res.status, 400);
  const html = await res.text();
  assert.match(html, /value="Pacific CERT mentoring"/, 'the title is kept');
  assert.match(html, /name="eligibleRegions" value="asia-pacific" checked/, 'the region stays chosen');
  assert.match(html, /<option value="FJI" selected/, 'the State stays chosen');
  assert.match(html, /id="err-elements"[^>]*>[^<]*[\u0600-\u06FF]/, 'the elements error in Arabic beside the field');
  assert.match(html, /id="err-contact"/);
  const ok = await sec.request('/analysis/offers', { method: 'POST', form: { ...bad, elements: 'cbm-poc', contact: 'pacific@example.org' } });
  assert.equal(ok.status, 303);
  const row = await ctx.db
    .selectFrom('capacity_offers')
    .select(['eligible_regions', 'eligible_states', 'elements'])
    .where('title', '=', 'Pacific CERT mentoring')
    .executeTakeFirstOrThrow();
  assert.deepEqual([row.eligible_regions, row.eligible_states, row.elements], [['asia-pacific'], ['FJI'], ['cbm-poc']]);
});

test('the matches page: filters as a GET form, a count, each score explained with signed points, take-up buttons for the recipient', async () => {
  const nzl = await ctx.as('delegate');
  const html = await (await nzl.request(`/analysis/matches?cycle=${cycle}`)).text();
  assert.match(html, /<form method="get" action="\/analysis\/matches"/);
  for (const id of ['m-region', 'm-element', 'm-kind', 'm-status']) assert.match(html, new RegExp(`id="${id}"`));
  assert.match(html, /Needs 1–2 of 2/);
  assert.match(html, /data-reason="element"[^>]*><span class="pts">\+3<\/span>/, 'points for');
  assert.match(html, /Open the project record/, 'the take-up opened before is linked');
  const filtered = await (await nzl.request(`/analysis/matches?cycle=${cycle}&element=norm-g`)).text();
  assert.match(filtered, /Needs 1–1 of 1/);
  const ar = await (await nzl.request(`/analysis/matches?cycle=${cycle}&lang=ar`)).text();
  assert.match(ar, /الدرجة/);
  // A negative reason reads as such: an offer only in French for an English report loses a point, marked and worded.
  await registerOffer(ctx.db, A.secretariat, {
    providerKind: 'programme',
    providerName: 'Francophone programme',
    title: 'Formation des équipes du point de contact',
    elements: ['cbm-poc'],
    kinds: ['training'],
    languages: ['fr'],
    modality: 'remote',
    contact: 'fr@example.org',
  });
  const negative = await (await (await ctx.as('secretariat')).request(`/analysis/matches?cycle=${cycle}`)).text();
  assert.match(
    negative,
    /<li class="against" data-reason="language-mismatch"><span class="pts">-1<\/span><span><strong>Counts against: <\/strong>other language: <span dir="auto">French<\/span>/,
  );
});

test("the project record page and the API: sides only, steps as a timeline, an error re-renders in the reader's language", async () => {
  const k = (await ctx.db.selectFrom('capacity_take_ups').select('id').executeTakeFirstOrThrow()).id;
  const fra = await ctx.as('otherDelegate');
  const html = await (await fra.request(`/analysis/take-ups/${k}`)).text();
  assert.match(html, /<ol class="timeline"/);
  assert.equal((html.match(/<li class="st-/g) ?? []).length, 4);
  assert.match(html, /Twelve handlers trained/);
  assert.match(html, /This record is complete/);
  assert.equal((await (await ctx.as('stakeholder')).request(`/analysis/take-ups/${k}`)).status, 404);
  const api = await fra.request(`/api/v1/analysis/take-ups/${k}`);
  const body = (await api.json()) as { takeUp: { status: string; steps: Array<{ status: string; on: string }>; offer: { id: number } } };
  assert.equal(body.takeUp.status, 'delivered');
  assert.deepEqual(
    body.takeUp.steps.map((s) => s.status),
    ['contacted', 'matched', 'in-progress', 'delivered'],
  );
  // The second need through the API and the page form.
  const nzl = await ctx.as('delegate');
  const wrong = await nzl.request('/api/v1/analysis/take-ups', { method: 'POST', json: { needId: otherNeed, offerId: offer } });
  assert.equal(wrong.status, 400);
  assert.equal(((await wrong.json()) as { error: { code: string } }).error.code, 'takeup.offer_does_not_cover');
  const lawForNeed = (
    await registerOffer(ctx.db, A.fra, {
      providerKind: 'state',
      providerState: 'FRA',
      title: 'Sensors for utilities',
      elements: ['norm-g'],
      kinds: ['equipment'],
      languages: ['en'],
      modality: 'in-person',
      contact: 'fra@example.org',
    })
  ).id;
  const made = await nzl.request('/api/v1/analysis/take-ups', { method: 'POST', json: { needId: otherNeed, offerId: lawForNeed } });
  assert.equal(made.status, 201);
  const id = ((await made.json()) as { takeUp: { id: number } }).takeUp.id;
  const out = await nzl.request(`/analysis/take-ups/${id}/steps?lang=fr`, { method: 'POST', form: { status: 'delivered', on: '', outcome: '' } });
  assert.equal(out.status, 400);
  const page = await out.text();
  assert.match(page, /id="err-outcome"[^>]*>Indiquez ce qui a été fourni/);
  assert.match(page, /<option value="delivered" selected/, 'the chosen step is kept');
  const step = await nzl.request(`/api/v1/analysis/take-ups/${id}/steps`, { method: 'POST', json: { status: 'closed', note: 'Equipment no longer needed.' } });
  assert.equal(step.status, 201);
  assert.equal(((await step.json()) as { takeUp: { status: string } }).takeUp.status, 'closed');
});

test("who acts on a take-up, and for which side, is the policy's capacity.takeUp; a State's matches are needs.matches", async () => {
  const org = A.stakeholder.organisationId!;
  const byState: Parties = { recipient: 'NZL', providerState: 'FRA', providerOrganisation: null };
  const byOrg: Parties = { recipient: 'NZL', providerState: null, providerOrganisation: org };
  const ownOffer: Parties = { recipient: 'NZL', providerState: 'NZL', providerOrganisation: null };
  const actors = { ...A, system: systemActor('test') };
  const sides = (p: Parties) =>
    Object.fromEntries(Object.entries(actors).map(([name, a]) => [name, can(a, 'capacity.takeUp', takeUpResource(p)) ? sideOf(a, p) : null]));
  assert.deepEqual(sides(byState), {
    secretariat: 'secretariat',
    chair: null,
    nzl: 'recipient',
    fra: 'provider',
    mex: null,
    stakeholder: null,
    system: 'secretariat',
  });
  assert.deepEqual(sides(byOrg), {
    secretariat: 'secretariat',
    chair: null,
    nzl: 'recipient',
    fra: null,
    mex: null,
    stakeholder: 'provider',
    system: 'secretariat',
  });
  assert.deepEqual(sides(ownOffer).nzl, 'recipient', 'a State on both sides acts as the recipient');
  assert.deepEqual(
    Object.entries(actors)
      .filter(([, a]) => can(a, 'capacity.takeUp'))
      .map(([name]) => name),
    ['secretariat', 'system'],
    'every take-up: the Secretariat',
  );
  assert.equal(await code(advanceTakeUp(ctx.db, A.chair, (await takeUpsFor(ctx.db, A.nzl))[0]!.id, { status: 'closed' })), '403 takeup.not_a_party');
  assert.equal(await code(openTakeUp(ctx.db, ANONYMOUS, { needId: need, offerId: offer })), '401 auth.required');
  // A State's capacity-building matches on its profile: its delegation and the Secretariat only.
  for (const [role, shown] of [
    ['delegate', true],
    ['secretariat', true],
    ['otherDelegate', false],
    ['chair', false],
    ['stakeholder', false],
    ['public', false],
  ] as const) {
    const html = await (await (await ctx.as(role)).request('/states/NZL')).text();
    assert.equal(html.includes('Capacity-building matches'), shown, role);
  }
  assert.deepEqual(
    Object.entries(actors)
      .filter(([, a]) => can(a, 'needs.matches', { ownerStateIso3: 'NZL' }))
      .map(([name]) => name),
    ['secretariat', 'nzl', 'system'],
  );
});
