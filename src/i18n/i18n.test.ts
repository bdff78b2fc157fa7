import assert from 'node:assert/strict';
import { test } from 'node:test';
import { CATALOGUES, LANGUAGES, negotiate, translator, type Lang } from './index.ts';
import { argumentsOf, formatMessage, pluralsOf } from './message.ts';

const messagesOf = (catalogue: (typeof CATALOGUES)[string], lang: Lang) => catalogue[lang] as Record<string, string>;

test('every key of every catalogue exists, non-empty, in all six languages', () => {
  assert.ok(Object.keys(CATALOGUES).length >= 9, 'the locales folders are found');
  for (const [name, catalogue] of Object.entries(CATALOGUES)) {
    const keys = Object.keys(catalogue.en);
    for (const lang of LANGUAGES) {
      const messages = messagesOf(catalogue, lang);
      const missing = keys.filter((k) => !messages[k]?.trim());
      assert.deepEqual(missing, [], `${name}: ${lang} lacks ${missing.length} keys, e.g. ${missing.slice(0, 3).join(', ')}`);
      const extra = Object.keys(messages).filter((k) => !(k in catalogue.en));
      assert.deepEqual(extra, [], `${name}: ${lang} has keys English does not`);
    }
  }
});

test('every message is valid ICU MessageFormat and keeps the arguments of the English one', () => {
  for (const catalogue of Object.values(CATALOGUES)) {
    for (const [key, text] of Object.entries(catalogue.en)) {
      const wanted = argumentsOf(text, 'en').join();
      for (const lang of LANGUAGES) {
        const message = messagesOf(catalogue, lang)[key] ?? '';
        let got: string;
        try {
          got = argumentsOf(message, lang).join();
        } catch (err) {
          assert.fail(`${lang} ${key} does not parse: ${(err as Error).message}`);
        }
        assert.equal(got, wanted, `${lang} ${key}`);
      }
    }
  }
});

test('a plural gives every form its language needs (Russian one/few/many, Arabic zero to many)', () => {
  for (const catalogue of Object.values(CATALOGUES)) {
    for (const key of Object.keys(catalogue.en)) {
      for (const lang of LANGUAGES) {
        const needed = new Intl.PluralRules(lang)
          .resolvedOptions()
          .pluralCategories // French and Spanish "many" is for millions; their "other" says it
          .filter((c) => !((lang === 'fr' || lang === 'es') && c === 'many'));
        for (const plural of pluralsOf(messagesOf(catalogue, lang)[key], lang)) {
          const lacking = needed.filter((c) => !plural.categories.includes(c));
          assert.deepEqual(lacking, [], `${lang} ${key}: {${plural.name}, plural} lacks ${lacking.join(', ')}`);
        }
      }
    }
  }
});

test('Russian plurals: one, few and many', () => {
  const m = '{n, plural, one {# государство} few {# государства} many {# государств} other {# государства}}';
  assert.equal(formatMessage(m, 'ru', { n: 1 }), '1 государство');
  assert.equal(formatMessage(m, 'ru', { n: 21 }), '21 государство');
  assert.equal(formatMessage(m, 'ru', { n: 3 }), '3 государства');
  assert.equal(formatMessage(m, 'ru', { n: 5 }), '5 государств');
  assert.equal(formatMessage(m, 'ru', { n: 11 }), '11 государств');
  assert.equal(formatMessage(m, 'ru', { n: '195' }), '195 государств', 'a count passed as text');
  const t = translator('ru');
  assert.equal(t('core.states.count', { n: 1 }), '1 государство');
  assert.equal(t('core.states.count', { n: 2 }), '2 государства');
  assert.equal(t('core.states.count', { n: 195 }), '195 государств');
  assert.equal(t('analysis.expectedN', { n: 25 }), 'Ожидается 25 государств');
  assert.equal(t('analysis.expectedN', { n: 22 }), 'Ожидаются 22 государства');
});

test('Arabic plurals: zero, one, the dual, few, many, other', () => {
  const m = '{n, plural, zero {لا وفود} one {وفد واحد} two {وفدان} few {# وفود} many {# وفدًا} other {# وفد}}';
  assert.equal(formatMessage(m, 'ar', { n: 0 }), 'لا وفود');
  assert.equal(formatMessage(m, 'ar', { n: 1 }), 'وفد واحد');
  assert.equal(formatMessage(m, 'ar', { n: 2 }), 'وفدان');
  assert.equal(formatMessage(m, 'ar', { n: 3 }), '3 وفود');
  assert.equal(formatMessage(m, 'ar', { n: 11 }), '11 وفدًا');
  assert.equal(formatMessage(m, 'ar', { n: 100 }), '100 وفد');
  const t = translator('ar');
  assert.equal(t('core.states.count', { n: 2 }), 'دولتان');
  assert.equal(t('core.states.count', { n: 1 }), 'دولة واحدة');
  assert.match(t('core.states.count', { n: 5 }), /^5 دول$/);
});

test('ICU syntax in text: apostrophes, markup-like text and a missing argument', () => {
  assert.equal(formatMessage("l''{element} d'un État", 'fr', { element: 'x' }), "l'x d'un État");
  assert.equal(formatMessage('Send "Bearer <token>" for {who}', 'en', { who: 'you' }), 'Send "Bearer <token>" for you');
  assert.equal(formatMessage('{a} and {b}', 'en', { a: 'A' }), 'A and {b}', 'a missing argument stays visible');
  assert.equal(formatMessage('In {year}', 'en', { year: 2026 }), 'In 2026', 'a simple argument is not grouped');
});

test('translator fills placeholders and negotiates Accept-Language', () => {
  assert.equal(translator('en')('core.states.count', { n: 195 }), '195 States');
  assert.equal(translator('en')('core.states.count', { n: 1 }), '1 State');
  assert.equal(translator('en')('no.such.key'), 'no.such.key');
  assert.equal(negotiate('fr-CH, fr;q=0.9, en;q=0.8'), 'fr');
  assert.equal(negotiate('de-DE,ar;q=0.5'), 'ar');
  assert.equal(negotiate('de'), 'en');
});
