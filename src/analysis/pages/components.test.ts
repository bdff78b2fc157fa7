import assert from 'node:assert/strict';
import { test } from 'node:test';
import { pct } from './components.tsx';

test('shares are written the reader’s way', () => {
  assert.equal(pct(0.42), '42%');
  assert.match(pct(0.42, 'fr'), /^42[\u00a0\u202f]%$/);
  assert.equal(pct(null, 'es'), '—');
});
