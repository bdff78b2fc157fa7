import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { zipSync } from 'fflate';
import { testDb, type TestDatabase } from '../../testing/database.ts';
import { AppError } from '../../foundation/errors.ts';
import { correctStatement } from './correctStatement.ts';
import { ingestDocument } from './ingestDocument.ts';
import { publishDocument } from './publishDocument.ts';
import { rereadDocument } from './rereadDocument.ts';
import { enc, REPORT } from '../testing.ts';
import { actorFor, testMeeting } from '../../testing/factories.ts';

let t: TestDatabase;
let meetingId: number;
before(async () => {
  t = await testDb();
  meetingId = (await testMeeting(t.db)).meeting.id;
});
after(() => t.close());

const counts = async () => {
  const one = async (table: 'source_documents' | 'statements' | 'statement_tags' | 'statement_stances' | 'proposals' | 'audit_events') =>
    Number(
      (
        await t.db
          .selectFrom(table)
          .select((eb) => eb.fn.countAll().as('n'))
          .executeTakeFirstOrThrow()
      ).n,
    );
  return {
    docs: await one('source_documents'),
    statements: await one('statements'),
    tags: await one('statement_tags'),
    stances: await one('statement_stances'),
    proposals: await one('proposals'),
    audit: await one('audit_events'),
  };
};

test('an event report is stored with speakers, spans, tags, stances and proposals in one go', async () => {
  const chair = await actorFor(t.db, 'chair@accord.test');
  const res = await ingestDocument(
    t.db,
    chair,
    { bytes: enc(REPORT), filename: 'report.txt', mediaType: 'text/plain' },
    { meetingId, kind: 'event-report', symbol: 'A/AC.292/2022/INF.1' },
  );
  assert.equal(res.statements, 4);
  const doc = await t.db.selectFrom('source_documents').selectAll().where('id', '=', res.id).executeTakeFirstOrThrow();
  assert.equal(doc.status, 'draft');
  assert.equal(Buffer.from(doc.original).toString('utf8'), REPORT);
  assert.match(doc.sha256, /^[0-9a-f]{64}$/);
  const rows = await t.db.selectFrom('statements').selectAll().where('document_id', '=', res.id).orderBy('position').execute();
  assert.deepEqual(
    rows.map((r) => r.speaker_id),
    ['NZL', 'BRA', 'RUS', 'chair'],
  );
  assert.deepEqual(
    rows.map((r) => r.speaker_kind),
    ['state', 'state', 'state', 'chair'],
  );
  assert.deepEqual(rows[2]!.paragraphs, [5, 6]);
  assert.equal(REPORT.slice(rows[0]!.char_start, rows[0]!.char_end), rows[0]!.text);
  const stance = await t.db.selectFrom('statement_stances').selectAll().where('statement_id', '=', rows[2]!.id).executeTakeFirstOrThrow();
  assert.equal(stance.question_id, 'new-institutional-body');
  assert.equal(stance.value, 'premature');
  const proposal = await t.db.selectFrom('proposals').selectAll().where('document_id', '=', res.id).executeTakeFirstOrThrow();
  assert.equal(proposal.proposer, 'NZL');
  const sup = await t.db.selectFrom('proposal_supporters').selectAll().where('proposal_id', '=', proposal.id).execute();
  assert.deepEqual(
    sup.map((s) => [s.participant, s.position, s.statement_id]),
    [['BRA', 'supports', rows[1]!.id]],
  );
});

test('a delegate may not ingest', async () => {
  const nzl = await actorFor(t.db, 'nzl@accord.test');
  await assert.rejects(ingestDocument(t.db, nzl, { bytes: enc(REPORT), filename: 'r.txt' }, { meetingId }), (e: AppError) => e.status === 403);
});

test('bad input gets a clear error and leaves every table as it was', async () => {
  const chair = await actorFor(t.db, 'chair@accord.test');
  const beforeCounts = await counts();
  const cases: Array<[string, Uint8Array, string, number]> = [
    ['empty file', new Uint8Array(0), 'empty.txt', 400],
    ['binary with .txt', Uint8Array.from({ length: 4096 }, (_, i) => (i * 7919) % 256), 'notes.txt', 400],
    ['docx zip bomb', zipSync({ 'word/document.xml': new Uint8Array(60 * 1024 * 1024) }, { level: 9 }), 'bomb.docx', 400],
    ['malformed pdf', enc('%PDF-1.7\n1 0 obj << /Type /Catalog >> broken'), 'broken.pdf', 400],
    ['50 MB file', new Uint8Array(50 * 1024 * 1024 + 1).fill(65), 'big.txt', 413],
  ];
  for (const [name, bytes, filename, status] of cases) {
    await assert.rejects(
      ingestDocument(t.db, chair, { bytes, filename }, { meetingId }),
      (e: AppError) => {
        assert.ok(e instanceof AppError, `${name}: ${e}`);
        assert.equal(e.status, status, `${name}: ${e.code}`);
        assert.match(e.code, /^upload\./, name);
        assert.ok(e.message.length > 20, name);
        return true;
      },
      name,
    );
  }
  await assert.rejects(
    ingestDocument(t.db, chair, { bytes: enc(REPORT), filename: 'r.txt' }, { meetingId: 999999 }),
    (e: AppError) => e.code === 'meeting.not_found',
  );
  assert.deepEqual(await counts(), beforeCounts);
});

test('a text with no speaker is stored with zero statements and a warning', async () => {
  const chair = await actorFor(t.db, 'chair@accord.test');
  const res = await ingestDocument(
    t.db,
    chair,
    { bytes: enc('Some notes about the weather.\nNothing else was recorded.'), filename: 'notes.txt' },
    { meetingId, kind: 'event-report' },
  );
  assert.equal(res.statements, 0);
  assert.ok(
    res.warnings.some((w) => /speaker/i.test(w)),
    res.warnings.join('; '),
  );
});

test('corrections are stored as person labels and survive a re-reading', async () => {
  const chair = await actorFor(t.db, 'chair@accord.test');
  const sec = await actorFor(t.db, 'secretariat@accord.test');
  const { id } = await ingestDocument(t.db, chair, { bytes: enc(REPORT), filename: 'again.txt' }, { meetingId, kind: 'event-report' });
  await correctStatement(t.db, sec, id, 4, { field: 'speaker', speaker: 'Argentina' });
  await correctStatement(t.db, sec, id, 4, { field: 'pillar', id: 'norms', present: true });
  await correctStatement(t.db, sec, id, 4, { field: 'element', id: 'cb-demand-driven', present: 'false' });
  await correctStatement(t.db, sec, id, 5, { field: 'split', at: 6 });
  await correctStatement(t.db, sec, id, 5, {
    field: 'stance',
    question: 'new-institutional-body',
    value: 'opposes',
    evidence: 'premature to create a new permanent body',
  });
  for (let round = 0; round < 2; round++) {
    const rows = await t.db.selectFrom('statements').selectAll().where('document_id', '=', id).orderBy('position').execute();
    assert.deepEqual(
      rows.map((r) => [r.speaker_id, r.speaker_source, r.paragraphs]),
      [
        ['NZL', 'machine', [3]],
        ['ARG', 'person', [4]],
        ['RUS', 'machine', [5]],
        ['RUS', 'machine', [6]],
        ['chair', 'machine', [7]],
      ],
    );
    const tags = await t.db.selectFrom('statement_tags').selectAll().where('statement_id', '=', rows[1]!.id).execute();
    assert.ok(tags.some((x) => x.pillar_id === 'norms' && x.source === 'person'));
    assert.ok(!tags.some((x) => x.element_id === 'cb-demand-driven'));
    const stance = await t.db.selectFrom('statement_stances').selectAll().where('statement_id', '=', rows[2]!.id).executeTakeFirstOrThrow();
    assert.deepEqual([stance.value, stance.source], ['opposes', 'person']);
    await rereadDocument(t.db, sec, id);
  }
  const kept = await t.db.selectFrom('record_corrections').selectAll().where('document_id', '=', id).orderBy('id').execute();
  assert.equal(kept.length, 5);
  assert.deepEqual(kept[0]!.before, { speaker: 'BRA', deliveredBy: null });
  await correctStatement(t.db, sec, id, 6, { field: 'merge' });
  const merged = await t.db.selectFrom('statements').select('paragraphs').where('document_id', '=', id).orderBy('position').execute();
  assert.deepEqual(
    merged.map((r) => r.paragraphs),
    [[3], [4], [5, 6], [7]],
  );
});

test('publishing is for the Chair and Secretariat, once', async () => {
  const chair = await actorFor(t.db, 'chair@accord.test');
  const nzl = await actorFor(t.db, 'nzl@accord.test');
  const { id } = await ingestDocument(t.db, chair, { bytes: enc(REPORT), filename: 'pub.txt' }, { meetingId });
  await assert.rejects(publishDocument(t.db, nzl, id), (e: AppError) => e.status === 403);
  await publishDocument(t.db, chair, id);
  await assert.rejects(publishDocument(t.db, chair, id), (e: AppError) => e.code === 'document.already_published');
});
