import assert from 'node:assert/strict';
import { test } from 'node:test';
import { ADD_AT, applyModel, features, train, type Example } from './naiveBayes.ts';

test("features are content words and the lexicon's labels, without function or reporting words", () => {
  assert.deepEqual([...features('The delegation said that ransomware threatens hospitals.', ['pillar:threats'])].sort(), [
    'hospitals',
    'lex:pillar:threats',
    'ransomware',
    'threatens',
  ]);
});

test('a label people keep adding is added where its words recur; nothing is learnt without corrections', () => {
  const ex = (text: string, labels: string[], added: string[] = []): Example => ({ text, lexicon: [], labels, added, removed: [] });
  const examples = [
    ex('Ransomware attacks on hospitals', ['pillar:threats'], ['pillar:threats']),
    ex('Ransomware against health services', ['pillar:threats'], ['pillar:threats']),
    ex('Training of diplomats in international law', []),
    ex('Fellowships for young diplomats', []),
  ];
  const model = train(examples, 1)!;
  const d = applyModel(model, 'New ransomware hit hospitals', []);
  assert.equal(d.add[0]?.label, 'pillar:threats');
  assert.ok(d.add[0]!.p >= ADD_AT);
  assert.deepEqual(applyModel(model, 'Fellowships for diplomats', []).add, []);
  assert.equal(train([ex('no corrections', [])], 1), null);
});
