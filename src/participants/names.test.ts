import assert from 'node:assert/strict';
import { test } from 'node:test';
import { LANGUAGES } from '../i18n/index.ts';
import { stateName } from './names.ts';
import { STATES } from './states.ts';

test('every State has its UN name in all six languages, each name naming one State', () => {
  for (const lang of LANGUAGES) {
    const seen = new Map<string, string>();
    for (const s of STATES) {
      const name = stateName(s.iso3, lang);
      assert.ok(name && name.trim() === name && name.length > 1, `${s.iso3} ${lang}`);
      assert.ok(!seen.has(name), `${lang}: “${name}” names both ${seen.get(name)} and ${s.iso3}`);
      seen.set(name, s.iso3);
    }
  }
});

test('names are written in the language’s own script', () => {
  const script: Record<string, RegExp> = {
    ar: /^[\p{Script=Arabic}\s()\-–]+$/u,
    zh: /^[\p{Script=Han}·（）()\s]+$/u,
    ru: /^[\p{Script=Cyrillic}\s()\-—'’,]+$|^Türkiye$/u,
  };
  for (const s of STATES) for (const [lang, re] of Object.entries(script)) assert.match(stateName(s.iso3, lang as never)!, re, `${s.iso3} ${lang}`);
});

test('the UN’s own forms, including the observer States', () => {
  assert.equal(stateName('RUS', 'fr'), 'Fédération de Russie');
  assert.equal(stateName('IRN', 'es'), 'Irán (República Islámica del)');
  assert.equal(stateName('VAT', 'es'), 'Santa Sede');
  assert.equal(stateName('PSE', 'en'), 'State of Palestine');
  assert.equal(stateName('PSE', 'ar'), 'دولة فلسطين');
  assert.equal(stateName('GBR', 'zh'), '大不列颠及北爱尔兰联合王国');
  assert.equal(stateName('XXX', 'fr'), undefined);
});
