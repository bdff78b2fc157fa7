import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildReferenceIndex, type ReferenceIndex } from '../provenance/index.ts';
import { checkDraft, CheckError, DOCUMENT, type FlagKind } from './index.ts';
import { splitSentences } from '../sentences.ts';
import { PILLAR_IDS } from '../../framework/catalogue/types.ts';

const AGREED = `13. States should consider the following voluntary, non-binding norms:
(c) States should not knowingly allow their territory to be used for internationally wrongful acts using ICTs;
(j) States should encourage responsible reporting of ICT vulnerabilities and share associated information on available remedies, as appropriate;
(k) States may share information on a voluntary basis with their regional partners on lessons learned from incidents.
17. Confidence-building measures include the exchange of national views on threats through points of contact between capitals.
24. International law, and in particular the Charter of the United Nations, is applicable and is essential to maintaining peace and stability in the ICT environment.`;
const index = buildReferenceIndex([{ symbol: 'A/TEST/1', text: AGREED, consensus: true }]);

const flagsOf = (sentence: string, idx: ReferenceIndex | null = index) => checkDraft(`1. ${sentence}`, idx).sentences[0].flags.map((f) => f.kind);
const has = (sentence: string, kind: FlagKind, idx: ReferenceIndex | null = index) => flagsOf(sentence, idx).includes(kind);
const explanation = (sentence: string, kind: FlagKind) =>
  checkDraft(`1. ${sentence}`, index).sentences[0].flags.find((f) => f.kind === kind)?.explanation ?? '';

const C = 'States should not knowingly allow their territory to be used for internationally wrongful acts using ICTs.';
const J = 'States should encourage responsible reporting of ICT vulnerabilities and share associated information on available remedies, as appropriate.';

test('verbatim agreed language carries no reuse flags and a full match', () => {
  const s = checkDraft(`1. ${C}`, index).sentences[0];
  assert.deepEqual(s.flags, []);
  assert.equal(s.match?.paragraph, '13 (c)');
  assert.equal(s.match?.similarity, 1);
});

test('modal-changed fires on should → must and names both words', () => {
  assert.ok(has(C.replace('should', 'must'), 'modal-changed'));
  assert.match(explanation(C.replace('should', 'must'), 'modal-changed'), /“should” → “must”.*|A\/TEST\/1 para\. 13 \(c\)/);
  assert.ok(has('States shall share information on a voluntary basis with their regional partners on lessons learned from incidents.', 'modal-changed'));
  assert.ok(!has(C, 'modal-changed'));
  assert.ok(!has('States must always act in good faith when they take part in talks.', 'modal-changed'), 'no match, no reuse flag');
});

test('negation-changed fires when "not" is dropped or added, not when it is kept', () => {
  assert.ok(has(C.replace('should not', 'should'), 'negation-changed'));
  assert.match(explanation(C.replace('should not', 'should'), 'negation-changed'), /removed “not”/);
  assert.ok(has(J.replace('States should encourage', 'States should not encourage'), 'negation-changed'));
  assert.ok(!has(C.replace('not knowingly', 'never knowingly'), 'negation-changed'), 'not → never keeps the polarity');
});

test('qualifier-changed fires when "as appropriate" is dropped or "voluntary" added', () => {
  assert.ok(has(J.replace(', as appropriate', ''), 'qualifier-changed'));
  assert.match(explanation(J.replace(', as appropriate', ''), 'qualifier-changed'), /dropped “as appropriate”/);
  assert.ok(has(C.replace('allow', 'voluntarily allow'), 'qualifier-changed'));
  assert.ok(!has(J, 'qualifier-changed'));
});

test('new-term fires for a word absent from the passage and rare in the corpus, not for a framing clause', () => {
  const withTerm = J.replace('ICT vulnerabilities', 'offensive ICT vulnerabilities');
  assert.ok(has(withTerm, 'new-term'));
  assert.match(explanation(withTerm, 'new-term'), /“offensive” \(in no passage of agreed language\)/);
  assert.ok(!has(`The Chair recalled that ${C.charAt(0).toLowerCase()}${C.slice(1)}`, 'new-term'));
  assert.ok(!has(C.replace('their territory', 'their own territory'), 'new-term'), 'a function word is not a term');
});

test('law-norm-confusion: binding language on a norm, voluntary language on law, and mixing both', () => {
  assert.ok(has('States have a legal obligation to respect the norms of responsible State behaviour.', 'law-norm-confusion', null));
  assert.ok(has('The norm on critical infrastructure must be implemented by all States.', 'law-norm-confusion'));
  assert.ok(
    has(
      'International law, and in particular the Charter of the United Nations, is voluntary and is essential to maintaining peace and stability in the ICT environment.',
      'law-norm-confusion',
    ),
  );
  assert.ok(has('States should implement the norms and international law in their national policies.', 'law-norm-confusion'));
  assert.ok(!has('States should implement the voluntary, non-binding norms in their national policies.', 'law-norm-confusion'));
  assert.ok(!has('Norms are not legally binding and do not replace obligations under international law.', 'law-norm-confusion'));
  assert.ok(
    !has(
      'States should, consistent with international law, not knowingly allow their territory to be used for internationally wrongful acts using ICTs.',
      'law-norm-confusion',
    ),
    'a frame of reference is not what the modal governs',
  );
});

test('evaluative-language fires on loaded words only where positions are reported', () => {
  assert.ok(has('Some States rightly stressed the value of regional cooperation.', 'evaluative-language'));
  assert.ok(has('Others insisted on a new treaty, while a number of States regrettably failed to engage.', 'evaluative-language'));
  assert.ok(!has('Some States stressed the value of regional cooperation.', 'evaluative-language'));
  assert.ok(!has('Unfortunately, the meeting room was unavailable on Friday.', 'evaluative-language'), 'no position is reported');
});

test('unattributed-majority fires on majority claims without names', () => {
  assert.ok(has('The vast majority of States supported a permanent mechanism.', 'unattributed-majority'));
  assert.ok(has('There was broad support for national reporting.', 'unattributed-majority'));
  assert.ok(!has('Most States, including Brazil, Japan and Kenya, supported a permanent mechanism.', 'unattributed-majority'));
  assert.ok(!has('Several States (Chile, Ghana) supported a permanent mechanism.', 'unattributed-majority'));
  assert.ok(!has('Some States supported a permanent mechanism.', 'unattributed-majority'));
});

test('omitted-position fires for a stance-map position the draft never reports', () => {
  const stanceMap = [
    { question: 'new-institutional-body', value: 'supports', speakers: ['France', 'Egypt'] },
    { question: 'new-institutional-body', value: 'premature', speakers: ['Cuba'] },
  ];
  const one = checkDraft('1. Some States supported the establishment of a permanent mechanism for institutional dialogue.', null, { stanceMap });
  const doc = one.sentences.find((s) => s.paragraph === DOCUMENT)!;
  const omitted = doc.flags.filter((f) => f.kind === 'omitted-position');
  assert.equal(omitted.length, 1);
  assert.match(omitted[0].explanation, /Cuba.*“premature”/);
  const both = checkDraft('1. Some States supported a permanent mechanism for institutional dialogue, while others considered it premature.', null, {
    stanceMap,
  });
  assert.ok(!both.sentences.some((s) => s.flags.some((f) => f.kind === 'omitted-position')));
});

test('balance counts words and paragraphs per pillar, flags underweight pillars and lists missing ones', () => {
  const draft = [
    'A. Confidence-building measures',
    '1. Confidence-building measures, such as points of contact, build trust between States.',
    '2. The points of contact directory should be tested each year.',
    '3. Capacity-building should be demand-driven and tailored to national needs, with technical assistance.',
    '4. States should implement the agreed norms.',
  ].join('\n');
  const r = checkDraft(draft, null, { minPillarShare: 0.2 });
  assert.deepEqual(Object.keys(r.balance), [...PILLAR_IDS]);
  assert.equal(r.balance.cbms.paragraphs, 2);
  assert.ok(r.balance.cbms.words > r.balance.norms.words);
  assert.deepEqual(r.missingPillars, ['threats', 'international-law', 'institutional-dialogue']);
  const doc = r.sentences.at(-1)!;
  assert.equal(doc.paragraph, DOCUMENT);
  const under = doc.flags.filter((f) => f.kind === 'pillar-underweight').map((f) => f.explanation);
  assert.equal(under.length, 4, 'three absent pillars and norms below 20%');
  assert.ok(under.some((e) => /“norms” has \d+ of \d+ words/.test(e)));
  const relaxed = checkDraft(draft, null, { minPillarShare: 0 });
  assert.ok(!relaxed.sentences.some((s) => s.paragraph === DOCUMENT));
});

test('the result keeps the contract shape', () => {
  const r = checkDraft(`1. ${C.replace('should', 'must')}`, index);
  assert.deepEqual(Object.keys(r).sort(), ['balance', 'missingPillars', 'sentences']);
  assert.deepEqual(Object.keys(r.sentences[0]).sort(), ['flags', 'match', 'paragraph', 'pillars', 'sources', 'text']);
  assert.deepEqual(Object.keys(r.sentences[0].match!).sort(), ['diff', 'paragraph', 'similarity', 'symbol']);
  assert.deepEqual(Object.keys(r.sentences[0].sources[0]).sort(), ['diff', 'paragraph', 'sentenceSpan', 'similarity', 'sourceSpan', 'sourceText', 'symbol']);
  const { sentenceSpan, sourceSpan, ...primary } = r.sentences[0].sources[0];
  assert.ok(sentenceSpan.end > sentenceSpan.start && sourceSpan.end > sourceSpan.start);
  assert.deepEqual({ ...primary, sourceText: undefined }, { ...r.sentences[0].match, sourceText: undefined }, 'match is the primary source without spans');
  assert.deepEqual(Object.keys(r.sentences[0].flags[0]).sort(), ['explanation', 'kind']);
  assert.deepEqual(Object.keys(r.balance.norms).sort(), ['paragraphs', 'words']);
});

test('a line break ends a draft paragraph: a line without a full stop is not read into the next', () => {
  const K = 'States may share information on a voluntary basis with their regional partners on lessons learned from incidents.';
  const r = checkDraft(
    `Norms\n${C.replace(/\.$/, '')}\n${K}\n\n1. ${J}\nConfidence-building measures include the exchange of national views on threats through points of contact between capitals`,
    index,
  );
  assert.deepEqual(
    r.sentences.filter((s) => s.paragraph !== DOCUMENT).map((s) => [s.paragraph, s.match?.paragraph ?? null]),
    [
      ['¶1', '13 (c)'],
      ['¶2', '13 (k)'],
      ['1', '13 (j)'],
      ['¶3', '17'],
    ],
  );
  assert.ok(!r.sentences.some((s) => s.text.startsWith('Norms')), 'a short line without final punctuation is a heading');
});

test('a sentence spliced from two agreed sentences reports both, and the reuse checks read each against its own source', () => {
  const K = 'States may share information on a voluntary basis with their regional partners on lessons learned from incidents.';
  const spliced = `${C.replace(/\.$/, '')}; ${K.replace('may', 'must').replace(/^S/, 's')}`;
  const s = checkDraft(`1. ${spliced}`, index).sentences[0];
  assert.deepEqual(s.sources.map((x) => x.paragraph).sort(), ['13 (c)', '13 (k)']);
  assert.equal(s.match?.paragraph, s.sources[0].paragraph, 'match is the primary source');
  const c = s.sources.find((x) => x.paragraph === '13 (c)')!;
  assert.equal(c.similarity, 1);
  assert.equal(spliced.slice(c.sentenceSpan.start, c.sentenceSpan.end), C.replace(/\.$/, ''));
  const modal = s.flags.filter((f) => f.kind === 'modal-changed');
  assert.equal(modal.length, 1);
  assert.match(modal[0].explanation, /13 \(k\).*“may” → “must”/);
  assert.ok(!s.flags.some((f) => f.kind === 'negation-changed'), 'the "not" of 13 (c) is compared with 13 (c), not with 13 (k)');
});

test('draft sentences split at full stops but not at abbreviations or symbols', () => {
  assert.deepEqual(
    splitSentences('As in para. 13 (a) of A/70/174, e.g. the first norm, States agree. Mr. Smith, i.e. the Chair, noted No. 5. Next.').map((s) => s.text),
    ['As in para. 13 (a) of A/70/174, e.g. the first norm, States agree.', 'Mr. Smith, i.e. the Chair, noted No. 5.', 'Next.'],
  );
});

test('an empty draft is refused with check.empty_draft', () => {
  assert.throws(
    () => checkDraft('  \n\n ', index),
    (e: unknown) => e instanceof CheckError && e.code === 'check.empty_draft',
  );
});
