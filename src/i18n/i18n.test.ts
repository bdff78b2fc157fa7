import assert from 'node:assert/strict';
import { test } from 'node:test';
import { CATALOGUES, LANGUAGES, negotiate, translator } from './index.ts';

test('every key of every catalogue exists, non-empty, in all six languages', () => {
  for (const [name, catalogue] of Object.entries(CATALOGUES)) {
    const keys = Object.keys(catalogue.en);
    for (const lang of LANGUAGES) {
      const messages = catalogue[lang] as Record<string, string>;
      const missing = keys.filter((k) => !messages[k]?.trim());
      assert.deepEqual(missing, [], `${name}: ${lang} lacks ${missing.length} keys, e.g. ${missing.slice(0, 3).join(', ')}`);
      const extra = Object.keys(messages).filter((k) => !(k in catalogue.en));
      assert.deepEqual(extra, [], `${name}: ${lang} has keys English does not`);
    }
  }
});

test('placeholders are kept by every translation', () => {
  for (const catalogue of Object.values(CATALOGUES)) {
    for (const [key, text] of Object.entries(catalogue.en)) {
      const wanted = (text.match(/\{\w+\}/g) ?? []).sort().join();
      for (const lang of LANGUAGES) {
        const got = (((catalogue[lang] as Record<string, string>)[key] ?? '').match(/\{\w+\}/g) ?? []).sort().join();
        assert.equal(got, wanted, `${lang} ${key}`);
      }
    }
  }
});

test('translator fills placeholders and negotiates Accept-Language', () => {
  assert.equal(translator('en')('core.states.count', { n: 195 }), '195 States');
  assert.equal(translator('en')('no.such.key'), 'no.such.key');
  assert.equal(negotiate('fr-CH, fr;q=0.9, en;q=0.8'), 'fr');
  assert.equal(negotiate('de-DE,ar;q=0.5'), 'ar');
  assert.equal(negotiate('de'), 'en');
});
