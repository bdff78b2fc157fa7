import assert from 'node:assert/strict';
import { test } from 'node:test';
import { NEGATION_PATTERN, isNegation } from './negation.ts';

test("negations, contractions in n't included", () => {
  for (const w of ['not', 'never', 'nor', 'without', "don't", "doesn't", 'cannot']) assert.ok(isNegation(w), w);
  for (const w of ['note', 'now', 'know', 'nothing']) assert.ok(!isNegation(w), w);
});

test('the pattern finds the same words in raw text', () => {
  const re = new RegExp(`${NEGATION_PATTERN}\\s+support`, 'i');
  assert.ok(re.test('did not support'));
  assert.ok(re.test("don't support"));
  assert.ok(!re.test('noted support'));
});
