import assert from 'node:assert/strict';
import { test } from 'node:test';
import { PhraseMatcher, longest } from './phrases.ts';
import { words } from './tokenize.ts';

test('phrases match whole words in sequence, overlapping hits included; longest keeps the outer ones', () => {
  const m = new PhraseMatcher([
    { phrase: 'as appropriate', tag: 'q' },
    { phrase: 'vast majority', tag: 'm' },
    { phrase: 'the vast majority', tag: 'm' },
  ]);
  assert.deepEqual(m.match(words('as appropriately')), []);
  const hits = m.match(words('The vast majority, as appropriate.'));
  assert.deepEqual(
    hits.map((h) => h.phrase),
    ['the vast majority', 'vast majority', 'as appropriate'],
  );
  assert.deepEqual(
    longest(hits).map((h) => [h.phrase, h.start, h.end]),
    [
      ['the vast majority', 0, 3],
      ['as appropriate', 3, 5],
    ],
  );
});
