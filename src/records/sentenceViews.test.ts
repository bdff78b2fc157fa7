import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { testApp } from '../testing/app.ts';
import { ingestDocument } from './commands/ingestDocument.ts';
import { publishDocument } from './commands/publishDocument.ts';
import { rebuildDocument } from './store.ts';
import { enc, handReading } from './testing.ts';
import { actorFor, testMeeting } from '../testing/factories.ts';

// Invented text: a person with an affiliation, a joint sentence, a proposal with a "supported by"
// sentence, and a sentence whose speaker no one can place.
const TEXT = [
  'Fourth meeting of the working group',
  'Ms Jane Doe (Cyber Institute) said that incident reporting should be simple. Venezuela and Cuba stated that a legally binding instrument was needed.',
  'Mexico proposed a global registry of points of contact. This was supported by Peru. The envoy of Ruritania objected to any registry.',
].join('\n');

const READING = handReading(
  TEXT,
  [
    { speaker: 'person:jane-doe', kind: 'person', person: { name: 'Jane Doe', affiliation: 'Cyber Institute' }, from: [2, 1], to: [2, 1] },
    { speaker: 'VEN', from: [2, 2], to: [2, 2], joint: ['CUB'] },
    { speaker: 'CUB', from: [2, 2], to: [2, 2], joint: ['VEN'] },
    { speaker: 'MEX', from: [3, 1], to: [3, 1] },
    { speaker: 'PER', from: [3, 2], to: [3, 2], supportsProposal: 0 },
  ],
  {
    unattributed: [[3, 3, 'The envoy of Ruritania']],
    proposals: [{ by: 'MEX', at: [3, 1], summary: 'a global registry of points of contact', supportedBy: ['PER'] }],
  },
);

let ctx: Awaited<ReturnType<typeof testApp>>;
let meetingId: number;
let docId: number;
before(async () => {
  ctx = await testApp();
  meetingId = (await testMeeting(ctx.db, 9)).meeting.id;
  const chair = await actorFor(ctx.db, 'chair@accord.test');
  docId = (await ingestDocument(ctx.db, chair, { bytes: enc(TEXT), filename: 'sentences.txt', mediaType: 'text/plain' }, { meetingId, kind: 'event-report' }))
    .id;
  await ctx.db.transaction().execute((trx) => rebuildDocument(trx, docId, { reading: READING, model: null }));
  await publishDocument(ctx.db, chair, docId);
});
after(() => ctx.close());

const ids = (html: string) => [...html.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]!);

test('the review page lists sentences that need a speaker and offers split, reassign and merge at sentences', async () => {
  const chair = await ctx.as('chair');
  const html = await (await chair.request(`/documents/${docId}/review`)).text();
  assert.match(html, /Needs a speaker/);
  assert.match(html, /The envoy of Ruritania objected to any registry\./);
  assert.match(html, /<label>Speaker of sentence 3\.3 <input dir="auto" name="speaker"/);
  assert.match(html, /<input type="hidden" name="field" value="attribute"\/?>/);
  assert.match(html, /Jane Doe \(Cyber Institute\)/);
  assert.match(html, /jointly with Cuba/);
  const all = ids(html);
  assert.deepEqual(
    all.filter((x, i) => all.indexOf(x) !== i),
    [],
    'no id twice, though three statements start in paragraph 2',
  );

  const res = await chair.request(`/documents/${docId}/corrections`, { form: { field: 'attribute', sentence: '3.3', paragraph: '3', speaker: 'France' } });
  assert.equal(res.status, 303, await res.clone().text());
  const rows = await ctx.db.selectFrom('statements').selectAll().where('document_id', '=', docId).orderBy('position').execute();
  const fra = rows.find((r) => r.speaker_id === 'FRA');
  assert.ok(fra, 'the sentence has its speaker');
  assert.deepEqual([fra.first_paragraph, fra.first_sentence, fra.last_sentence, fra.speaker_source], [3, 3, 3, 'person']);
  assert.equal(fra.text, 'The envoy of Ruritania objected to any registry.');
  await ctx.db.transaction().execute((trx) => rebuildDocument(trx, docId, { reading: READING, model: null }));
  assert.ok(!/Needs a speaker/.test(await (await chair.request(`/documents/${docId}/review`)).text()), 'attributed, so no longer listed');
});

test('AKN has a speech per statement, persons as TLCPerson with their affiliation, unique eIds', async () => {
  const pub = await ctx.as('public');
  const xml = await (await pub.request(`/meetings/${meetingId}/akn`)).text();
  assert.equal((xml.match(/<speech /g) ?? []).length, (await ctx.db.selectFrom('statements').select('id').where('document_id', '=', docId).execute()).length);
  assert.match(xml, /<TLCPerson eId="person-jane-doe" href="[^"]+" showAs="Jane Doe"\/>/);
  assert.match(xml, /<TLCRole eId="role-cyber-institute" href="[^"]+" showAs="Cyber Institute"\/>/);
  assert.match(xml, /<speech eId="[^"]+" by="#person-jane-doe" as="#role-cyber-institute">/);
  assert.match(xml, /<speech eId="[^"]+" by="#VEN">/);
  assert.match(xml, /<speech eId="[^"]+" by="#CUB">/);
  const eIds = [...xml.matchAll(/eId="([^"]+)"/g)].map((m) => m[1]!);
  assert.deepEqual(
    eIds.filter((x, i) => eIds.indexOf(x) !== i),
    [],
  );
});

test('CSV, JSON and the proposals page carry sentence spans, joint speakers, persons and statements of support', async () => {
  const pub = await ctx.as('public');
  const csv = await (await pub.request(`/search/statements.csv?meeting=${meetingId}`)).text();
  const [head, ...lines] = csv.trim().split(/\r?\n/);
  const cols = head!.split(',');
  for (const c of ['speaker_kind', 'person', 'affiliation', 'joint_with', 'from_sentence', 'to_sentence', 'char_start', 'char_end'])
    assert.ok(cols.includes(c), c);
  const cub = lines.map((l) => l.split(',')).find((r) => r[cols.indexOf('speaker')] === 'CUB')!;
  assert.equal(cub[cols.indexOf('joint_with')], 'VEN');
  assert.equal(cub[cols.indexOf('from_sentence')], '2.2');
  const jane = lines.map((l) => l.split(',')).find((r) => r[cols.indexOf('speaker')] === 'person:jane-doe')!;
  assert.deepEqual(
    [jane[cols.indexOf('speaker_kind')], jane[cols.indexOf('person')], jane[cols.indexOf('affiliation')]],
    ['person', 'Jane Doe', 'Cyber Institute'],
  );

  const json = (await (await pub.request(`/api/v1/documents/${docId}`)).json()) as { statements: Array<Record<string, unknown>> };
  const per = json.statements.find((s) => s.speaker === 'PER')!;
  assert.deepEqual(per.sentences, { from: { paragraph: 3, sentence: 2 }, to: { paragraph: 3, sentence: 2 } });
  const proposal = await ctx.db.selectFrom('proposals').select('id').where('document_id', '=', docId).executeTakeFirstOrThrow();
  assert.equal(per.supportsProposal, proposal.id);
  assert.deepEqual(json.statements.find((s) => s.speaker === 'VEN')!.joint, ['CUB']);

  const page = await (await pub.request('/proposals')).text();
  const row = page.match(new RegExp(`<tr id="proposal-${proposal.id}">[\\s\\S]*?</tr>`))![0];
  assert.match(row, new RegExp(`<a href="/meetings/${meetingId}#s-${docId}-3-\\d+">Peru</a>`), 'the supporter links to its statement of support');
});
