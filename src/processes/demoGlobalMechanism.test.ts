import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { ANONYMOUS } from '../accounts/actor.ts';
import { testDb, type TestDatabase } from '../testing/database.ts';
import { dtgSummary } from '../thematicGroups/summary.ts';
import { seedDemo } from './demoGlobalMechanism.ts';

let t: TestDatabase;
before(async () => {
  t = await testDb();
});
after(() => t.close());

test('the Global Mechanism demo: a biennial cycle, the organizational session, a plenary and two thematic group meetings with public records, once', async () => {
  assert.deepEqual(await seedDemo(t.db), { seeded: true });
  assert.deepEqual(await seedDemo(t.db), { seeded: false });
  const sessions = await t.db
    .selectFrom('meeting_sessions as s')
    .innerJoin('processes as p', 'p.id', 's.process_id')
    .innerJoin('process_cycles as c', 'c.id', 's.cycle_id')
    .select(['s.meeting_type', 'c.outcome'])
    .where('p.slug', '=', 'global-mechanism')
    .orderBy('s.starts_on')
    .orderBy('s.id')
    .execute();
  assert.deepEqual(
    sessions.map((s) => s.meeting_type),
    ['organizational', 'substantive', 'dtg', 'dtg'],
  );
  assert.ok(sessions.every((s) => s.outcome === 'progress report'));
  const docs = await t.db.selectFrom('source_documents').select(['title']).where('filename', 'like', 'demo-gm-%').where('status', '=', 'published').execute();
  assert.equal(docs.length, 3);
});

test('each thematic group meeting is summarised by guiding question, its co-facilitators read as facilitators', async () => {
  const meetings = await t.db
    .selectFrom('meetings as m')
    .innerJoin('meeting_sessions as s', 's.id', 'm.session_id')
    .select('m.id')
    .where('s.meeting_type', '=', 'dtg')
    .orderBy('s.id')
    .execute();
  assert.equal(meetings.length, 2);
  const first = await dtgSummary(t.db, ANONYMOUS, meetings[0]!.id);
  assert.equal(first.questions.length, 2);
  const speakersOn = (i: number) => first.questions[i]!.speakers.map((g) => g.statement.speaker_id);
  assert.ok(speakersOn(0).includes('KEN'), JSON.stringify(speakersOn(0)));
  assert.ok(speakersOn(1).includes('IND'), JSON.stringify(speakersOn(1)));
  assert.equal(first.presiding, 3, 'the co-facilitators open, put the second question and close');
  const second = await dtgSummary(t.db, ANONYMOUS, meetings[1]!.id);
  assert.deepEqual(second.questions[0]!.speakers.map((g) => g.statement.speaker_id).sort(), ['FJI', 'JPN']);
});
