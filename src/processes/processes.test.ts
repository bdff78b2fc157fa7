import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { testDb } from '../testing/database.ts';
import { enc } from '../records/testing.ts';
import { ingestDocument } from '../records/commands/ingestDocument.ts';
import { createMeeting } from '../records/commands/createMeeting.ts';
import { FormError } from '../reporting/fieldErrors.ts';
import { AppError } from '../foundation/errors.ts';
import { testApp } from '../testing/app.ts';
import { addAgendaItem } from './commands/addAgendaItem.ts';
import { addBody } from './commands/addBody.ts';
import { createCycle } from './commands/createCycle.ts';
import { createSession } from './commands/createSession.ts';
import { listProcesses, processDetail, statesInProcess } from './queries.ts';
import { ANONYMOUS } from '../accounts/actor.ts';
import { actorFor } from '../testing/factories.ts';

/** The error a promise rejects with, for its code, status and field keys. */
async function failure(p: Promise<unknown>) {
  try {
    await p;
  } catch (err) {
    assert.ok(err instanceof AppError, String(err));
    return err as AppError & { messages?: Record<string, { key: string }> };
  }
  assert.fail('expected a failure');
}
const keys = (e: { messages?: Record<string, { key: string }> }) => Object.fromEntries(Object.entries(e.messages ?? {}).map(([k, v]) => [k, v.key]));

test("the Secretariat opens the Global Mechanism's first cycle, adds a body and schedules sessions with their agenda; each write is audited", async () => {
  const t = await testDb();
  try {
    const sec = await actorFor(t.db, 'secretariat@accord.test');
    const cycle = await createCycle(t.db, sec, 'global-mechanism', {
      title: 'First biennial cycle 2026–2028',
      startsOn: '2026-03-30',
      endsOn: '2028-07-31',
      outcome: 'progress report',
    });
    assert.equal(cycle.slug, 'first-biennial-cycle-2026-2028');
    const body = await addBody(t.db, sec, 'global-mechanism', {
      kind: 'dtg',
      title: 'Dedicated thematic group on emerging threats',
      theme: 'Threats to critical infrastructure and what to do about them',
    });
    assert.equal(body.slug, 'dedicated-thematic-group-on-emerging-threats');
    const plenary = await createSession(t.db, sec, 'global-mechanism', {
      body: 'plenary',
      title: 'First substantive plenary session, New York',
      startsOn: '2026-07-20',
      endsOn: '2026-07-24',
      agendaItems: [
        { number: '1', title: 'Opening of the session' },
        { number: '5', title: 'Regular institutional dialogue', pillar: 'institutional-dialogue' },
      ],
    });
    assert.equal(plenary.meetingType, 'substantive');
    assert.equal(plenary.cycle, cycle.slug, 'the cycle is found from the dates');
    assert.equal(plenary.number, 1);
    const dtg = await createSession(t.db, sec, 'global-mechanism', {
      body: 'dtg-specific-challenges',
      title: 'First meeting of the thematic group',
      startsOn: '2026-12-07',
      endsOn: '2026-12-11',
    });
    assert.equal(dtg.meetingType, 'dtg');
    assert.equal(dtg.number, 1, 'numbered within its body');
    const item = await addAgendaItem(t.db, sec, 'global-mechanism', dtg.id, { number: '2', title: 'Guiding questions', pillar: 'threats' });
    assert.equal(item.position, 1);
    await createMeeting(t.db, sec, { sessionId: plenary.id, number: 1, heldOn: '2026-07-20' });

    const gm = await processDetail(t.db, sec, 'global-mechanism');
    assert.ok(gm);
    assert.deepEqual(
      gm.cycleList.map((c) => [c.title, c.starts_on, c.ends_on, c.outcome]),
      [['First biennial cycle 2026–2028', '2026-03-30', '2028-07-31', 'progress report']],
    );
    assert.ok(
      gm.bodyList.findIndex((b) => b.slug === body.slug) < gm.bodyList.findIndex((b) => b.slug === 'review-conference'),
      'a new body comes before the review conference',
    );
    const s = gm.sessionList.find((x) => x.id === plenary.id)!;
    assert.deepEqual(
      s.agenda.map((a) => [a.number, a.pillar]),
      [
        ['1', null],
        ['5', 'institutional-dialogue'],
      ],
    );
    assert.equal(s.meetings.length, 1);
    assert.equal(gm.starts_on, '2026-03-30');
    const listed = (await listProcesses(t.db)).find((p) => p.slug === 'global-mechanism')!;
    assert.deepEqual([listed.cycles, listed.sessions, listed.meetings, listed.framework_version], [1, 2, 1, 'global-mechanism']);
    assert.deepEqual(
      (await listProcesses(t.db)).map((p) => p.slug),
      ['oewg-2019-2021', 'oewg-2021-2025', 'global-mechanism'],
    );

    const audit = await t.db.selectFrom('audit_events').select('action').where('action', 'like', 'process.%').orderBy('id').execute();
    assert.deepEqual(
      audit.map((a) => a.action),
      ['process.cycle_created', 'process.body_added', 'process.session_created', 'process.session_created', 'process.agenda_item_added'],
    );
    assert.equal((await statesInProcess(t.db, sec, 'global-mechanism')).size, 0);
  } finally {
    await t.close();
  }
});

test('validation: stable codes and a key per field; overlaps, unknown bodies and cycles, dates outside the cycle, taken numbers', async () => {
  const t = await testDb();
  try {
    const sec = await actorFor(t.db, 'secretariat@accord.test');
    let e = await failure(createCycle(t.db, sec, 'global-mechanism', { title: 'x', startsOn: '2026-02-30', endsOn: '' }));
    assert.equal(e.code, 'processes.cycle_invalid');
    assert.equal(e.status, 400);
    assert.ok(e instanceof FormError);
    assert.deepEqual(keys(e), { title: 'processes.err.required', startsOn: 'processes.err.date', endsOn: 'processes.err.required' });
    assert.match(e.fields!.startsOn!, /date that exists/, 'the API carries the English text');
    e = await failure(createCycle(t.db, sec, 'global-mechanism', { title: 'Backwards cycle', startsOn: '2027-01-01', endsOn: '2026-01-01' }));
    assert.deepEqual(keys(e), { endsOn: 'processes.err.endsBeforeStart' });
    await createCycle(t.db, sec, 'global-mechanism', { title: 'First cycle', startsOn: '2026-03-30', endsOn: '2028-07-31' });
    e = await failure(createCycle(t.db, sec, 'global-mechanism', { title: 'Overlapping cycle', startsOn: '2028-01-01', endsOn: '2029-12-31' }));
    assert.equal(e.code, 'processes.cycle_overlap');
    assert.equal(e.status, 409);
    e = await failure(createCycle(t.db, sec, 'global-mechanism', { title: 'First cycle', startsOn: '2030-01-01', endsOn: '2031-12-31' }));
    assert.equal(e.code, 'processes.cycle_exists');
    e = await failure(createCycle(t.db, sec, 'no-such-process', { title: 'Lost cycle', startsOn: '2030-01-01', endsOn: '2031-12-31' }));
    assert.equal(e.code, 'process.not_found');
    assert.equal(e.status, 404);

    e = await failure(addBody(t.db, sec, 'global-mechanism', { kind: 'dtg', title: 'Thematic group without a theme' }));
    assert.deepEqual(keys(e), { theme: 'processes.err.themeRequired' });
    e = await failure(addBody(t.db, sec, 'global-mechanism', { kind: 'committee' as never, title: 'A committee' }));
    assert.deepEqual(keys(e), { kind: 'processes.err.choice' });
    e = await failure(addBody(t.db, sec, 'global-mechanism', { kind: 'plenary', title: 'Plenary', slug: 'plenary' }));
    assert.equal(e.code, 'processes.body_exists');
    assert.deepEqual(keys(e), { slug: 'processes.err.taken' });

    e = await failure(
      createSession(t.db, sec, 'global-mechanism', { body: 'nowhere', title: 'Session in no body', startsOn: '2026-07-20', endsOn: '2026-07-24' }),
    );
    assert.deepEqual(keys(e), { body: 'processes.err.unknownBody' });
    e = await failure(
      createSession(t.db, sec, 'global-mechanism', {
        body: 'plenary',
        cycle: 'second',
        title: 'Session in no cycle',
        startsOn: '2026-07-20',
        endsOn: '2026-07-24',
      }),
    );
    assert.deepEqual(keys(e), { cycle: 'processes.err.unknownCycle' });
    e = await failure(
      createSession(t.db, sec, 'global-mechanism', {
        body: 'plenary',
        cycle: 'first-cycle',
        title: 'Session after its cycle',
        startsOn: '2028-07-30',
        endsOn: '2028-08-02',
      }),
    );
    assert.deepEqual(keys(e), { startsOn: 'processes.err.outsideCycle' });
    e = await failure(
      createSession(t.db, sec, 'global-mechanism', {
        body: 'plenary',
        title: 'Session with twin items',
        startsOn: '2026-07-20',
        endsOn: '2026-07-24',
        agendaItems: [
          { number: '1', title: 'Opening' },
          { number: '1', title: 'Again' },
          { number: '', title: 'x', pillar: 'space' as never },
        ],
      }),
    );
    assert.deepEqual(keys(e), {
      'agendaItems.2.number': 'processes.err.required',
      'agendaItems.2.title': 'processes.err.required',
      'agendaItems.2.pillar': 'processes.err.choice',
    });
    e = await failure(
      createSession(t.db, sec, 'global-mechanism', {
        body: 'plenary',
        title: 'Session with twin items',
        startsOn: '2026-07-20',
        endsOn: '2026-07-24',
        agendaItems: [
          { number: '1', title: 'Opening' },
          { number: '1', title: 'Again' },
        ],
      }),
    );
    assert.deepEqual(keys(e), { 'agendaItems.1.number': 'processes.err.duplicate' });
    await createSession(t.db, sec, 'global-mechanism', { body: 'plenary', number: 1, title: 'First session', startsOn: '2026-07-20', endsOn: '2026-07-24' });
    e = await failure(
      createSession(t.db, sec, 'global-mechanism', { body: 'plenary', number: 1, title: 'First session again', startsOn: '2026-07-27', endsOn: '2026-07-28' }),
    );
    assert.equal(e.code, 'processes.session_exists');
    assert.equal(e.status, 409);

    // Access comes first: the public is asked to sign in, a delegate is refused, whatever the body says.
    assert.equal((await failure(createCycle(t.db, ANONYMOUS, 'global-mechanism', {} as never))).status, 401);
    const nzl = await actorFor(t.db, 'nzl@accord.test');
    assert.equal((await failure(addBody(t.db, nzl, 'global-mechanism', { kind: 'dtg', title: "A delegate's group", theme: 'x' }))).status, 403);
    assert.equal(
      (await t.db.selectFrom('audit_events').select('id').where('action', 'like', 'process.%').execute()).length,
      2,
      'failed writes leave no audit event',
    );
  } finally {
    await t.close();
  }
});

let ctx: Awaited<ReturnType<typeof testApp>>;
before(async () => {
  ctx = await testApp();
});
after(() => ctx.close());

test('API: list and detail in camelCase; writes answer 201, 400 with codes and fields, 401 and 403', async () => {
  const sec = await ctx.as('secretariat');
  const list = (await (await ctx.app.request('/api/v1/processes')).json()) as { processes: Array<Record<string, any>> };
  const gmListed = list.processes.find((p) => p.slug === 'global-mechanism')!;
  assert.deepEqual(gmListed.frameworkVersion?.id, 'global-mechanism');
  assert.deepEqual(Object.keys(gmListed.counts), ['bodies', 'cycles', 'sessions', 'meetings']);

  let res = await sec.request('/api/v1/processes/global-mechanism/cycles', {
    json: { title: 'First biennial cycle', startsOn: '2026-03-30', endsOn: '2028-07-31', outcome: 'progress report' },
  });
  assert.equal(res.status, 201, await res.clone().text());
  assert.equal(((await res.json()) as any).cycle.slug, 'first-biennial-cycle');
  assert.match(
    await (await ctx.app.request('/processes/global-mechanism?lang=fr')).text(),
    /<td dir="auto">rapport d’étape<\/td>/,
    "the seeded outcome is named in the reader's language",
  );
  res = await sec.request('/api/v1/processes/global-mechanism/bodies', { json: { kind: 'dtg', title: 'API thematic group', theme: 'A theme' } });
  assert.equal(res.status, 201);
  res = await sec.request('/api/v1/processes/global-mechanism/sessions', {
    json: {
      body: 'plenary',
      title: 'First substantive plenary session',
      startsOn: '2026-07-20',
      endsOn: '2026-07-24',
      agendaItems: [{ number: '1', title: 'Opening' }],
    },
  });
  assert.equal(res.status, 201);
  const session = ((await res.json()) as any).session;
  res = await sec.request(`/api/v1/processes/global-mechanism/sessions/${session.id}/agenda-items`, { json: { number: '2', title: 'Adoption of the agenda' } });
  assert.equal(res.status, 201);

  res = await sec.request('/api/v1/processes/global-mechanism/sessions', { json: { body: 'plenary', title: 'S', startsOn: '2026-13-01' } });
  assert.equal(res.status, 400);
  const err = ((await res.json()) as any).error;
  assert.equal(err.code, 'processes.session_invalid');
  assert.deepEqual(Object.keys(err.fields).sort(), ['endsOn', 'startsOn', 'title']);
  res = await sec.request('/api/v1/processes/global-mechanism/cycles', { body: '{', headers: { 'content-type': 'application/json' } });
  assert.equal(((await res.json()) as any).error.code, 'request.malformed_json');
  assert.equal((await (await ctx.as('public')).request('/api/v1/processes/global-mechanism/cycles', { json: {} })).status, 401);
  assert.equal((await (await ctx.as('delegate')).request('/api/v1/processes/global-mechanism/bodies', { json: {} })).status, 403);
  assert.equal((await ctx.app.request('/api/v1/processes/nowhere')).status, 404);

  const detail = ((await (await ctx.app.request('/api/v1/processes/global-mechanism')).json()) as any).process;
  const s = detail.sessions.find((x: any) => x.id === session.id);
  assert.deepEqual(
    { body: s.body, meetingType: s.meetingType, cycle: s.cycle, startsOn: s.startsOn, endsOn: s.endsOn },
    { body: 'plenary', meetingType: 'substantive', cycle: 'first-biennial-cycle', startsOn: '2026-07-20', endsOn: '2026-07-24' },
  );
  assert.deepEqual(
    s.agendaItems.map((a: any) => a.number),
    ['1', '2'],
  );
  assert.ok(detail.bodies.some((b: any) => b.slug === 'api-thematic-group' && b.theme === 'A theme'));
  assert.deepEqual(
    detail.cycles.map((c: any) => c.outcome),
    ['progress report'],
  );
  const doc = (await (await ctx.app.request('/api/openapi.json')).json()) as any;
  assert.ok(doc.paths['/api/v1/processes/{slug}/sessions']?.post, 'described in the OpenAPI document');
});

test("forms: an error re-renders the page in the reader's language with the typed values and the error beside its field", async () => {
  const sec = await ctx.as('secretariat');
  let res = await sec.request('/processes/oewg-2021-2025/sessions?lang=fr', {
    form: {
      body: 'plenary',
      title: 'Session de test, Genève',
      startsOn: '2024-03-04',
      endsOn: '2024-03-01',
      'agendaItems.1.number': '3',
      'agendaItems.1.title': '',
    },
  });
  assert.equal(res.status, 400);
  const html = await res.text();
  assert.match(html, /value="Session de test, Genève"/);
  assert.match(html, /id="session-endsOn-error">La fin précède le début\./);
  res = await sec.request('/processes/oewg-2021-2025/sessions?lang=fr', {
    form: {
      body: 'plenary',
      title: 'Session de test, Genève',
      startsOn: '2024-03-04',
      endsOn: '2024-03-08',
      'agendaItems.2.number': '3',
      'agendaItems.2.title': '',
    },
  });
  assert.equal(res.status, 400);
  assert.match(await res.text(), /id="session-agendaItems-2-title-error">Remplissez ce champ\./, "the error sits beside the row typed, not the item's index");
  res = await sec.request('/processes/oewg-2021-2025/sessions', {
    form: {
      body: 'plenary',
      title: 'Test session, Geneva',
      startsOn: '2024-03-04',
      endsOn: '2024-03-08',
      'agendaItems.2.number': '3',
      'agendaItems.2.title': 'Capacity-building',
      'agendaItems.2.pillar': 'capacity-building',
    },
  });
  assert.equal(res.status, 303);
  const page = await (await ctx.app.request(res.headers.get('location')!.replace(/#.*/, ''))).text();
  assert.match(page, /Test session, Geneva/);
  assert.match(page, /Capacity-building/);
  res = await sec.request('/processes/oewg-2021-2025/cycles?lang=ar', { form: { title: 'دورة', startsOn: '', endsOn: '' } });
  assert.equal(res.status, 400);
  assert.match(await res.text(), /id="cycle-startsOn-error">املأ هذا الحقل\./);
  assert.doesNotMatch(
    await (await ctx.app.request('/processes/global-mechanism')).text(),
    /action="\/processes\/global-mechanism\/cycles"/,
    'the public sees no form',
  );
  assert.equal((await ctx.app.request('/processes/nowhere')).status, 404);
  assert.equal((await sec.request('/processes/nowhere/cycles', { form: { title: 'Lost cycle', startsOn: '2030-01-01', endsOn: '2030-12-31' } })).status, 404);
});

test('filters by process: States, positions and meetings take ?process=', async () => {
  for (const path of ['/states?process=global-mechanism', '/positions?process=global-mechanism', '/meetings?process=global-mechanism']) {
    const res = await ctx.app.request(path);
    assert.equal(res.status, 200, path);
    assert.match(await res.text(), /<option value="global-mechanism" selected/, path);
  }
  const meetings = await (await ctx.app.request('/meetings?process=oewg-2019-2021')).text();
  assert.doesNotMatch(meetings, /<h2>Global Mechanism<\/h2>/);
});

test("the States list's process filter lists the States that took the floor in that process's meetings", async () => {
  const sec = await actorFor(ctx.db, 'secretariat@accord.test');
  const session = await createSession(ctx.db, sec, 'global-mechanism', {
    body: 'dtg-capacity-building',
    title: 'Capacity-building group, first meeting',
    startsOn: '2026-12-07',
    endsOn: '2026-12-11',
  });
  const meeting = await createMeeting(ctx.db, sec, { sessionId: session.id, number: 1, heldOn: '2026-12-07' });
  const text = `Thematic group on capacity-building, meeting 1
The representative of Kenya said that the group should start from the needs States have already reported.
The delegate of Chile stated that regional training centres could host the first exercises.`;
  await ingestDocument(ctx.db, sec, { bytes: enc(text), filename: 'dtg.txt' }, { meetingId: meeting.id, kind: 'event-report' });
  assert.deepEqual([...(await statesInProcess(ctx.db, sec, 'global-mechanism'))].sort(), ['CHL', 'KEN']);
  assert.equal((await statesInProcess(ctx.db, sec, 'oewg-2019-2021')).size, 0);
  const html = await (await (await ctx.as('secretariat')).request('/states?process=global-mechanism')).text();
  assert.match(html, /href="\/states\/KEN"/);
  assert.doesNotMatch(html, /href="\/states\/FRA"/);
  assert.match(await (await ctx.app.request('/states')).text(), /href="\/states\/FRA"/);
});
