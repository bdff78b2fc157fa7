import assert from 'node:assert/strict';
import { test } from 'node:test';
import { cosine, idfOf, sharedTerms, surfaceTerms, termOf, terms, tfidf } from './vectors.ts';

test('shared stems are shown as the text wrote them, so a reader sees words', () => {
  const text = 'Training for point of contact handlers in small utilities';
  const stems = terms('handler training utilities');
  assert.deepEqual(stems, ['handler', 'train', 'util']);
  assert.deepEqual(surfaceTerms(stems, text), ['handlers', 'training', 'utilities']);
  assert.deepEqual(surfaceTerms(['unseen'], text), ['unseen'], 'a stem the text does not hold stays as it is');
});

test('stemming makes inflections one term and drops function words', () => {
  assert.deepEqual(terms('Training the trainers; trained handlers'), ['train', 'trainer', 'train', 'handler']);
});

test('terms in the other UN languages: Chinese bigrams, Arabic and Russian words, French folded', () => {
  assert.deepEqual(terms('信息安全的合作'), ['信息', '息安', '安全', '合作']);
  assert.deepEqual(terms('تعزيز الأمن'), ['تعزيز', 'الامن']);
  assert.deepEqual(terms('сотрудничество и безопасность'), ['сотрудничество', 'безопасность']);
  assert.deepEqual(terms("la coopération de l'État"), terms('la cooperation de l Etat'));
});

test('similar texts have a high cosine, unrelated ones none; shared terms explain it', () => {
  const docs = ['CERT staff training', 'CSIRT analysts training', 'budget for equipment'].map(terms);
  const idf = idfOf(docs);
  const [a, b, c] = docs.map((d) => tfidf(d, idf));
  assert.ok(cosine(a!, b!) > 0.5);
  assert.equal(cosine(a!, c!), 0);
  assert.deepEqual(sharedTerms(a!, b!), ['cert', 'train']);
  assert.equal(termOf('the'), null);
});
