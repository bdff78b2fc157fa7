import assert from 'node:assert/strict';
import { test } from 'node:test';
import { wordDiff } from './diff.ts';

test('a changed answer is shown word by word with its white space, however long', () => {
  assert.deepEqual(wordDiff('We train  staff.', 'We trained  staff.'), [
    { op: 'same', text: 'We ' },
    { op: 'del', text: 'train' },
    { op: 'ins', text: 'trained' },
    { op: 'same', text: '  staff.' },
  ]);
  const long = Array.from({ length: 6000 }, (_, i) => `w${i}`).join(' ');
  const pieces = wordDiff(long, long.replace('w3000 ', 'x3000 '));
  assert.equal(pieces.length, 4, 'one changed word, not the whole text replaced');
});
