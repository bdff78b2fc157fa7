import assert from 'node:assert/strict';
import { test } from 'node:test';
import { FUNCTION_WORDS, REPORT_WORDS, isContentWord, isStopWord } from './stopWords.ts';
import { words } from './tokenize.ts';

test('function words of the six languages, folded as the tokenizer folds them', () => {
  for (const text of ['the which', 'Les États dans', 'los también', 'и для', 'إلى في', '的 和']) {
    const found = words(text).filter(isStopWord);
    assert.ok(found.length >= 2, `${text}: ${found}`);
  }
  assert.ok(isStopWord('الى'), 'hamza folded');
  assert.ok(!FUNCTION_WORDS.has('norms'));
});

test('a content word names something; a report word is a function word only for TF-IDF', () => {
  assert.ok(isContentWord('norms'));
  assert.ok(!isContentWord('the'));
  assert.ok(!isContentWord('2015'));
  assert.ok(!isContentWord('a'));
  assert.ok(isContentWord('网'), 'a Han character counts');
  assert.ok(REPORT_WORDS.has('national') && isContentWord('national'));
});

test('no French or Spanish stop word is an English content word', () => {
  for (const w of ['con', 'para', 'sin', 'son', 'plan', 'general']) assert.ok(!FUNCTION_WORDS.has(w), w);
});
