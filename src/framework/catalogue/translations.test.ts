import { test } from 'node:test';
import assert from 'node:assert/strict';
import { FRAMEWORK_2025 } from './index.ts';
import { TRANSLATIONS, type OtherLang } from './translations.ts';
import { LANGUAGES } from '../../i18n/languages.ts';

const OTHER_LANGS = LANGUAGES.filter((l): l is OtherLang => l !== 'en');

const pillarIds = FRAMEWORK_2025.pillars.map((p) => p.id as string);
const elementIds = FRAMEWORK_2025.elements.map((e) => e.id);
const questionIds = FRAMEWORK_2025.questions.map((q) => q.id);
const catalogueIds = [...pillarIds, ...elementIds, ...questionIds];

// Each language must be written in its own script; a Latin-only Arabic entry is an untranslated copy.
const SCRIPT: Partial<Record<OtherLang, RegExp>> = {
  ar: /[\u0600-\u06FF]/,
  zh: /[\u4E00-\u9FFF]/,
  ru: /[\u0400-\u04FF]/,
};

const englishOf = new Map<string, { title: string; description?: string }>([
  ...FRAMEWORK_2025.pillars.map((p) => [p.id, p] as const),
  ...FRAMEWORK_2025.elements.map((e) => [e.id, e] as const),
  ...FRAMEWORK_2025.questions.map((q) => [q.id, { title: q.question }] as const),
]);

test('ids are unique across pillars, elements and questions, so one flat map can hold them', () => {
  assert.equal(new Set(catalogueIds).size, catalogueIds.length);
});

test('every pillar, element and stance question is translated into all five other languages', () => {
  const missing = catalogueIds.flatMap((id) =>
    OTHER_LANGS.filter((lang) => !TRANSLATIONS[id]?.[lang]).map((lang) => `${id}/${lang}`));
  assert.deepEqual(missing, []);
});

test('no translation is kept for an id the catalogue no longer has', () => {
  const known = new Set(catalogueIds);
  assert.deepEqual(Object.keys(TRANSLATIONS).filter((id) => !known.has(id)), []);
});

test('titles are non-empty and pillar/element descriptions are present and non-empty', () => {
  for (const id of catalogueIds) {
    for (const lang of OTHER_LANGS) {
      const entry = TRANSLATIONS[id]![lang];
      assert.ok(entry.title.trim().length > 0, `${id}/${lang} title`);
      if (!questionIds.includes(id)) {
        assert.ok((entry.description ?? '').trim().length > 0, `${id}/${lang} description`);
      }
    }
  }
});

test('stance questions read as questions in every language', () => {
  for (const id of questionIds) {
    for (const lang of OTHER_LANGS) {
      assert.match(TRANSLATIONS[id]![lang].title, /[?？؟]$/, `${id}/${lang}`);
    }
  }
});

test('each text is in the target script and differs from the English source', () => {
  for (const id of catalogueIds) {
    const en = englishOf.get(id)!;
    for (const lang of OTHER_LANGS) {
      const { title, description } = TRANSLATIONS[id]![lang];
      assert.notEqual(title, en.title, `${id}/${lang} title is the English text`);
      if (description !== undefined) assert.notEqual(description, en.description, `${id}/${lang} description`);
      const script = SCRIPT[lang];
      if (script) {
        assert.match(title, script, `${id}/${lang} title script`);
        if (description !== undefined) assert.match(description, script, `${id}/${lang} description script`);
      }
    }
  }
});

test('pillar titles use the UN terms delegations know', () => {
  assert.equal(TRANSLATIONS['cbms']!.fr.title, 'Mesures de confiance');
  assert.equal(TRANSLATIONS['cbms']!.es.title, 'Medidas de fomento de la confianza');
  assert.equal(TRANSLATIONS['cbms']!.ru.title, 'Меры укрепления доверия');
  assert.equal(TRANSLATIONS['cbms']!.ar.title, 'تدابير بناء الثقة');
  assert.equal(TRANSLATIONS['cbms']!.zh.title, '建立信任措施');
  assert.equal(TRANSLATIONS['capacity-building']!.ru.title, 'Наращивание потенциала');
  assert.equal(TRANSLATIONS['law-ihl']!.zh.title, '国际人道法');
  assert.equal(TRANSLATIONS['norms']!.fr.title, 'Normes, règles et principes de comportement responsable des États');
});
