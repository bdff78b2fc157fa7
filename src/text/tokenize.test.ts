import assert from 'node:assert/strict';
import { test } from 'node:test';
import { hanBigrams, normaliseWord, parts, tokenize, words } from './tokenize.ts';

test('English: hyphenated and apostrophised words stay one token, with their spans', () => {
  const text = 'Voluntary, non‑binding norms; a State’s obligations';
  const t = tokenize(text);
  assert.deepEqual(t.words, ['voluntary', 'non-binding', 'norms', 'a', "state's", 'obligations']);
  assert.equal(text.slice(t.starts[1], t.ends[1]), 'non‑binding', 'the span quotes the source');
  assert.deepEqual(words(text), t.words);
});

test('French and Spanish: accents folded, an elided article is its own token', () => {
  assert.deepEqual(words("L'État et les États membres d’Afrique"), ["l'", 'etat', 'et', 'les', 'etats', 'membres', "d'", 'afrique']);
  assert.deepEqual(words('la cooperación internacional'), ['la', 'cooperacion', 'internacional']);
  assert.deepEqual(words("don't"), ["don't"], 'an English contraction is not an elision');
});

test('Russian: Cyrillic words, hyphenated compounds kept', () => {
  assert.deepEqual(words('Государства-члены подчеркнули важность'), ['государства-члены', 'подчеркнули', 'важность']);
  assert.equal(normaliseWord('ещё'), 'еще');
});

test('Arabic: vowel marks and the tatweel are folded, so spellings with and without them are one word', () => {
  assert.deepEqual(words('الأَمْن'), words('الامن'));
  assert.deepEqual(words('أمـــن'), ['امن']);
  assert.equal(words('أكدت الدول الأعضاء').length, 3);
});

test('Chinese: each Han character is a token, and bigrams pair neighbours', () => {
  const t = tokenize('各国强调信息安全，ICT安全');
  assert.deepEqual(t.words, ['各', '国', '强', '调', '信', '息', '安', '全', 'ict', '安', '全']);
  assert.equal(t.starts[8], 9);
  assert.deepEqual(hanBigrams(words('信息安全 ICT 国')), ['信息', '息安', '安全', 'ict', '国']);
});

test('parts splits hyphens and apostrophes', () => {
  assert.deepEqual(parts('confidence-building'), ['confidence', 'building']);
  assert.deepEqual(parts("states'"), ['states']);
  assert.deepEqual(parts('norms'), ['norms']);
});
