import { sql } from 'kysely';
import { actorLabel, type Actor } from '../../accounts/actor.ts';
import { recordAudit } from '../../accounts/audit.ts';
import { requireAccess } from '../../accounts/policy.ts';
import type { Db } from '../../db/engine.ts';
import { Conflict } from '../../foundation/errors.ts';
import { defaultClassifier } from '../../text/records/classify.ts';
import { train, type Example } from '../../text/naiveBayes.ts';

/**
 * Trains the layer over the lexicon from every statement of documents that people have corrected:
 * the statement's final labels are the truth, the lexicon's own labels are features, and the
 * labels people added or removed are what the layer learns to repeat.
 */
export async function retrainClassifier(db: Db, actor: Actor) {
  requireAccess(actor, 'records.retrain');
  return db.transaction().execute(async (trx) => {
    // Retrains take turns: the next version is read and written under the same lock, so two at once
    // get versions n+1 and n+2 instead of a unique-key collision (500). Readers are not blocked.
    await sql`lock table classifier_models in exclusive mode`.execute(trx);
    return trainAndStore(trx as unknown as Db, actor);
  });
}

async function trainAndStore(db: Db, actor: Actor) {
  const docs = (await db.selectFrom('record_corrections').select('document_id').distinct().execute()).map((r) => r.document_id);
  if (docs.length === 0)
    throw Conflict('classifier.nothing_to_learn', 'No statement has been corrected yet: correct a pillar or element on a review page first.');
  const statements = await db.selectFrom('statements').select(['id', 'text']).where('document_id', 'in', docs).execute();
  const tags = await db
    .selectFrom('statement_tags')
    .select(['statement_id', 'pillar_id', 'element_id', 'source'])
    .where('statement_id', 'in', statements.length ? statements.map((s) => s.id) : [0])
    .execute();
  const byStatement = new Map<number, string[]>();
  const byPerson = new Map<number, string[]>();
  for (const t of tags) {
    const l = t.pillar_id ? `pillar:${t.pillar_id}` : `element:${t.element_id}`;
    const id = Number(t.statement_id);
    byStatement.set(id, [...(byStatement.get(id) ?? []), l]);
    if (t.source === 'person') byPerson.set(id, [...(byPerson.get(id) ?? []), l]);
  }
  const classifier = defaultClassifier();
  const examples: Example[] = statements.map((s) => {
    const c = classifier.classify(s.text);
    const lexicon = [...c.pillars.map((p) => `pillar:${p}`), ...c.elements.map((e) => `element:${e}`)];
    const labels = byStatement.get(Number(s.id)) ?? [];
    const person = byPerson.get(Number(s.id)) ?? [];
    return { text: s.text, lexicon, labels, added: person.filter((l) => !lexicon.includes(l)), removed: lexicon.filter((l) => !labels.includes(l)) };
  });
  const last = await db
    .selectFrom('classifier_models')
    .select((eb) => eb.fn.max('version').as('v'))
    .executeTakeFirst();
  const version = Number(last?.v ?? 0) + 1;
  const model = train(examples, version);
  if (!model) throw Conflict('classifier.nothing_to_learn', 'The corrections so far change no pillar or element: there is nothing for the layer to learn.');
  await db
    .insertInto('classifier_models')
    .values({ version, weights: JSON.stringify(model), examples: examples.length, trained_by: actorLabel(actor) })
    .execute();
  await recordAudit(db, actor, {
    action: 'classifier.retrained',
    itemType: 'classifier_model',
    itemId: version,
    after: { version, examples: examples.length, labels: Object.keys(model.labels) },
  });
  return { version, examples: examples.length, labels: Object.keys(model.labels) };
}
