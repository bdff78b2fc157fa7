import assert from 'node:assert/strict';
import { test } from 'node:test';
import { splitParagraphs } from './records/paragraphs.ts';
import { splitSentences } from './sentences.ts';

test('paragraphs are the non-empty lines, numbered from 1, with offsets', () => {
  const text = 'Title\n\n  First line.  \r\n\nSecond.';
  const ps = splitParagraphs(text);
  assert.deepEqual(
    ps.map((p) => [p.n, p.text]),
    [
      [1, 'Title'],
      [2, 'First line.'],
      [3, 'Second.'],
    ],
  );
  for (const p of ps) assert.equal(text.slice(p.start, p.end), p.text);
});

test('sentences split on full stops but not after titles, initials or abbreviations', () => {
  const s = splitSentences('Mr. Smith (U.S.) said so, e.g. in para. 5. He agreed. “Yes,” she said! J. Doe left? Done…');
  assert.deepEqual(
    s.map((x) => x.text),
    ['Mr. Smith (U.S.) said so, e.g. in para. 5.', 'He agreed.', '“Yes,” she said!', 'J. Doe left?', 'Done…'],
  );
  const text = 'One. Two.';
  for (const x of splitSentences(text)) assert.equal(text.slice(x.start, x.end), x.text);
});

test('a word in capitals before a stop is an acronym, not an abbreviation', () => {
  assert.deepEqual(
    splitSentences('Delegations discussed the APR. South Africa voiced support. Mr. Silva agreed. See the U.N. Charter.').map((s) => s.text),
    ['Delegations discussed the APR.', 'South Africa voiced support.', 'Mr. Silva agreed.', 'See the U.N. Charter.'],
  );
});
