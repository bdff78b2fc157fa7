import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { sql } from 'kysely';
import { ANONYMOUS, systemActor } from '../accounts/actor.ts';
import { testDb, type TestDatabase } from '../testing/database.ts';
import { bulkIngest } from './commands/bulkIngest.ts';
import { ingestDocument } from './commands/ingestDocument.ts';
import { searchStatements } from './search.ts';
import { enc } from './testing.ts';
import { actorFor, testMeeting } from '../testing/factories.ts';

// Invented statements, one per document, several paragraphs each, chosen so that words meet in one
// paragraph in some and only across paragraphs in others.
const SPEECHES: Array<[string, string[]]> = [
  [
    'NZL',
    [
      'New Zealand supports the norms of responsible State behaviour in cyberspace.',
      'Capacity-building must be demand-driven and sustainable.',
      'We welcome the programme of action.',
    ],
  ],
  [
    'BRA',
    [
      'Brazil recalls that international law applies to cyberspace.',
      'Critical infrastructure deserves protection from ransomware.',
      'The norms agreed in 2015 remain the basis.',
    ],
  ],
  ['FRA', ['France speaks on cyber threats.', 'Ransomware attacks on hospitals are increasing.', 'A permanent mechanism should build on the norms.']],
  [
    'MEX',
    [
      'Mexico underlines gender equality in delegations.',
      'International cooperation on critical infrastructure is essential.',
      'Women in cyber diplomacy need support.',
    ],
  ],
  ['KEN', ['Kenya calls for capacity-building for developing countries.', 'The digital divide must be bridged.', 'International law and the Charter apply.']],
];

let t: TestDatabase;
let draftStatementId: number;
before(async () => {
  t = await testDb();
  const { meeting } = await testMeeting(t.db, 7);
  await bulkIngest(
    t.db,
    systemActor('test'),
    SPEECHES.map(([iso3, paras], i) => ({
      text: paras.join('\n'),
      filename: `s${i}.txt`,
      meetingId: meeting.id,
      kind: 'statement' as const,
      author: iso3,
    })),
  );
  const secretariat = await actorFor(t.db, 'secretariat@accord.test');
  const draft = await ingestDocument(
    t.db,
    secretariat,
    { bytes: enc('Ransomware and critical infrastructure, in a draft not yet published.'), filename: 'draft.txt', mediaType: 'text/plain' },
    { meetingId: meeting.id, kind: 'statement', author: 'CHL' },
  );
  draftStatementId = Number((await t.db.selectFrom('statements').select('id').where('document_id', '=', draft.id).executeTakeFirstOrThrow()).id);
});
after(() => t.close());

/** What one vector over the whole statement text found before paragraph ranking (0100's definition). */
async function wholeTextMatches(q: string, publishedOnly = true): Promise<number[]> {
  const rows = await sql<{ id: number }>`select s.id from statements s join source_documents d on d.id = s.document_id
    where to_tsvector('english', s.text) @@ websearch_to_tsquery('english', ${q}) and (${!publishedOnly} or d.status = 'published') order by s.id`.execute(
    t.db,
  );
  return rows.rows.map((r) => Number(r.id));
}

const QUERIES = [
  'norms',
  'ransomware',
  'critical infrastructure',
  'international law',
  '"international law"',
  'ransomware OR gender',
  'norms -ransomware',
  'cyber capacity-building',
  'women cooperation',
  'cyberspace norms',
  'programme of action',
  'cyberspace -"international law"',
  'nothingmatcheshere',
];

test('the same queries find the same statements as a search over whole-statement vectors', async () => {
  for (const q of QUERIES) {
    const hits = await searchStatements(t.db, ANONYMOUS, { q, limit: 100 });
    assert.deepEqual(
      hits.map((h) => h.id).sort((a, b) => a - b),
      await wholeTextMatches(q),
      q,
    );
  }
  assert.ok((await wholeTextMatches('norms')).length >= 3, 'the fixture exercises several hits');
});

test('the statement vector is the concatenation of its paragraph vectors', async () => {
  const rows = await sql<{
    same: boolean;
  }>`select s.search = (select statement_tsvector_agg(p.search order by p.ordinal) from statement_paragraphs p where p.statement_id = s.id) as same,
    strip(s.search) = strip(to_tsvector('english', s.text)) as words from statements s`.execute(t.db);
  assert.ok(rows.rows.length >= SPEECHES.length);
  for (const r of rows.rows) assert.deepEqual(r, { same: true, words: true });
});

test('words in one paragraph rank above words scattered across paragraphs, with that paragraph as snippet', async () => {
  const hits = await searchStatements(t.db, ANONYMOUS, { q: 'critical infrastructure ransomware' });
  // BRA's paragraph 2 has all three words; MEX has "critical infrastructure" but no ransomware.
  assert.equal(hits[0]!.speaker_id, 'BRA');
  assert.equal(hits[0]!.paragraph, 2);
  assert.match(hits[0]!.snippet, /«Critical» «infrastructure»/);
  const scattered = await searchStatements(t.db, ANONYMOUS, { q: 'women cooperation' });
  assert.deepEqual(
    scattered.map((h) => [h.speaker_id, h.rank]),
    [['MEX', 0]],
    'found although the words are in paragraphs 2 and 3',
  );
  const mixed = await searchStatements(t.db, ANONYMOUS, { q: 'cyberspace norms' });
  assert.deepEqual(
    mixed.map((h) => h.speaker_id),
    ['NZL', 'BRA'],
    'NZL has both in paragraph 1, BRA only across paragraphs',
  );
  assert.ok(mixed[0]!.rank > 0 && mixed[1]!.rank === 0);
  assert.match(mixed[1]!.snippet, /«/);
});

test('pages over both phases give the same order as one long page', async () => {
  const q = 'cyberspace OR norms OR infrastructure';
  const all = (await searchStatements(t.db, ANONYMOUS, { q, limit: 100 })).map((h) => h.id);
  const paged: number[] = [];
  for (let offset = 0; offset < all.length + 1; offset++) paged.push(...(await searchStatements(t.db, ANONYMOUS, { q, limit: 1, offset })).map((h) => h.id));
  assert.deepEqual(paged, all);
  const q2 = 'cyberspace norms';
  const all2 = (await searchStatements(t.db, ANONYMOUS, { q: q2 })).map((h) => h.id);
  const second = (await searchStatements(t.db, ANONYMOUS, { q: q2, limit: 1, offset: 1 })).map((h) => h.id);
  assert.deepEqual(second, all2.slice(1, 2));
});

test('filters and visibility apply to word searches', async () => {
  const bra = await searchStatements(t.db, ANONYMOUS, { q: 'norms', speaker: 'BRA' });
  assert.deepEqual(
    bra.map((h) => h.speaker_id),
    ['BRA'],
  );
  const pub = await searchStatements(t.db, ANONYMOUS, { q: 'ransomware' });
  assert.ok(!pub.some((h) => h.id === draftStatementId), 'a draft is not public');
  const secretariat = await actorFor(t.db, 'secretariat@accord.test');
  const all = await searchStatements(t.db, secretariat, { q: 'ransomware' });
  assert.ok(
    all.some((h) => h.id === draftStatementId),
    'the Secretariat sees drafts it reviews',
  );
  assert.deepEqual(
    all.map((h) => h.id).sort((a, b) => a - b),
    await wholeTextMatches('ransomware', false),
  );
  const none = await searchStatements(t.db, ANONYMOUS, { q: 'norms', from: '2030-01-01' });
  assert.equal(none.length, 0);
});
