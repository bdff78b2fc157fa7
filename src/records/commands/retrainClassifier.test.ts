import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { testDb, type TestDatabase } from '../../testing/database.ts';
import type { AppError } from '../../foundation/errors.ts';
import { correctStatement } from './correctStatement.ts';
import { ingestDocument } from './ingestDocument.ts';
import { applyModel, train } from '../../text/naiveBayes.ts';
import { retrainClassifier } from './retrainClassifier.ts';
import { enc } from '../testing.ts';
import { actorFor, testMeeting } from '../../testing/factories.ts';

let t: TestDatabase;
let meetingId: number;
before(async () => {
  t = await testDb();
  meetingId = (await testMeeting(t.db, 2, 'threats')).meeting.id;
});
after(() => t.close());

// The lexicon knows nothing of submarine cables; people will teach the layer that they are critical infrastructure.
const TRAINING = `Informal meeting on existing and potential threats
The representative of Fiji stated that submarine cables and satellite ground stations in the Pacific deserved attention.
The delegate of Tonga said that damage to submarine cables would cut small islands off from the world.
The delegate of Peru spoke about the harvest and the rain in the Andes this year.
The representative of Chile spoke about the mountains and the rain in the south.`;
const NEW = `Informal meeting on existing and potential threats
The delegate of Samoa said that submarine cables linking the islands were fragile.
The delegate of Uruguay spoke about the rain and the harvest.`;

const labelsOf = async (documentId: number) => {
  const rows = await t.db
    .selectFrom('statements')
    .innerJoin('statement_tags as g', 'g.statement_id', 'statements.id')
    .select(['statements.speaker_id', 'g.element_id', 'g.explanation'])
    .where('statements.document_id', '=', documentId)
    .where('g.element_id', 'is not', null)
    .execute();
  return rows;
};

test('a correction changes the next reading of similar text once the layer is retrained', async () => {
  const sec = await actorFor(t.db, 'secretariat@accord.test');
  const nzl = await actorFor(t.db, 'nzl@accord.test');
  await assert.rejects(retrainClassifier(t.db, sec), (e: AppError) => e.code === 'classifier.nothing_to_learn');

  const control = await ingestDocument(t.db, sec, { bytes: enc(NEW), filename: 'control.txt' }, { meetingId, kind: 'event-report' });
  assert.deepEqual(await labelsOf(control.id), [], 'the lexicon alone does not know submarine cables');

  const a = await ingestDocument(t.db, sec, { bytes: enc(TRAINING), filename: 'train.txt' }, { meetingId, kind: 'event-report' });
  await correctStatement(t.db, sec, a.id, 2, { field: 'element', id: 'threat-critical-infrastructure', present: true });
  await correctStatement(t.db, sec, a.id, 3, { field: 'element', id: 'threat-critical-infrastructure', present: true });

  await assert.rejects(retrainClassifier(t.db, nzl), (e: AppError) => e.status === 403);
  const trained = await retrainClassifier(t.db, sec);
  assert.equal(trained.version, 1);
  assert.ok(trained.labels.includes('element:threat-critical-infrastructure'));

  const after = await ingestDocument(t.db, sec, { bytes: enc(NEW), filename: 'after.txt' }, { meetingId, kind: 'event-report' });
  const labels = await labelsOf(after.id);
  assert.deepEqual(
    labels.map((l) => [l.speaker_id, l.element_id]),
    [['WSM', 'threat-critical-infrastructure']],
  );
  assert.match(labels[0]!.explanation, /trained layer v1/);
});

test('the layer drops a lexicon label people removed, and stays silent on labels nobody corrected', () => {
  const ex = (text: string, lexicon: string[], labels: string[], removed: string[] = []) => ({ text, lexicon, labels, added: [], removed });
  const model = train(
    [
      ex('a programme of action for cooking recipes', ['element:dialogue-poa'], [], ['element:dialogue-poa']),
      ex('a programme of action for recipes and cooking', ['element:dialogue-poa'], [], ['element:dialogue-poa']),
      ex('a programme of action under the United Nations', ['element:dialogue-poa'], ['element:dialogue-poa']),
      ex('capacity-building must be demand-driven', ['pillar:capacity-building'], ['pillar:capacity-building']),
    ],
    1,
  )!;
  assert.deepEqual(Object.keys(model.labels), ['element:dialogue-poa']);
  const cooking = applyModel(model, 'the programme of action on cooking recipes', ['element:dialogue-poa', 'pillar:capacity-building']);
  assert.deepEqual(
    cooking.drop.map((d) => d.label),
    ['element:dialogue-poa'],
  );
  const un = applyModel(model, 'a programme of action under the United Nations', ['element:dialogue-poa']);
  assert.deepEqual(un.drop, []);
});

test('two retrains at once each get their own version (no unique-version collision)', async () => {
  const sec = await actorFor(t.db, 'secretariat@accord.test');
  // The first test left corrections to learn from; a third retrain after both shows the numbering goes on.
  const before = Number(
    (
      await t.db
        .selectFrom('classifier_models')
        .select((eb) => eb.fn.max('version').as('v'))
        .executeTakeFirst()
    )?.v ?? 0,
  );
  const results = await Promise.allSettled([retrainClassifier(t.db, sec), retrainClassifier(t.db, sec), retrainClassifier(t.db, sec)]);
  const failed = results.filter((r) => r.status === 'rejected').map((r) => String((r as PromiseRejectedResult).reason?.message ?? r));
  assert.deepEqual(failed, [], 'a concurrent retrain failed');
  const versions = results.map((r) => (r as PromiseFulfilledResult<{ version: number }>).value.version).sort((a, b) => a - b);
  assert.deepEqual(versions, [before + 1, before + 2, before + 3]);
  const audited = await t.db.selectFrom('audit_events').select('item_id').where('action', '=', 'classifier.retrained').execute();
  assert.equal(audited.length, before + 3, 'one audit event per stored model');
});
