import assert from 'node:assert/strict';
import { test } from 'node:test';
import { surfaceTerms, terms } from './vectors.ts';

test('shared stems are shown as the text wrote them, so a reader sees words', () => {
  const text = 'Training for point of contact handlers in small utilities';
  const stems = terms('handler training utilities');
  assert.deepEqual(stems, ['handler', 'train', 'util']);
  assert.deepEqual(surfaceTerms(stems, text), ['handlers', 'training', 'utilities']);
  assert.deepEqual(surfaceTerms(['unseen'], text), ['unseen'], 'a stem the text does not hold stays as it is');
});
