import { test } from 'node:test';
import assert from 'node:assert/strict';
import { TRANSLATIONS } from '../../framework/catalogue/translations.ts';
import { LANGUAGES } from '../../i18n/index.ts';
import { buildReferenceIndex } from '../provenance/index.ts';
import { checkDraft, DOCUMENT, type Flag } from './index.ts';
import { FLAG_KINDS } from './types.ts';
import { explainFlag, renderMessage } from './message.ts';

const AGREED = `13. States should consider the following voluntary, non-binding norms:
(c) States should not knowingly allow their territory to be used for internationally wrongful acts using ICTs;
(j) States should encourage responsible reporting of ICT vulnerabilities and share associated information on available remedies, as appropriate;
24. International law, and in particular the Charter of the United Nations, is applicable and is essential to maintaining peace and stability in the ICT environment.`;
const index = buildReferenceIndex([{ symbol: 'A/TEST/1', text: AGREED, consensus: true }]);

// One draft that raises every kind of flag.
const DRAFT = [
  '1. States must not knowingly allow their territory to be used for internationally wrongful acts using ICTs.',
  '2. States should knowingly allow their territory to be used for internationally wrongful acts using ICTs.',
  '3. States should encourage responsible reporting of offensive ICT vulnerabilities and share associated information on available remedies.',
  '4. The norm on critical infrastructure must be implemented by all States.',
  '5. Some States rightly stressed the value of regional cooperation.',
  '6. The vast majority of States supported a permanent mechanism.',
].join('\n');
const stanceMap = [
  { question: 'new-institutional-body', value: 'premature', speakers: ['Cuba', 'Iran', 'Nicaragua', 'Syria', 'Venezuela', 'Belarus', 'Eritrea'] },
];
const flags: Flag[] = checkDraft(DRAFT, index, { stanceMap, minPillarShare: 0.1 }).sentences.flatMap((s) => s.flags);

test('the draft raises every kind of flag, so every message is exercised', () => {
  const kinds = new Set(flags.map((f) => f.kind));
  for (const k of FLAG_KINDS) {
    assert.ok(kinds.has(k), `no ${k} flag`);
  }
});

test('in English a flag explains itself exactly as the JSON contract says', () => {
  for (const f of flags) assert.equal(explainFlag(f, 'en'), f.explanation);
});

test('every flag reads in all six languages, with no key or placeholder left over', () => {
  for (const lang of LANGUAGES) {
    for (const f of flags) {
      const text = explainFlag(f, lang);
      assert.doesNotMatch(text, /drafting\.check\.|\{[a-z]+\}/i, `${lang} ${f.kind}: ${text}`);
      if (lang !== 'en') assert.notEqual(text, f.explanation, `${lang} ${f.kind} is still English`);
    }
  }
});

test('draft words keep their spelling inside the language’s own quotation marks', () => {
  const modal = flags.find((f) => f.kind === 'modal-changed')!;
  assert.match(explainFlag(modal, 'en'), /“should” → “must”/);
  assert.match(explainFlag(modal, 'fr'), /«\u00a0should\u00a0» → «\u00a0must\u00a0»/);
  assert.match(explainFlag(modal, 'ru'), /«should» → «must»/);
});

test('an element is named by its title in the reader’s language', () => {
  const confusion = flags.find((f) => f.kind === 'law-norm-confusion' && /element/.test(f.explanation))!;
  const id = /element ([a-z-]+)/.exec(confusion.explanation)![1];
  assert.ok(explainFlag(confusion, 'fr').includes(TRANSLATIONS[id]!.fr.title), explainFlag(confusion, 'fr'));
  assert.ok(explainFlag(confusion, 'zh').includes(TRANSLATIONS[id]!.zh.title));
});

test('a pillar is named by its id in English (the contract) and by its title elsewhere', () => {
  const under = flags.find((f) => f.kind === 'pillar-underweight' && f.explanation.includes('“cbms”'))!;
  assert.ok(explainFlag(under, 'fr').includes(`«\u00a0${TRANSLATIONS.cbms!.fr.title}\u00a0»`), explainFlag(under, 'fr'));
  assert.match(under.explanation, /minimum share is 10% of the words/);
  assert.match(explainFlag(under, 'fr'), /10[\u00a0\u202f]%/, 'French writes a percentage its own way');
});

test('a long list of delegations is cut after six, in every language', () => {
  const omitted = checkDraft(DRAFT, index, { stanceMap })
    .sentences.find((s) => s.paragraph === DOCUMENT)!
    .flags.find((f) => f.kind === 'omitted-position')!;
  assert.match(omitted.explanation, /Cuba, Iran, Nicaragua, Syria, Venezuela, Belarus and 1 others/);
  assert.doesNotMatch(omitted.explanation, /Eritrea/);
  assert.match(explainFlag(omitted, 'es'), /Belarus.*1/);
  assert.match(omitted.explanation, /position “premature” on “Should a new permanent body/, 'English names the stored value and question');
  const fr = explainFlag(omitted, 'fr');
  assert.ok(fr.includes(`«\u00a0${TRANSLATIONS['new-institutional-body']!.fr.title}\u00a0»`), fr);
  assert.ok(!fr.includes('premature'), 'the stance is named in French');
});

test('text inside a parameter is never read as a placeholder', () => {
  assert.equal(
    renderMessage({ key: 'majority', params: { found: { quoted: ['{found} and {source}'] } } }, 'en'),
    'The draft claims a majority view (“{found} and {source}”) without naming the delegations that hold it; name them or report the views without counting.',
  );
});

test('the agreed source is cited the reader’s way: “para.” in English only', () => {
  const modal = flags.find((f) => f.kind === 'modal-changed')!;
  assert.match(explainFlag(modal, 'en'), / para\. /);
  for (const lang of LANGUAGES.filter((l) => l !== 'en')) assert.doesNotMatch(explainFlag(modal, lang), /para\./, lang);
  assert.match(explainFlag(modal, 'ar'), /، الفقرة /);
});
