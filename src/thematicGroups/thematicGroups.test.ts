import assert from 'node:assert/strict';
import { strFromU8, unzipSync } from 'fflate';
import { after, before, test } from 'node:test';
import { systemActor } from '../accounts/actor.ts';
import { translator } from '../i18n/index.ts';
import { createMeeting } from '../records/commands/createMeeting.ts';
import { ingestDocument } from '../records/commands/ingestDocument.ts';
import { publishDocument } from '../records/commands/publishDocument.ts';
import { rereadDocument } from '../records/commands/rereadDocument.ts';
import { testApp } from '../testing/app.ts';
import { AppError } from '../foundation/errors.ts';
import { addFacilitator } from './commands/addFacilitator.ts';
import { addGuidingQuestion } from './commands/addGuidingQuestion.ts';
import { matchStatements, namedQuestions } from './match.ts';
import { removeGuidingQuestion } from './commands/removeGuidingQuestion.ts';
import { dtgSummary } from './summary.ts';
import { summaryAkn } from './summaryAkn.ts';
import { summaryDocx } from './summaryDocx.ts';
import { createDtgMeeting } from '../testing/factories.ts';

// An invented record of an invented DTG meeting, written for these tests.
const RECORD = `Dedicated thematic group on capacity-building, first meeting

Summary of the discussion

1. The co-facilitator, Ms Amara Okafor, opened the meeting and invited delegations to address the first guiding question, on the needs of States in building incident response capacity.

2. Kenya stated that national computer emergency response teams needed sustained training and predictable funding. It added that regional centres could share the costs of training.

3. Ghana said that incident response teams in small administrations lacked trained staff and that mentoring between teams helped.

4. Mr Lindqvist (co-facilitator) invited views on the second guiding question, on how the Global Mechanism could match requests and offers of assistance.

5. Brazil said that a portal matching requests and offers of capacity-building assistance should be simple to use and open to all States.

6. Kenya added that offers of assistance should be matched to requests within months, not years.

7. France underlined that protecting hospitals against ransomware was a shared priority.

8. Ms Okafor thanked delegations and noted that the discussion would continue at the next meeting.`;

const RESTRICTED = `Dedicated thematic group on capacity-building, closed briefing

1. Chile stated that a confidential assessment of incident response teams SECRET-MARKER-77 would be shared with the Secretariat.`;

const sys = systemActor('test');
let ctx: Awaited<ReturnType<typeof testApp>>;
let meetingId: number;
let plenaryMeetingId: number;
let documentId: number;
let restrictedId: number;
let elementId: string;

before(async () => {
  ctx = await testApp();
  ({ meetingId } = await createDtgMeeting(ctx.db));
  const plenary =
    (await ctx.db.selectFrom('meeting_sessions').select('id').where('meeting_type', '=', 'substantive').orderBy('id').executeTakeFirst()) ??
    (await ctx.db
      .insertInto('meeting_sessions')
      .values({
        process_id: (await ctx.db.selectFrom('processes').select('id').where('slug', '=', 'global-mechanism').executeTakeFirstOrThrow()).id,
        number: 50,
        title: 'A plenary session for tests',
      })
      .returning('id')
      .executeTakeFirstOrThrow());
  plenaryMeetingId = (await createMeeting(ctx.db, sys, { sessionId: plenary.id, number: 90 })).id;
  const el = await ctx.db
    .selectFrom('elements')
    .select('id')
    .where('framework_version', '=', 'global-mechanism')
    .where('pillar_id', '=', 'capacity-building')
    .orderBy('position')
    .executeTakeFirst();
  elementId = el?.id ?? '';
});
after(() => ctx.close());

test("guiding questions: ordered, tied to an element of the meeting's framework, audited; errors by field", async () => {
  const q1 = await addGuidingQuestion(ctx.db, sys, meetingId, {
    text: 'What do States need most to build incident response capacity, and how can training be sustained?',
    ...(elementId ? { element: elementId } : { pillar: 'capacity-building' }),
  });
  assert.equal(q1.number, 1);
  assert.equal(q1.pillar_id, 'capacity-building');
  const q2 = await addGuidingQuestion(ctx.db, sys, meetingId, { text: 'How could the Global Mechanism match requests and offers of assistance?' });
  assert.equal(q2.number, 2);
  const audit = await ctx.db
    .selectFrom('audit_events')
    .select(['action', 'item_id'])
    .where('action', '=', 'thematic.question_added')
    .where('item_id', '=', String(meetingId))
    .execute();
  assert.equal(audit.length, 2);

  await assert.rejects(
    addGuidingQuestion(ctx.db, sys, meetingId, { text: 'A question that takes a number already used.', number: 2 }),
    (e: AppError) => e.status === 409 && e.fields?.number !== undefined,
  );
  await assert.rejects(addGuidingQuestion(ctx.db, sys, meetingId, { text: 'short' }), (e: AppError) => e.status === 400 && e.fields?.text !== undefined);
  await assert.rejects(
    addGuidingQuestion(ctx.db, sys, meetingId, { text: 'A question whose number is not a number.', number: 'abc' as unknown as number }),
    (e: AppError) => e.status === 400 && e.fields?.number === 'Give a whole number from 1 to 99.',
    'a number that is not one says so, not "fill in this field"',
  );
  await assert.rejects(
    addGuidingQuestion(ctx.db, sys, meetingId, { text: 'A question on an element no framework has.', element: 'no-such-element' }),
    (e: AppError) => e.status === 400 && e.fields?.element !== undefined,
  );
  await assert.rejects(
    addGuidingQuestion(ctx.db, sys, plenaryMeetingId, { text: 'A question for a plenary meeting, not a DTG one.' }),
    (e: AppError) => e.status === 404 && e.code === 'thematic.meeting_not_dtg',
  );
  const delegate = { kind: 'user' as const, id: 1, role: 'delegate' as const, email: 'x', displayName: 'x', stateIso3: 'NZL', organisationId: null };
  await assert.rejects(
    addGuidingQuestion(ctx.db, delegate, meetingId, { text: "A delegate may not add the Chair's questions." }),
    (e: AppError) => e.status === 403,
  );

  const extra = await addGuidingQuestion(ctx.db, sys, meetingId, { text: 'A third question that is removed again at once.' });
  await removeGuidingQuestion(ctx.db, sys, meetingId, extra.id);
  const left = await ctx.db.selectFrom('guiding_questions').select('number').where('meeting_id', '=', meetingId).orderBy('number').execute();
  assert.deepEqual(
    left.map((r) => r.number),
    [1, 2],
  );
});

test("facilitators as speakers: the record's co-facilitators are attributed by name, on ingest and on reading again", async () => {
  await addFacilitator(ctx.db, sys, meetingId, { name: 'Ms Amara Okafor', state: 'NGA' });
  const doc = await ingestDocument(ctx.db, sys, { bytes: Buffer.from(RECORD), filename: 'dtg-cb-1.txt' }, { meetingId, kind: 'summary-record' });
  documentId = doc.id;
  const rows = () =>
    ctx.db
      .selectFrom('statements')
      .select(['first_paragraph', 'speaker_id', 'speaker_kind', 'speaker_name', 'speaker_affiliation'])
      .where('document_id', '=', documentId)
      .orderBy('position')
      .execute();
  let st = await rows();
  const okafor = st.filter((s) => s.speaker_name === 'Ms Amara Okafor');
  assert.deepEqual(
    okafor.map((s) => [s.first_paragraph, s.speaker_id, s.speaker_kind, s.speaker_affiliation]),
    [
      [3, 'facilitator', 'chair', 'Nigeria'],
      [10, 'facilitator', 'chair', 'Nigeria'],
    ],
  );
  // Named in the record only as "(co-facilitator)": still the facilitator, by that name.
  assert.deepEqual(
    st.filter((s) => s.first_paragraph === 6).map((s) => [s.speaker_id, s.speaker_name]),
    [['facilitator', 'Lindqvist']],
  );

  // Named later by the Secretariat: reading the document again gives the State and the full name.
  await addFacilitator(ctx.db, sys, meetingId, { name: 'Mr Erik Lindqvist', state: 'SWE' });
  await rereadDocument(ctx.db, sys, documentId);
  st = await rows();
  assert.deepEqual(
    st.filter((s) => s.first_paragraph === 6).map((s) => [s.speaker_id, s.speaker_name, s.speaker_affiliation]),
    [['facilitator', 'Mr Erik Lindqvist', 'Sweden']],
  );
  assert.deepEqual(
    st.filter((s) => s.speaker_kind === 'state').map((s) => s.speaker_id),
    ['KEN', 'GHA', 'BRA', 'KEN', 'FRA'],
  );
  await publishDocument(ctx.db, sys, documentId);
});

test('matching rule: a question named by number, by its words, or on the floor after a facilitator put it', () => {
  assert.deepEqual(namedQuestions('On the second guiding question and on question 3, it said…'), [2, 3]);
  const qs = [
    { id: 1, number: 1, text: 'How can incident response teams be trained?', lexicon: ['cert', 'incident response'] },
    { id: 2, number: 2, text: 'How should requests and offers be matched?', lexicon: [] },
  ];
  const m = matchStatements(
    [
      { id: 10, document_id: 1, position: 1, speaker_kind: 'chair', text: 'The co-facilitator put question 2 to the meeting.' },
      {
        id: 11,
        document_id: 1,
        position: 2,
        speaker_kind: 'state',
        text: 'Small island States of the Pacific asked that the Secretariat keep such requests visible to partners for longer periods than it does today.',
      },
      { id: 12, document_id: 1, position: 3, speaker_kind: 'state', text: 'Training for CERT analysts and incident response staff matters most.' },
      { id: 13, document_id: 1, position: 4, speaker_kind: 'state', text: 'Ransomware against hospitals is a priority.' },
    ],
    qs,
  );
  assert.deepEqual(
    m.map((x) => [x.statementId, x.questionId, x.reason]),
    [
      [11, 2, 'floor'],
      [12, 1, 'worded'],
    ],
  );
});

test('summary: per guiding question who said what, grouped by speaker with links; statements answering none apart', async () => {
  const s = await dtgSummary(ctx.db, systemActor('reader'), meetingId);
  const [q1, q2] = s.questions;
  assert.deepEqual(
    q1.speakers.map((g) => g.statement.speaker_id),
    ['KEN', 'GHA'],
  );
  assert.deepEqual(
    q2.speakers.map((g) => g.statement.speaker_id),
    ['BRA', 'KEN'],
  );
  // Kenya spoke on each question: its statement on the second is its second in the record (paragraph 8).
  assert.equal(q2.speakers[1].cited.length, 1);
  assert.match(q2.speakers[1].cited[0].href, new RegExp(`^/documents/${documentId}#s-${documentId}-8-\\d+$`));
  assert.deepEqual(
    s.unmatched.map((g) => g.statement.speaker_id),
    ['FRA'],
  );
  // Facilitators put the questions; they are not listed as answering them.
  assert.ok(!s.questions.some((q) => q.speakers.some((g) => g.statement.speaker_id === 'facilitator')));
  assert.equal(s.presiding, 3);

  // The link's anchor is on the document page.
  const pub = await ctx.as('public');
  const html = await (await pub.request(`/documents/${documentId}`)).text();
  assert.ok(html.includes(`id="${q2.speakers[1].cited[0].href.split('#')[1]}"`));
});

test("exports: DOCX in the reader's language and Akoma Ntoso, with the questions, speakers and links", async () => {
  const s = await dtgSummary(ctx.db, systemActor('reader'), meetingId);
  const docx = await summaryDocx(translator('ar'), s, 'https://accord.example');
  const xmlText = strFromU8(unzipSync(docx)['word/document.xml']!);
  assert.ok(xmlText.includes('السؤال التوجيهي 1'));
  assert.ok(xmlText.includes('w:bidi'));
  assert.ok(xmlText.includes('needed sustained training'));
  const rels = strFromU8(unzipSync(docx)['word/_rels/document.xml.rels']!);
  // Word keeps a link's fragment as the hyperlink's anchor beside the external target.
  assert.ok(rels.includes(`Target="https://accord.example/documents/${documentId}"`));
  assert.ok(xmlText.includes(`w:anchor="s-${documentId}-`));

  const akn = summaryAkn(s, 'https://accord.example');
  assert.match(akn, /<doc name="dtgSummary">/);
  assert.match(akn, /<section eId="sec_1">\s*<num>1<\/num>/);
  assert.match(akn, /<TLCPerson eId="person-mr-erik-lindqvist"/);
  assert.match(akn, /<quotedText>[^<]*portal matching requests/);
  assert.match(akn, /<section eId="sec_other">/);

  const pub = await ctx.as('public');
  const res = await pub.request(`/thematic-groups/meetings/${meetingId}/summary.docx?lang=fr`);
  assert.equal(res.status, 200);
  assert.match(res.headers.get('content-type') ?? '', /wordprocessingml/);
  assert.ok(strFromU8(unzipSync(new Uint8Array(await res.arrayBuffer()))['word/document.xml']!).includes('Question directrice 2'));
});

test('visibility: a restricted record and a draft never reach the summary, its exports or its API', async () => {
  const r = await ingestDocument(
    ctx.db,
    sys,
    { bytes: Buffer.from(RESTRICTED), filename: 'closed.txt' },
    { meetingId, kind: 'summary-record', visibility: 'secretariat' },
  );
  restrictedId = r.id;
  await publishDocument(ctx.db, sys, restrictedId);
  const draft = await ingestDocument(
    ctx.db,
    sys,
    { bytes: Buffer.from(RESTRICTED.replace('SECRET-MARKER-77', 'DRAFT-MARKER-78').replace('Chile', 'Peru')), filename: 'draft.txt' },
    { meetingId, kind: 'summary-record' },
  );
  for (const role of ['public', 'delegate', 'stakeholder'] as const) {
    const c = await ctx.as(role);
    for (const path of [
      `/thematic-groups/meetings/${meetingId}`,
      `/thematic-groups/meetings/${meetingId}/summary.xml`,
      `/api/v1/meetings/${meetingId}/dtg-summary`,
    ]) {
      const body = await (await c.request(path)).text();
      assert.ok(!body.includes('SECRET-MARKER-77') && !body.includes(`/documents/${restrictedId}#`), `${role} ${path} shows the restricted record`);
      assert.ok(!body.includes('DRAFT-MARKER-78') && !body.includes(`/documents/${draft.id}#`), `${role} ${path} shows the draft`);
    }
    const docx = strFromU8(
      unzipSync(new Uint8Array(await (await c.request(`/thematic-groups/meetings/${meetingId}/summary.docx`)).arrayBuffer()))['word/document.xml']!,
    );
    assert.ok(!docx.includes('SECRET-MARKER-77') && !docx.includes('DRAFT-MARKER-78'));
  }
  const sec = await ctx.as('secretariat');
  assert.ok((await (await sec.request(`/api/v1/meetings/${meetingId}/dtg-summary`)).text()).includes(`/documents/${restrictedId}#`));
});

test('pages: the list by group, the meeting page, and a form that keeps its values and shows its error beside the field in Arabic', async () => {
  const pub = await ctx.as('public');
  const list = await (await pub.request('/thematic-groups')).text();
  assert.ok(list.includes('Dedicated thematic group on capacity-building'));
  assert.ok(list.includes(`/thematic-groups/meetings/${meetingId}`));
  const pageHtml = await (await pub.request(`/thematic-groups/meetings/${meetingId}`)).text();
  assert.ok(pageHtml.includes('Mr Erik Lindqvist') && !pageHtml.includes(`/facilitators`), 'the public sees no form');

  const sec = await ctx.as('secretariat');
  const res = await sec.request(`/thematic-groups/meetings/${meetingId}/questions?lang=ar`, { form: { text: 'قصير', number: '1', pillar: '', element: '' } });
  assert.equal(res.status, 400);
  const html = await res.text();
  assert.match(html, /<p class="field-error" id="err-text">[^<]*10[^<]*<\/p>/);
  assert.ok(html.includes(translator('ar')('thematicGroups.err.questionText')));
  assert.ok(html.includes('>قصير</textarea>'), 'the typed value is kept');
  const taken = await sec.request(`/thematic-groups/meetings/${meetingId}/facilitators`, { form: { name: 'Ms Amara Okafor', state: 'NGA', affiliation: '' } });
  assert.equal(taken.status, 409);
  assert.ok((await taken.text()).includes('id="err-name"'));

  const bad = await sec.request(`/api/v1/meetings/${meetingId}/guiding-questions`, { method: 'POST', json: { text: 'short' } });
  assert.equal(bad.status, 400);
  const error = ((await bad.json()) as { error: { code: string; fields: Record<string, string> } }).error;
  assert.equal(error.code, 'thematic.question_invalid');
  assert.equal(error.fields.text, 'Write the question (at least 10 characters).');
  const api = await sec.request(`/api/v1/meetings/${meetingId}/guiding-questions`);
  assert.deepEqual(
    ((await api.json()) as { questions: Array<{ number: number }> }).questions.map((q) => q.number),
    [1, 2],
  );
  const facilitators = (await (await pub.request(`/api/v1/meetings/${meetingId}/facilitators`)).json()) as {
    facilitators: Array<{ name: string; state: string }>;
  };
  assert.deepEqual(
    facilitators.facilitators.map((f) => [f.name, f.state]),
    [
      ['Ms Amara Okafor', 'NGA'],
      ['Mr Erik Lindqvist', 'SWE'],
    ],
  );
});
