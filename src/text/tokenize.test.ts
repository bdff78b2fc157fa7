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

test('the hand-written scanner finds exactly the words of the WORD expression, in every script', () => {
  // The specification the scanner in tokenize.ts implements.
  const WORD = /[\p{L}\p{N}][\p{L}\p{N}\p{M}]*(?:[-\u2010\u2011\u2012\u2013'\u2019][\p{L}\p{N}][\p{L}\p{N}\p{M}]*)*/gu;
  const samples = [
    "Voluntary, non‑binding norms; a State’s obligations -- and 'quoted' words, e.g. U.N. and/or 1.5°C.",
    "L'État et les États membres d’Afrique, aujourd'hui – 2026.",
    'Государства-члены подчеркнули важность; ещё раз.',
    'أكدت الدول الأعضاء الأَمْن أمـــن، ١٢٣.',
    '各国强调信息安全和网络空间的重要性。ICT安全2026年',
    "Emoji 😀 and 𝐛𝐨𝐥𝐝 letters, a combining é and a lone ́ mark, trailing hyphen- and apostrophe'",
    "rock'n'roll co--operation 'tis x-",
  ];
  for (const text of samples) {
    const expected = [...text.matchAll(WORD)].map((m) => ({ raw: m[0], at: m.index }));
    const found: Array<{ raw: string; at: number }> = [];
    const t = tokenize(text);
    // Rebuild the raw words from the spans: split pieces (elisions, Han characters) lie inside a match.
    for (let i = 0; i < t.words.length; i++) found.push({ raw: text.slice(t.starts[i], t.ends[i]), at: t.starts[i] });
    const covered = (e: { raw: string; at: number }) => found.filter((f) => f.at >= e.at && f.at + f.raw.length <= e.at + e.raw.length);
    for (const e of expected) assert.ok(covered(e).length > 0, `${JSON.stringify(e.raw)} in ${JSON.stringify(text)}`);
    for (const f of found)
      assert.ok(
        expected.some((e) => f.at >= e.at && f.at + f.raw.length <= e.at + e.raw.length),
        `${JSON.stringify(f.raw)} is not a WORD match`,
      );
    assert.deepEqual(words(text), t.words);
  }
});
