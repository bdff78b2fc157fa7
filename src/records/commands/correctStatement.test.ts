import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { testDb, type TestDatabase } from '../../testing/database.ts';
import type { Reading } from '../../text/records/types.ts';
import { correctStatement } from './correctStatement.ts';
import { ingestDocument } from './ingestDocument.ts';
import { rebuildDocument } from '../store.ts';
import { enc, handReading } from '../testing.ts';
import { actorFor, testMeeting } from '../../testing/factories.ts';

// Invented text. Paragraph 4 holds three speakers, paragraph 7 a joint sentence and a "supported
// by" sentence, paragraph 8 a sentence whose speaker no one can place before the Chair's.
const TEXT = [
  'Informal meeting of the open-ended working group, session 3, meeting 2',
  'Agenda item: regular institutional dialogue',
  'The representative of New Zealand stated that a programme of action would give the dialogue a permanent home. New Zealand proposed that the Secretariat prepare a paper on the options for a programme of action.',
  'The delegate of Brazil underlined that capacity-building must be demand-driven. Tunisia then said that regional centres were needed. Benin added that funding should be predictable.',
  'The Russian delegate considered that it was premature to create a new permanent body before the current mandate ends.',
  'She also stated that any new mechanism should be decided by consensus.',
  'Cuba and Nicaragua stated that a legally binding instrument was needed. Australia and Canada supported the proposal made by New Zealand.',
  'The envoy of Ruritania warned of escalation. The Chair thanked delegations.',
].join('\n');

const EVIDENCE = 'premature to create a new permanent body';

/** What today's paragraph-level reader gives: whole paragraphs, one speaker each (Brazil swallows paragraph 5). */
const PARAGRAPHS = handReading(
  TEXT,
  [
    { speaker: 'NZL', from: [3, 1], to: [3, 'end'] },
    { speaker: 'BRA', from: [4, 1], to: [5, 'end'] },
    { speaker: 'RUS', from: [6, 1], to: [6, 'end'] },
    { speaker: 'CUB', from: [7, 1], to: [7, 'end'] },
    { speaker: 'chair', kind: 'chair', from: [8, 1], to: [8, 'end'] },
  ],
  { paragraphModel: true, proposals: [{ by: 'NZL', at: [3, 2], summary: 'a paper on the options for a programme of action', supportedBy: ['AUS', 'CAN'] }] },
);

/** What a sentence-level reader gives for the same text. */
const SENTENCES = handReading(
  TEXT,
  [
    { speaker: 'NZL', from: [3, 1], to: [3, 2] },
    { speaker: 'BRA', from: [4, 1], to: [4, 1] },
    { speaker: 'TUN', from: [4, 2], to: [4, 2] },
    { speaker: 'BEN', from: [4, 3], to: [4, 3] },
    { speaker: 'RUS', from: [5, 1], to: [5, 1], stances: [{ question: 'new-institutional-body', value: 'premature', evidence: EVIDENCE }] },
    { speaker: 'RUS', from: [6, 1], to: [6, 1] },
    { speaker: 'CUB', from: [7, 1], to: [7, 1], joint: ['NIC'] },
    { speaker: 'NIC', from: [7, 1], to: [7, 1], joint: ['CUB'] },
    { speaker: 'AUS', from: [7, 2], to: [7, 2], joint: ['CAN'], supportsProposal: 0 },
    { speaker: 'CAN', from: [7, 2], to: [7, 2], joint: ['AUS'], supportsProposal: 0 },
    { speaker: 'chair', kind: 'chair', from: [8, 2], to: [8, 2] },
  ],
  {
    unattributed: [[8, 1, 'The envoy of Ruritania']],
    proposals: [{ by: 'NZL', at: [3, 2], summary: 'a paper on the options for a programme of action', supportedBy: ['AUS', 'CAN'] }],
  },
);

let t: TestDatabase;
let meetingId: number;
before(async () => {
  t = await testDb();
  meetingId = (await testMeeting(t.db, 7)).meeting.id;
});
after(() => t.close());

async function ingestAs(reading: Reading, filename: string) {
  const chair = await actorFor(t.db, 'chair@accord.test');
  const { id } = await ingestDocument(t.db, chair, { bytes: enc(TEXT), filename, mediaType: 'text/plain' }, { meetingId, kind: 'event-report' });
  await t.db.transaction().execute((trx) => rebuildDocument(trx, id, { reading, model: null }));
  return id;
}
const rebuild = (id: number, reading: Reading) => t.db.transaction().execute((trx) => rebuildDocument(trx, id, { reading, model: null }));
const rows = (id: number) => t.db.selectFrom('statements').selectAll().where('document_id', '=', id).orderBy('position').execute();
const at = (r: { first_paragraph: number; first_sentence: number; last_paragraph: number; last_sentence: number | null }) =>
  `${r.first_paragraph}.${r.first_sentence}-${r.last_paragraph}.${r.last_sentence}`;

test('a document corrected under the paragraph model keeps every correction when re-read with sentence-level statements', async () => {
  const id = await ingestAs(PARAGRAPHS, 'paragraph-model.txt');
  // Corrections as the paragraph-level review recorded them: addressed by a first paragraph, no span.
  const old = [
    { p: 4, field: 'speaker', before: { speaker: 'BRA', deliveredBy: null }, after: { speaker: 'ARG', deliveredBy: null } },
    { p: 4, field: 'pillar', before: { id: 'norms', present: false }, after: { id: 'norms', present: true } },
    { p: 4, field: 'split', before: { paragraphs: [4, 5] }, after: { at: 5 } },
    { p: 5, field: 'speaker', before: { speaker: 'ARG', deliveredBy: null }, after: { speaker: 'RUS', deliveredBy: null } },
    { p: 6, field: 'merge', before: { paragraphs: [6] }, after: {} },
    { p: 5, field: 'stance', before: null, after: { question: 'new-institutional-body', value: 'opposes', evidence: EVIDENCE } },
    { p: 3, field: 'element', before: { id: 'cb-demand-driven', present: false }, after: { id: 'cb-demand-driven', present: true } },
    { p: 8, field: 'speaker', before: { speaker: 'chair', deliveredBy: null }, after: { speaker: 'secretariat', deliveredBy: null } },
  ] as const;
  for (const c of old) {
    await t.db
      .insertInto('record_corrections')
      .values({
        document_id: id,
        anchor_paragraph: c.p,
        field: c.field,
        before: JSON.stringify(c.before),
        after: JSON.stringify(c.after),
        corrected_by_label: 'Secretariat reviewer',
      })
      .execute();
  }

  const first = await rebuild(id, PARAGRAPHS);
  assert.deepEqual(first.skipped, []);
  assert.deepEqual(
    (await rows(id)).map((r) => [r.speaker_id, r.speaker_source, r.paragraphs]),
    [
      ['NZL', 'machine', [3]],
      ['ARG', 'person', [4]],
      ['RUS', 'person', [5, 6]],
      ['CUB', 'machine', [7]],
      ['secretariat', 'person', [8]],
    ],
  );

  const second = await rebuild(id, SENTENCES);
  assert.deepEqual(second.skipped, [], 'every correction still finds its statement');
  const got = await rows(id);
  assert.deepEqual(
    got.map((r) => [r.speaker_id, r.speaker_source, at(r)]),
    [
      ['NZL', 'machine', '3.1-3.2'],
      ['ARG', 'person', '4.1-4.1'],
      ['TUN', 'machine', '4.2-4.2'],
      ['BEN', 'machine', '4.3-4.3'],
      ['RUS', 'person', '5.1-6.1'],
      ['CUB', 'machine', '7.1-7.1'],
      ['NIC', 'machine', '7.1-7.1'],
      ['AUS', 'machine', '7.2-7.2'],
      ['CAN', 'machine', '7.2-7.2'],
      ['secretariat', 'person', '8.2-8.2'],
    ],
  );
  const [nzl, arg, tun, , rus, cub, , aus] = got;
  const tagsOf = async (sid: number) => t.db.selectFrom('statement_tags').selectAll().where('statement_id', '=', sid).execute();
  assert.ok(
    (await tagsOf(arg!.id)).some((x) => x.pillar_id === 'norms' && x.source === 'person'),
    'the pillar stays with the first statement of paragraph 4',
  );
  assert.ok((await tagsOf(nzl!.id)).some((x) => x.element_id === 'cb-demand-driven' && x.source === 'person'));
  const stance = await t.db.selectFrom('statement_stances').selectAll().where('statement_id', '=', rus!.id).executeTakeFirstOrThrow();
  assert.deepEqual([stance.value, stance.source], ['opposes', 'person']);

  // Text and span are the statement's own sentences; paragraph breaks stay lines.
  assert.equal(tun!.text, 'Tunisia then said that regional centres were needed.');
  assert.equal(TEXT.slice(tun!.char_start, tun!.char_end), tun!.text);
  assert.equal(rus!.text, `${TEXT.split('\n')[4]}\n${TEXT.split('\n')[5]}`);
  const lines = await t.db.selectFrom('statement_paragraphs').select(['ordinal', 'paragraph']).where('statement_id', '=', rus!.id).orderBy('ordinal').execute();
  assert.deepEqual(
    lines.map((l) => [l.ordinal, l.paragraph]),
    [
      [1, 5],
      [2, 6],
    ],
  );
  assert.deepEqual(cub!.joint_with, ['NIC']);

  // Support: the statement of support points at the proposal, and the supporter at its statement.
  const proposal = await t.db.selectFrom('proposals').selectAll().where('document_id', '=', id).executeTakeFirstOrThrow();
  assert.equal(proposal.statement_id, nzl!.id);
  assert.equal(aus!.supports_proposal, proposal.id);
  const supporters = await t.db
    .selectFrom('proposal_supporters')
    .select(['participant', 'statement_id'])
    .where('proposal_id', '=', proposal.id)
    .orderBy('participant')
    .execute();
  assert.deepEqual(
    supporters.map((s) => [s.participant, s.statement_id]),
    [
      ['AUS', aus!.id],
      ['CAN', got[8]!.id],
    ],
  );

  const loose = await t.db.selectFrom('unattributed_sentences').selectAll().where('document_id', '=', id).execute();
  assert.deepEqual(
    loose.map((u) => [u.paragraph, u.sentence, TEXT.slice(u.char_start, u.char_end)]),
    [[8, 1, 'The envoy of Ruritania warned of escalation.']],
  );
});

test('sentence-level corrections (split inside a paragraph, reassign a sentence, attribute, merge, a joint speaker) are kept and replayed', async () => {
  const id = await ingestAs(SENTENCES, 'sentence-model.txt');
  const sec = await actorFor(t.db, 'secretariat@accord.test');
  const find = async (speaker: string) => (await rows(id)).find((r) => r.speaker_id === speaker)!;
  const opts = { reading: SENTENCES };

  await correctStatement(t.db, sec, id, { statement: (await find('NZL')).id }, { field: 'split', at: '3.2' }, opts);
  // Paragraphs 5 and 6 as one statement, then its second sentence to Belarus.
  await correctStatement(t.db, sec, id, { statement: (await rows(id)).filter((r) => r.speaker_id === 'RUS')[1]!.id }, { field: 'merge' }, opts);
  await correctStatement(
    t.db,
    sec,
    id,
    { statement: (await find('RUS')).id },
    { field: 'reassign', sentence: { paragraph: 6, sentence: 1 }, speaker: 'Belarus' },
    opts,
  );
  await correctStatement(t.db, sec, id, {}, { field: 'attribute', sentence: '8.1', speaker: 'FIN' }, opts);
  await correctStatement(t.db, sec, id, { statement: (await find('TUN')).id }, { field: 'merge' }, opts);
  await correctStatement(t.db, sec, id, { statement: (await find('NIC')).id }, { field: 'speaker', speaker: 'VEN' }, opts);

  const expected = [
    ['NZL', '3.1-3.1'],
    ['NZL', '3.2-3.2'],
    ['BRA', '4.1-4.2'],
    ['BEN', '4.3-4.3'],
    ['RUS', '5.1-5.1'],
    ['BLR', '6.1-6.1'],
    ['CUB', '7.1-7.1'],
    ['VEN', '7.1-7.1'],
    ['AUS', '7.2-7.2'],
    ['CAN', '7.2-7.2'],
    ['FIN', '8.1-8.1'],
    ['chair', '8.2-8.2'],
  ];
  assert.deepEqual(
    (await rows(id)).map((r) => [r.speaker_id, at(r)]),
    expected,
  );
  const again = await rebuild(id, SENTENCES);
  assert.deepEqual(again.skipped, []);
  const got = await rows(id);
  assert.deepEqual(
    got.map((r) => [r.speaker_id, at(r)]),
    expected,
    'the same after reading again',
  );
  assert.deepEqual(got.find((r) => r.speaker_id === 'CUB')!.joint_with, ['VEN']);
  assert.equal(got.find((r) => r.speaker_id === 'BLR')!.speaker_source, 'person');
  // The premature stance was quoted from paragraph 5: it stays with Russia, not Belarus.
  const rus = got.find((r) => r.speaker_id === 'RUS')!;
  assert.equal((await t.db.selectFrom('statement_stances').select('value').where('statement_id', '=', rus.id).executeTakeFirstOrThrow()).value, 'premature');
  assert.equal(
    (await t.db.selectFrom('unattributed_sentences').selectAll().where('document_id', '=', id).execute()).length,
    0,
    'attributed, so no longer listed',
  );
  const anchors = await t.db
    .selectFrom('record_corrections')
    .select(['field', 'anchor_start', 'anchor_end', 'anchor_speaker'])
    .where('document_id', '=', id)
    .orderBy('id')
    .execute();
  assert.ok(
    anchors.every((a) => a.anchor_start != null && a.anchor_end != null && a.anchor_end >= a.anchor_start),
    'every new correction is anchored to a span',
  );
  assert.equal(anchors[5]!.anchor_speaker, 'NIC');
});

test('corrections that do not fit the statement are refused with a stable code and store nothing', async () => {
  const id = await ingestAs(SENTENCES, 'refused.txt');
  const sec = await actorFor(t.db, 'secretariat@accord.test');
  const nzl = (await rows(id)).find((r) => r.speaker_id === 'NZL')!;
  const count = async () => (await t.db.selectFrom('record_corrections').select('id').where('document_id', '=', id).execute()).length;
  const refused = async (address: Parameters<typeof correctStatement>[3], input: Parameters<typeof correctStatement>[4]) =>
    assert.rejects(correctStatement(t.db, sec, id, address, input, { reading: SENTENCES }), (e: { code?: string }) =>
      /^(correction\.invalid|statement\.not_found)$/.test(e.code ?? ''),
    );
  await refused({ statement: nzl.id }, { field: 'split', at: '3.1' });
  await refused({ statement: nzl.id }, { field: 'split', at: '4.2' });
  await refused({ statement: nzl.id }, { field: 'split', at: '3.9' });
  await refused({ statement: nzl.id }, { field: 'reassign', sentence: '5.1', speaker: 'FRA' });
  await refused({ statement: nzl.id }, { field: 'merge' });
  await refused({}, { field: 'attribute', sentence: '4.2', speaker: 'FRA' });
  await refused({}, { field: 'speaker', speaker: 'FRA' });
  assert.equal(await count(), 0);
});
