import assert from 'node:assert/strict';
import { test } from 'node:test';
import { buildModel, cosine, markShared, sentences, vectorOf } from './similarity.ts';

const mandates = [
  'The network of national points of contact exchanges information on incidents affecting critical infrastructure.',
  'The fund finances training for cybersecurity staff in developing countries.',
];

test('a proposal is most like the mandate that says the same thing, in other inflections', () => {
  const model = buildModel(mandates);
  const p = vectorOf(model, 'A directory of contact points to exchange incident information.');
  const sims = model.docs.map((d) => cosine(p, vectorOf(model, d)));
  assert.ok(sims[0]! > 0.3 && sims[1]! === 0, `${sims}`);
});

test('sentences keep their offsets; shared words are marked as the passage wrote them', () => {
  const text = 'Short. The fund finances training; staff are trained.';
  const s = sentences(text);
  assert.deepEqual(
    s.map((x) => x.text),
    ['The fund finances training;', 'staff are trained.'],
  );
  assert.equal(text.slice(s[1]!.start, s[1]!.start + 5), 'staff');
  assert.equal(markShared('Staff are trained, and training-related costs', new Set(['train'])), 'Staff are ⟦trained⟧, and ⟦training-related⟧ costs');
});
