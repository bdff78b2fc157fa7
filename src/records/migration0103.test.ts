import assert from 'node:assert/strict';
import crypto from 'node:crypto';
import { test } from 'node:test';
import { emptyTestDb } from '../testing/database.ts';
import { migrate, readMigrations } from '../db/migrate.ts';
import { seed } from '../seed.ts';
import { rebuildDocument } from './store.ts';

// Invented text: two paragraphs by one speaker, the way the paragraph-level reader stored them.
const TEXT =
  'Meeting of the working group\nChile said that funding remains the main gap. It asked for a fund.\nChile added that the fund should be voluntary. It thanked the Chair.';

test('0103 keeps stored paragraph statements and their corrections, and a re-reading numbers their sentences', async () => {
  const all = readMigrations();
  const { engine, close } = await emptyTestDb(all.filter((m) => m.name < '0103'));
  try {
    const db = engine.db;
    const doc = await db
      .insertInto('source_documents')
      .values({
        kind: 'event-report',
        filename: 'old.txt',
        media_type: 'text/plain',
        format: 'text',
        original: new TextEncoder().encode(TEXT),
        sha256: crypto.createHash('sha256').update(TEXT).digest('hex'),
        byte_size: TEXT.length,
        extracted_text: TEXT,
        warnings: '[]',
      } as never)
      .returning('id')
      .executeTakeFirstOrThrow();
    const [, p2, p3] = TEXT.split('\n');
    const start = TEXT.indexOf(p2!);
    // The columns of 0100 only: this is a statement as the paragraph model stored it.
    await db
      .insertInto('statements')
      .values({
        document_id: doc.id,
        position: 1,
        speaker_kind: 'state',
        speaker_id: 'CHL',
        text: `${p2}\n${p3}`,
        paragraphs: [2, 3],
        first_paragraph: 2,
        last_paragraph: 3,
        char_start: start,
        char_end: TEXT.length,
      } as never)
      .execute();
    await db
      .insertInto('record_corrections')
      .values({
        document_id: doc.id,
        anchor_paragraph: 2,
        field: 'pillar',
        after: JSON.stringify({ id: 'capacity-building', present: true }),
        corrected_by_label: 'Reviewer',
      } as never)
      .execute();

    assert.deepEqual(
      await migrate(engine, all),
      all.filter((m) => m.name >= '0103').map((m) => m.name),
    );
    const st = await db.selectFrom('statements').selectAll().executeTakeFirstOrThrow();
    assert.deepEqual([st.first_sentence, st.last_sentence, st.joint_with, st.speaker_name, st.supports_proposal], [1, null, [], null, null]);
    assert.equal(TEXT.slice(st.char_start, st.char_end), `${p2}\n${p3}`, 'the stored span already is the first sentence to the last');
    const c = await db.selectFrom('record_corrections').selectAll().executeTakeFirstOrThrow();
    assert.deepEqual([c.anchor_start, c.anchor_end, c.anchor_speaker], [null, null, null]);

    // The new kinds and speaker kinds are accepted; an unknown one still is not.
    await db.updateTable('source_documents').set({ kind: 'press-release' }).where('id', '=', doc.id).execute();
    await db.updateTable('statements').set({ speaker_kind: 'person', speaker_name: 'Jane Doe' }).execute();
    await assert.rejects(
      db
        .updateTable('statements')
        .set({ speaker_kind: 'poet' as never })
        .execute(),
    );
    await db.updateTable('source_documents').set({ kind: 'event-report' }).where('id', '=', doc.id).execute();

    await seed(db, { demo: false }); // the reader reads the framework from the database
    // A re-reading stores exact sentence numbers and still applies the paragraph-model correction.
    const res = await db.transaction().execute((trx) => rebuildDocument(trx, doc.id, { model: null }));
    assert.deepEqual(res.skipped, []);
    const again = await db.selectFrom('statements').selectAll().where('document_id', '=', doc.id).orderBy('position').execute();
    assert.ok(again.length >= 1);
    for (const r of again) {
      assert.ok(r.last_sentence != null && r.last_sentence >= 1, 'numbered');
      assert.equal(r.text.replace(/\n/g, ''), TEXT.slice(r.char_start, r.char_end).replace(/\n/g, ''));
    }
    const tags = await db.selectFrom('statement_tags').selectAll().where('statement_id', '=', again[0]!.id).execute();
    assert.ok(tags.some((x) => x.pillar_id === 'capacity-building' && x.source === 'person'));
  } finally {
    await close();
  }
});
