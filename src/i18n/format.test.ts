import assert from 'node:assert/strict';
import { test } from 'node:test';
import { percent } from './format.ts';

test('percentages: English by hand, the others by their own conventions', () => {
  assert.equal(percent(0.42, 'en'), '42%');
  assert.equal(percent(0.075, 'en', 1), '7.5%');
  assert.equal(percent(0.1, 'en', 1), '10%', 'no trailing .0');
  assert.match(percent(0.075, 'fr', 1), /^7,5[\u00a0\u202f]%$/);
  assert.match(percent(0.42, 'ru'), /^42[\u00a0\u202f]%$/);
});
