import assert from 'node:assert/strict';
import { test } from 'node:test';
import { loadFixtures, scoreDocument } from '../../../eval/records.ts';
import { readDocument } from './read.ts';

const all = loadFixtures();
// The evaluation corpus (corpus-*) is scored pooled, as the targets are; the first labelled
// documents, one per style, are each held to their own thresholds.
const fixtures = all.filter((f) => !f.gold.name.startsWith('corpus-'));
const corpus = all.filter((f) => f.gold.name.startsWith('corpus-'));

test('the project has its six labelled documents in different styles', () => {
  assert.ok(fixtures.length >= 6, `found ${fixtures.length} fixtures`);
  const kinds = new Set(fixtures.map((f) => f.gold.kind));
  for (const k of ['event-report', 'transcript', 'summary-record', 'statement', 'position-paper']) assert.ok(kinds.has(k as never), `no ${k} fixture`);
});

for (const { gold, text } of fixtures) {
  test(`reads ${gold.name} as labelled`, () => {
    const reading = readDocument(text);
    const f = scoreDocument(gold, reading);
    const why = f.errors.join('\n');
    assert.equal(f.kindCorrect, true, `kind read as ${reading.kind}`);
    assert.ok(f.speakerF1 >= 0.95, `speaker F1 ${f.speakerF1}\n${why}`);
    assert.ok(f.boundaryAccuracy >= 0.9, `boundary accuracy ${f.boundaryAccuracy}\n${why}`);
    assert.ok(f.pillarF1 >= 0.85, `pillar F1 ${f.pillarF1}\n${why}`);
    assert.ok(f.stanceAccuracy >= 0.8, `stance accuracy ${f.stanceAccuracy}\n${why}`);
    assert.ok(f.stancesExtra <= 2, `${f.stancesExtra} stances without gold\n${why}`);
    assert.ok(f.proposalRecall >= 0.9 && f.supporterRecall >= 0.8, `proposals ${f.proposalRecall}, supporters ${f.supporterRecall}\n${why}`);
    for (const st of reading.statements) {
      for (const s of st.stances) {
        const source = st.paragraphs.map((n) => text.split('\n').filter((l) => l.trim())[n - 1]).join('\n');
        const quoted = s.evidence;
        // Evidence is quoted verbatim from the statement, or from the supporter's sentence for an inherited stance.
        assert.ok(source.includes(quoted), `evidence not in statement ${st.order}: ${quoted}`);
      }
    }
  });
}

test('pooled over the fixtures, pillars and stances reach their thresholds', () => {
  const figures = fixtures.map(({ gold, text }) => scoreDocument(gold, readDocument(text)));
  const tp = figures.reduce((a, f) => a + f.pillarTp, 0);
  const fp = figures.reduce((a, f) => a + f.pillarFp, 0);
  const fn = figures.reduce((a, f) => a + f.pillarFn, 0);
  const microF1 = (2 * tp) / (2 * tp + fp + fn);
  assert.ok(microF1 >= 0.9, `pillar micro-F1 ${microF1}`);
  const gold = figures.reduce((a, f) => a + f.stancesGold, 0);
  const correct = figures.reduce((a, f) => a + f.stancesCorrect, 0);
  assert.ok(correct / gold >= 0.9, `stance accuracy ${correct}/${gold}`);
});

test('pooled over the evaluation corpus, statements are found as labelled', () => {
  assert.ok(corpus.length >= 40, `found ${corpus.length} corpus documents`);
  const figures = corpus.map(({ gold, text }) => scoreDocument(gold, readDocument(text)));
  const sum = (k: 'statementTp' | 'statementFp' | 'statementFn' | 'statementsRead') => figures.reduce((a, f) => a + f[k], 0);
  const tp = sum('statementTp');
  const f1 = (2 * tp) / (2 * tp + sum('statementFp') + sum('statementFn'));
  assert.ok(f1 >= 0.95, `statement F1 ${f1.toFixed(3)}`);
  assert.ok(sum('statementFp') / sum('statementsRead') <= 1.5 / 50, `${sum('statementFp')} spurious of ${sum('statementsRead')}`);
  assert.ok(
    figures.every((f) => f.kindCorrect !== false),
    `kind wrong in ${figures.filter((f) => f.kindCorrect === false).map((f) => f.document)}`,
  );
});

test('a text with no recognisable speaker gives no statements and a warning', () => {
  const r = readDocument('Weather report\nIt rained all day in the city.\nTomorrow will be sunny.');
  assert.equal(r.statements.length, 0);
  assert.ok(r.warnings.some((w) => /no speaker/.test(w)));
  const empty = readDocument('   \n\n');
  assert.equal(empty.statements.length, 0);
  assert.ok(empty.warnings.length > 0);
});

test('a paper whose author cannot be recognised is not attributed to anyone', () => {
  const r = readDocument(
    'Position Paper on ICT security\n1. Threats\nRansomware is a growing concern.\n2. Law\nInternational law applies.\n3. Capacity\nTraining helps.',
    {},
  );
  assert.equal(r.kind, 'position-paper');
  assert.equal(r.statements.length, 0);
  assert.ok(r.warnings.some((w) => /author/.test(w)));
  const withAuthor = readDocument(
    'Position Paper on ICT security\n1. Threats\nRansomware is a growing concern.\n2. International law\nInternational law applies.',
    { author: 'Chile' },
  );
  assert.deepEqual(
    withAuthor.statements.map((s) => [s.speaker, s.paragraphs, s.pillars]),
    [
      ['CHL', [3], ['threats']],
      ['CHL', [5], ['international-law']],
    ],
  );
});

test('tags carry a confidence and the matched terms as explanation', () => {
  const r = readDocument(
    'Event report\nThe representative of Peru stated that confidence-building measures and points of contact reduce the risk of escalation.',
  );
  const tag = r.statements[0].tags.find((t) => 'pillar' in t && t.pillar === 'cbms');
  assert.ok(tag && tag.confidence > 0.5 && tag.confidence <= 1);
  assert.match(tag.explanation, /confidence-building measures/);
});
