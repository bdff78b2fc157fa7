import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { strFromU8, unzipSync } from 'fflate';
import type { Actor, UserActor } from '../accounts/actor.ts';
import { analyse } from '../cli/analyse.ts';
import { createCycle } from '../reporting/commands/createCycle.ts';
import type { Answers } from '../reporting/answers.ts';
import { testApp } from '../testing/app.ts';
import { actorFor, testReport } from '../testing/factories.ts';
import { compileAnalysis } from './compile.ts';
import { registerOffer } from './commands/registerOffer.ts';

/**
 * One scenario through the real reporting commands: two cycles; WEOG with one public and two
 * Secretariat-only reports (3 reports: counted for everyone), GRULAC with two Secretariat-only
 * reports (2: withheld from the public). France's challenge carries a unique phrase that only the
 * Secretariat may ever see quoted.
 */
const SECRET = 'zebra-striped procurement backlog';
let ctx: Awaited<ReturnType<typeof testApp>>;
let secretariat: Actor;
let cycle2 = 0;

const day = (d: string) => new Date(`${d}T12:00:00Z`);
/** A delegate of that State (the audit label names the NZL account; fine for a test). */
const delegateOf = async (iso3: string): Promise<UserActor> => ({ ...(await actorFor(ctx.db, 'nzl@accord.test')), stateIso3: iso3 });
const report = async (cycleId: number, iso3: string, visibility: 'public' | 'states' | 'secretariat', answers: Answers, when: string) =>
  testReport(ctx.db, await delegateOf(iso3), cycleId, answers, { visibility, language: 'en', at: day(when) });

before(async () => {
  ctx = await testApp({ minAggregate: 3 });
  secretariat = await actorFor(ctx.db, 'secretariat@accord.test');
  const states = ['NZL', 'FRA', 'CAN', 'ARG', 'BRA'];
  const c1 = await createCycle(ctx.db, secretariat, {
    title: 'Test cycle one',
    code: 'TEST-2024-1',
    opensOn: '2024-01-01',
    dueOn: '2024-06-30',
    closesOn: '2024-12-31',
    states,
  });
  const c2 = await createCycle(ctx.db, secretariat, {
    title: 'Test cycle two',
    code: 'TEST-2025-1',
    opensOn: '2025-01-01',
    dueOn: '2025-06-30',
    closesOn: '2099-12-31',
    states,
  });
  cycle2 = c2.id;
  await report(
    c1.id,
    'NZL',
    'public',
    { elements: { 'norm-a': { status: 'planned' }, 'norm-b': { status: 'in-progress' }, 'norm-c': { status: 'implemented' } } },
    '2024-03-01',
  );
  await report(
    c2.id,
    'NZL',
    'public',
    {
      elements: {
        'norm-a': { status: 'implemented', goodPractices: 'Quarterly tabletop exercises with operators.' },
        'norm-b': { status: 'in-progress' },
        'norm-c': { status: 'planned', challenges: 'A shortage of trained incident handlers slows implementation.' },
        'cbm-poc': { status: 'planned', challenges: 'Too few trained incident handlers keep the points of contact current.' },
      },
      capacityNeeds: [
        { element: 'cbm-poc', kind: 'training', priority: 'high', description: 'Training for incident handlers who staff the point of contact.' },
      ],
    },
    '2025-03-01',
  );
  await report(
    c2.id,
    'FRA',
    'secretariat',
    {
      elements: {
        'norm-c': { status: 'planned', challenges: `A ${SECRET} delays the shortage of trained incident handlers.` },
        'cbm-poc': { status: 'planned' },
      },
      capacityNeeds: [{ element: 'cbm-poc', kind: 'training', priority: 'medium', description: 'Secret need of France for handler training.' }],
    },
    '2025-03-02',
  );
  await report(
    c2.id,
    'CAN',
    'secretariat',
    { elements: { 'norm-c': { status: 'in-progress', challenges: 'Shortage of trained incident handlers.' } } },
    '2025-08-01',
  );
  await report(c2.id, 'ARG', 'secretariat', { elements: { 'norm-a': { status: 'not-started' } } }, '2025-03-03');
  await report(c2.id, 'BRA', 'secretariat', { elements: { 'norm-a': { status: 'planned' } } }, '2025-03-04');
});
after(() => ctx.close());

test('completeness: a region of three restricted-or-public reports counts for all; two restricted reports are withheld from the public', async () => {
  const pub = await (await ctx.as('public')).request(`/api/v1/analysis/cycles/${cycle2}`);
  assert.equal(pub.status, 200);
  const a = await pub.json();
  const weog = a.completeness.byRegion.find((r: { id: string }) => r.id === 'weog');
  const grulac = a.completeness.byRegion.find((r: { id: string }) => r.id === 'grulac');
  assert.deepEqual(
    { expected: weog.expected, submitted: weog.submitted, onTime: weog.onTime, suppressed: weog.suppressed },
    { expected: 3, submitted: 3, onTime: 2, suppressed: false },
  );
  assert.deepEqual({ submitted: grulac.submitted, suppressed: grulac.suppressed }, { submitted: 0, suppressed: true });
  const sec = await (await (await ctx.as('secretariat')).request(`/api/v1/analysis/cycles/${cycle2}`)).json();
  assert.equal(sec.completeness.byRegion.find((r: { id: string }) => r.id === 'grulac').submitted, 2);
  assert.equal(sec.completeness.overall.submitted, 5);
  const normA = sec.elements.find((e: { id: string }) => e.id === 'norm-a');
  assert.deepEqual([normA.statuses['not-started'], normA.statuses.planned, normA.statuses.implemented], [1, 1, 1]);
});

test('progress against the previous cycle, element by element', async () => {
  const a = await compileAnalysis(ctx.db, secretariat, cycle2, { minAggregate: 3 });
  const nzl = a.progress.byState.find((s) => s.state === 'NZL')!;
  assert.deepEqual({ up: nzl.up, down: nzl.down, unchanged: nzl.unchanged }, { up: 1, down: 1, unchanged: 1 });
  assert.deepEqual(nzl.changes.map((c) => `${c.element}:${c.from}>${c.to}`).sort(), ['norm-a:planned>implemented', 'norm-c:implemented>planned']);
});

test('a Secretariat-only challenge is clustered and counted, but quoted only to the Secretariat: page, API, DOCX and AKN', async () => {
  const sec = await compileAnalysis(ctx.db, secretariat, cycle2, { minAggregate: 3 });
  const cluster = sec.elements.find((e) => e.id === 'norm-c')!.challenges.clusters[0]!;
  assert.equal(cluster.count, 3, 'the three "trained incident handlers" texts form one cluster');
  const id = cycle2;
  for (const role of ['public', 'stakeholder', 'delegate', 'otherDelegate', 'secretariat'] as const) {
    const client = await ctx.as(role);
    const html = await (await client.request(`/analysis/cycles/${id}`)).text();
    const json = await (await client.request(`/api/v1/analysis/cycles/${id}`)).text();
    const docx = new Uint8Array(await (await client.request(`/api/v1/analysis/cycles/${id}/export.docx`)).arrayBuffer());
    const docText = strFromU8(unzipSync(docx)['word/document.xml']!);
    const akn = await (await client.request(`/api/v1/analysis/cycles/${id}/export.akn.xml`)).text();
    const seen = [html, json, docText, akn].map((s) => s.includes(SECRET));
    // France (otherDelegate) reads its own report; New Zealand, stakeholders and the public may not.
    if (role === 'secretariat' || role === 'otherDelegate') assert.deepEqual(seen.slice(0, 2), [true, true], role);
    else assert.deepEqual(seen, [false, false, false, false], role);
  }
  const html = await (await (await ctx.as('public')).request(`/analysis/cycles/${id}?region=grulac`)).text();
  assert.match(html, /<figure class="chart"/);
  assert.match(html, /<svg[^>]*aria-label/);
  assert.doesNotMatch(html, /Argentina|Brazil/, 'no restricted GRULAC State is named to the public');
});

test('an unknown filter is refused with a clear error before anything is compiled', async () => {
  const pub = await ctx.as('public');
  for (const q of ['region=atlantis', 'org=no-such-org']) {
    const res = await pub.request(`/api/v1/analysis/cycles/${cycle2}?${q}`);
    assert.equal(res.status, 400, q);
    assert.equal(((await res.json()) as { error: { code: string } }).error.code, 'analysis.unknown_filter');
  }
});

test('offers: matched to the recipient with reasons, duplication flagged, and each reader sees only what it may', async () => {
  const stakeholder = await actorFor(ctx.db, 'stakeholder@accord.test');
  const base = {
    elements: ['cbm-poc'],
    kinds: ['training' as const],
    languages: ['en' as const],
    modality: 'remote' as const,
    contact: 'cb@example.org',
    startsOn: '2025-01-01',
    endsOn: '2099-01-01',
  };
  await registerOffer(ctx.db, stakeholder, {
    ...base,
    providerKind: 'organisation',
    title: 'Incident handler training',
    description: 'Training for trained incident handlers who staff points of contact.',
    stages: ['planned'],
  });
  await registerOffer(ctx.db, secretariat, {
    ...base,
    providerKind: 'programme',
    providerName: 'Second Programme',
    title: 'Handler course',
    description: 'Course for incident handlers.',
  });
  await registerOffer(ctx.db, secretariat, {
    ...base,
    providerKind: 'programme',
    providerName: 'Closed Programme',
    title: 'Only for Africa',
    eligibleRegions: ['african'],
  });
  await assert.rejects(
    registerOffer(ctx.db, await delegateOf('NZL'), { ...base, providerKind: 'state', providerState: 'FRA', title: 'Not mine to offer' }),
    /own State/,
  );

  const nzl = await (await (await ctx.as('delegate')).request('/api/v1/analysis/matches?cycle=' + cycle2)).json();
  assert.equal(nzl.needs.length, 1);
  const [need] = nzl.needs;
  assert.equal(need.need.state, 'NZL');
  assert.deepEqual(
    need.matches.map((m: { offer: { title: string } }) => m.offer.title),
    ['Incident handler training', 'Handler course'],
    'tailored offer first; the ineligible one absent',
  );
  const codes = need.matches[0].reasons.map((r: { code: string }) => r.code);
  for (const c of ['element', 'kind', 'language', 'timing-now', 'stage', 'addresses-challenge']) assert.ok(codes.includes(c), c);
  assert.equal(need.duplication.length, 2);

  const provider = await (await (await ctx.as('stakeholder')).request('/api/v1/analysis/matches?cycle=' + cycle2)).json();
  assert.equal(provider.needs.length, 0);
  assert.equal(provider.provided[0].demand.needs, 1, "France's restricted need is withheld from an aggregate of two");
  assert.deepEqual(
    provider.provided[0].publicNeeds.map((x: { need: { state: string } }) => x.need.state),
    ['NZL'],
  );
  assert.equal((await (await ctx.as('public')).request('/api/v1/analysis/matches')).status, 401);
});

test('accord analyse --json keeps its shape', async () => {
  const s = await analyse(ctx.db, String(cycle2), 3);
  assert.deepEqual(Object.keys(s), ['cycle', 'expected', 'submitted', 'onTime', 'byRegion', 'elements', 'needs', 'offers', 'matches', 'roadmap']);
  assert.deepEqual(s.byRegion.grulac, { expected: 2, submitted: 2, onTime: 2 });
  assert.equal(s.expected, 5);
  assert.equal(s.submitted, 5);
  assert.equal(s.onTime, 4);
  assert.deepEqual(Object.keys(s.elements['norm-a']!), ['not-started', 'planned', 'in-progress', 'implemented', 'not-applicable']);
  assert.equal(s.needs, 2);
  for (const e of s.roadmap) assert.ok(('element' in e || 'question' in e) && typeof e.reason === 'string');
  assert.ok(s.roadmap.some((e) => 'element' in e && e.reason === 'common-challenge' && e.element === 'norm-c'));
});
