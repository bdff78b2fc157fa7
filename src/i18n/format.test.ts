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

test("dates in the reader's form, never ISO; Arabic kept in order with isolates", async () => {
  const { formatDate, isoDate } = await import('./format.ts');
  assert.equal(formatDate('2026-06-30', 'en'), '30 June 2026');
  assert.equal(formatDate('2026-06-30', 'fr'), '30 juin 2026');
  assert.match(formatDate('2026-06-30', 'ru'), /^30 июня 2026/);
  assert.equal(formatDate('2026-06-30', 'zh'), '2026年6月30日');
  const ar = formatDate('2026-06-30', 'ar');
  assert.match(ar, /^\u2068.*يونيو.*\u2069$/);
  assert.doesNotMatch(ar, /2026-06-30/);
  assert.match(formatDate(new Date('2026-06-30T14:05:00Z'), 'en', { time: true }), /30 June 2026.*14:05/);
  assert.equal(formatDate(null, 'en', { dash: true }), '—');
  assert.equal(isoDate('2026-06-30'), '2026-06-30');
});
