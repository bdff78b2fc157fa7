import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { readerFramework } from '../framework/queries.ts';
import { testApp } from '../testing/app.ts';
import { readDocument } from '../text/records/read.ts';
import { bulkIngest } from './commands/bulkIngest.ts';
import { ingestDocument } from './commands/ingestDocument.ts';
import { rereadDocument } from './commands/rereadDocument.ts';
import { enc } from './testing.ts';
import { actorFor, testMeeting } from '../testing/factories.ts';

// A stance question the compiled-in catalogue does not have, added at run time with its lexicon.
const QUESTION = {
  id: 'dedicated-capacity-fund',
  question: 'Should a dedicated fund for ICT security capacity-building be created?',
  pillarId: 'capacity-building',
  lexicon: {
    topic: ['dedicated fund', 'trust fund', 'voluntary fund for capacity-building'],
    supports: ['called for the creation of', 'calls for the creation of', 'supported the creation of'],
    opposes: ['saw no need for', 'sees no need for'],
    premature: ['premature'],
  },
};

const REPORT = `Informal meeting of the open-ended working group, session 3, meeting 2
Agenda item: capacity-building
The representative of Kenya called for the creation of a dedicated fund for ICT security capacity-building, managed by the Secretariat.
The delegate of Australia saw no need for a dedicated fund, since existing funding channels already serve this purpose.
The delegate of Chile described the training it had offered to neighbouring States.
The Chair thanked delegations.`;

let ctx: Awaited<ReturnType<typeof testApp>>;
let meetingId: number;
before(async () => {
  ctx = await testApp();
  meetingId = (await testMeeting(ctx.db)).meeting.id;
});
after(() => ctx.close());

/** The stored stances on the run-time question, per speaker, with their evidence. */
async function stancesOn(documentId: number) {
  const rows = await ctx.db
    .selectFrom('statement_stances')
    .innerJoin('statements', 'statements.id', 'statement_stances.statement_id')
    .select(['statements.speaker_id', 'statement_stances.value', 'statement_stances.evidence'])
    .where('statements.document_id', '=', documentId)
    .where('statement_stances.question_id', '=', QUESTION.id)
    .orderBy('statements.position')
    .execute();
  return rows.map((r) => [r.speaker_id, r.value, r.evidence]);
}

test('a stance question added through the API is found in the next reading, with its evidence sentence', async () => {
  const chair = await actorFor(ctx.db, 'chair@accord.test');
  const fw1 = await readerFramework(ctx.db);
  assert.equal(await readerFramework(ctx.db), fw1, 'the framework is cached while it does not change');
  assert.ok(!fw1.questions.some((q) => q.id === QUESTION.id));
  const first = await ingestDocument(ctx.db, chair, { bytes: enc(REPORT), filename: 'fund.txt', mediaType: 'text/plain' }, { meetingId, kind: 'event-report' });
  assert.deepEqual(await stancesOn(first.id), [], 'before the question exists nothing is read on it');

  const sec = await ctx.as('secretariat');
  const res = await sec.request('/api/v1/stance-questions', { json: QUESTION });
  assert.equal(res.status, 201, await res.clone().text());

  const fw2 = await readerFramework(ctx.db);
  assert.notEqual(fw2, fw1, 'adding a question clears the cached framework');
  const added = fw2.questions.find((q) => q.id === QUESTION.id);
  assert.ok(added);
  assert.deepEqual(added.lexicon.open, [], 'values the lexicon leaves out are empty, not missing');
  assert.deepEqual(added.lexicon.supports, QUESTION.lexicon.supports);
  assert.equal(fw2.pillars.length, fw1.pillars.length);
  assert.equal(fw2.elements.length, fw1.elements.length);

  const expected = [
    [
      'KEN',
      'supports',
      'The representative of Kenya called for the creation of a dedicated fund for ICT security capacity-building, managed by the Secretariat.',
    ],
    ['AUS', 'opposes', 'The delegate of Australia saw no need for a dedicated fund, since existing funding channels already serve this purpose.'],
  ];
  // Reading the stored document again, a new upload and a bulk import all use the new question.
  await rereadDocument(ctx.db, chair, first.id);
  assert.deepEqual(await stancesOn(first.id), expected);
  const second = await ingestDocument(
    ctx.db,
    chair,
    { bytes: enc(REPORT), filename: 'fund-2.txt', mediaType: 'text/plain' },
    { meetingId, kind: 'event-report' },
  );
  assert.deepEqual(await stancesOn(second.id), expected);
  const sec2 = await actorFor(ctx.db, 'secretariat@accord.test');
  await bulkIngest(ctx.db, sec2, [{ text: REPORT, filename: 'fund-3.txt', meetingId, kind: 'event-report' }]);
  const third = await ctx.db.selectFrom('source_documents').select('id').where('filename', '=', 'fund-3.txt').executeTakeFirstOrThrow();
  assert.deepEqual(await stancesOn(third.id), expected);

  // Offline, without the database's framework, the reader knows only the compiled-in catalogue.
  const offline = readDocument(REPORT, { kind: 'event-report' });
  assert.ok(offline.statements.every((s) => s.stances.every((x) => x.question !== QUESTION.id)));
});

test('a change made outside this process (another server on the same database) is read too', async () => {
  const before = await readerFramework(ctx.db);
  await ctx.db
    .insertInto('stance_questions')
    .values({
      id: 'outside-change',
      question: 'Was this question written by another process?',
      pillar_id: 'norms',
      element_id: null,
      lexicon: JSON.stringify({ topic: ['written elsewhere'] }),
      position: 99,
    })
    .execute();
  const after = await readerFramework(ctx.db);
  assert.notEqual(after, before);
  assert.ok(after.questions.some((q) => q.id === 'outside-change'));
  await ctx.db.deleteFrom('stance_questions').where('id', '=', 'outside-change').execute();
  assert.ok(!(await readerFramework(ctx.db)).questions.some((q) => q.id === 'outside-change'));
});
