import assert from 'node:assert/strict';
import { test } from 'node:test';
import { diffTokens, sideOf, wordDiff, type WordOp } from './wordDiff.ts';

const equalWords = (ops: WordOp[]) => ops.filter((o) => o.op === 'equal').reduce((n, o) => n + o.text.split(' ').length, 0);

/** The length of a longest common subsequence, by the textbook table (small inputs only). */
function lcs(a: string[], b: string[]): number {
  const t = Array.from({ length: a.length + 1 }, () => new Array<number>(b.length + 1).fill(0));
  for (let i = a.length - 1; i >= 0; i--)
    for (let j = b.length - 1; j >= 0; j--) t[i]![j] = a[i] === b[j] ? t[i + 1]![j + 1]! + 1 : Math.max(t[i + 1]![j]!, t[i]![j + 1]!);
  return t[0]![0]!;
}

function random(seed: number) {
  return () => {
    seed = (seed * 1103515245 + 12345) & 0x7fffffff;
    return seed / 0x7fffffff;
  };
}

test('a changed word is a deletion before an insertion, between equal runs', () => {
  assert.deepEqual(wordDiff('States should cooperate', 'States shall cooperate'), [
    { op: 'equal', text: 'States' },
    { op: 'delete', text: 'should' },
    { op: 'insert', text: 'shall' },
    { op: 'equal', text: 'cooperate' },
  ]);
  assert.deepEqual(wordDiff('', 'New text'), [{ op: 'insert', text: 'New text' }]);
  assert.deepEqual(wordDiff('Old text', ''), [{ op: 'delete', text: 'Old text' }]);
  assert.deepEqual(wordDiff('Same words', 'Same  words'), [{ op: 'equal', text: 'Same words' }]);
  assert.deepEqual(wordDiff('norms, as appropriate', 'norms as appropriate'), [
    { op: 'delete', text: 'norms,' },
    { op: 'insert', text: 'norms' },
    { op: 'equal', text: 'as appropriate' },
  ]);
});

test('the diff rebuilds both texts and keeps a longest common subsequence (random texts)', () => {
  const next = random(7);
  const vocab = ['States', 'should', 'shall', 'cooperate', 'norms', 'the', 'and', 'voluntary', 'binding', 'ICT'];
  for (let round = 0; round < 300; round++) {
    const a = Array.from({ length: Math.floor(next() * 30) }, () => vocab[Math.floor(next() * vocab.length)]!);
    const b = Array.from({ length: Math.floor(next() * 30) }, () => vocab[Math.floor(next() * vocab.length)]!);
    const ops = wordDiff(a.join(' '), b.join(' '));
    assert.equal(sideOf(ops, 'before'), a.join(' '));
    assert.equal(sideOf(ops, 'after'), b.join(' '));
    assert.equal(equalWords(ops), lcs(a, b), `round ${round}`);
  }
});

test('long texts give word changes, not one whole-text replacement', () => {
  const next = random(11);
  const a = Array.from({ length: 20_000 }, (_, i) => `w${i % 997}`);
  const b = a.map((w) => (next() < 0.02 ? `changed-${w}` : w)).filter(() => next() > 0.01);
  const t0 = performance.now();
  const ops = wordDiff(a.join(' '), b.join(' '));
  const ms = performance.now() - t0;
  assert.equal(sideOf(ops, 'before'), a.join(' '));
  assert.equal(sideOf(ops, 'after'), b.join(' '));
  assert.ok(ops.filter((o) => o.op === 'equal').length > 100, 'many equal runs');
  assert.ok(ms < 5000, `took ${ms} ms`);
});

test('diffTokens keeps every token, white space included, so a caller can rebuild the texts as written', () => {
  const a = 'States  should\ncooperate'.split(/(\s+)/);
  const b = 'States  shall\ncooperate'.split(/(\s+)/);
  const ops = diffTokens(a, b);
  assert.equal(
    ops
      .filter((o) => o.op !== 'insert')
      .map((o) => o.text)
      .join(''),
    a.join(''),
  );
  assert.equal(
    ops
      .filter((o) => o.op !== 'delete')
      .map((o) => o.text)
      .join(''),
    b.join(''),
  );
  assert.deepEqual(
    ops.filter((o) => o.op !== 'equal'),
    [
      { op: 'delete', text: 'should' },
      { op: 'insert', text: 'shall' },
    ],
  );
});
