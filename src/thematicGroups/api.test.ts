import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { systemActor } from '../accounts/actor.ts';
import { ingestDocument } from '../records/commands/ingestDocument.ts';
import { publishDocument } from '../records/commands/publishDocument.ts';
import { apiContract } from '../testing/apiContract.ts';
import { testApp } from '../testing/app.ts';
import { createDtgMeeting } from './testing.ts';

// An invented record of an invented DTG meeting, written for this test.
const RECORD = `Dedicated thematic group on capacity-building, second meeting

1. The co-facilitator, Ms Ines Varga, invited delegations to address the first guiding question, on training for incident response teams.

2. Uruguay said that incident response teams needed regular training and exchanges between teams.

3. Viet Nam stated that a directory of training offers would help small teams find courses.`;

let ctx: Awaited<ReturnType<typeof testApp>>;
let meetingId: number;
before(async () => {
  ctx = await testApp();
  ({ meetingId } = await createDtgMeeting(ctx.db, { sessionNumber: 3 }));
});
after(() => ctx.close());

test('every thematic-groups API route answers what its OpenAPI schema declares (camelCase, nothing undeclared)', async () => {
  const api = apiContract('thematic-groups');
  const sec = await ctx.as('secretariat');
  const pub = await ctx.as('public');
  const go = (who: typeof sec, method: string, path: string, json?: unknown) =>
    who.request(path, { method: method.toUpperCase(), json }).then((res) => api.check(res, method, path));
  const m = `/api/v1/meetings/${meetingId}`;

  const { question } = await go(sec, 'post', `${m}/guiding-questions`, {
    text: 'What training do incident response teams need, and how can it last?',
    pillar: 'capacity-building',
  });
  assert.equal(question.number, 1);
  const extra = (await go(sec, 'post', `${m}/guiding-questions`, { text: 'A second question that is removed again at once.' })).question;
  await go(sec, 'delete', `${m}/guiding-questions/${extra.id}`);
  await go(pub, 'get', `${m}/guiding-questions`);
  await go(sec, 'post', `${m}/facilitators`, { name: 'Ms Ines Varga', state: 'HUN' });
  const other = (await go(sec, 'post', `${m}/facilitators`, { name: 'Mr Someone Else', affiliation: 'A regional centre' })).facilitator;
  await go(sec, 'delete', `${m}/facilitators/${other.id}`);
  const { facilitators } = await go(pub, 'get', `${m}/facilitators`);
  assert.deepEqual(
    facilitators.map((f: { name: string; state: string }) => [f.name, f.state]),
    [['Ms Ines Varga', 'HUN']],
  );

  const doc = await ingestDocument(
    ctx.db,
    systemActor('test'),
    { bytes: Buffer.from(RECORD), filename: 'dtg-contract.txt' },
    { meetingId, kind: 'summary-record' },
  );
  await publishDocument(ctx.db, systemActor('test'), doc.id);
  const summary = await go(pub, 'get', `${m}/dtg-summary`);
  assert.ok(summary.questions[0].speakers.length, 'the summary cites speakers for its schema to read');
  const { meetings } = await go(pub, 'get', '/api/v1/thematic-groups');
  const mine = meetings.find((x: { id: number }) => x.id === meetingId);
  assert.match(mine.session.startsOn, /^\d{4}-\d{2}-\d{2}$/, 'a date, as ISO 8601');
  assert.equal(mine.body.slug, 'dtg-capacity-building');
  assert.equal(mine.questions, 1);
  assert.deepEqual(api.unchecked(), []);
});
