import assert from 'node:assert/strict';
import { test } from 'node:test';
import { classifyPillars, lexiconHits, matchElements, pillarsOf, unknownIds, type TagCatalogue } from './lexicon.ts';
import { words } from './tokenize.ts';

const catalogue: TagCatalogue = {
  version: 'test',
  pillars: [
    { id: 'norms', title: 'Norms', lexicon: ['norms'] },
    { id: 'cbms', title: 'CBMs', lexicon: ['confidence-building'] },
  ],
  elements: [
    { id: 'norm-f', pillarId: 'norms', title: 'Critical infrastructure', lexicon: ['critical infrastructure', 'infrastructure'] },
    { id: 'cbm-poc', pillarId: 'cbms', title: 'Points of contact', lexicon: ['point of contact', 'points of contact', 'confidence-building measures'] },
  ],
};

test('an occurrence counts once for an element: the longer phrase takes its span', () => {
  const hits = matchElements('Critical infrastructure and more infrastructure; a point of contact.', catalogue);
  assert.deepEqual(
    hits.map((h) => [h.id, h.count, h.terms]),
    [
      ['norm-f', 2, ['critical infrastructure', 'infrastructure']],
      ['cbm-poc', 1, ['point of contact']],
    ],
  );
  assert.deepEqual(matchElements('one infrastructure', catalogue, { min: 2 }), []);
});

test('whole words only; spaces and hyphens are the same; case and accents do not matter', () => {
  assert.deepEqual(matchElements('Infrastructures', catalogue), [], 'not inside a longer word');
  assert.equal(matchElements('confidence building measures', catalogue)[0]?.id, 'cbm-poc');
  assert.equal(matchElements('CONFIDENCE-BUILDING-MEASURES', catalogue)[0]?.id, 'cbm-poc');
});

test("the draft tagger reads the same lexicons over a sentence's words", () => {
  const fw = {
    pillars: catalogue.pillars.map((p) => ({ ...p, id: p.id as 'norms' })),
    elements: catalogue.elements.map((e) => ({ ...e, pillar: e.pillarId as 'norms' })),
  };
  const hits = lexiconHits(words('States protect critical infrastructure under agreed norms.'), fw as never);
  assert.deepEqual(
    hits.map((h) => [h.phrase, h.tag.element]),
    [
      ['critical infrastructure', 'norm-f'],
      ['infrastructure', 'norm-f'],
      ['norms', null],
    ],
    'every hit, overlapping ones included, in text order',
  );
  assert.ok(classifyPillars(words('States protect critical infrastructure.')).includes('norms'), 'the 2025 framework by default');
});

test('pillars of elements, and ids the framework does not have', () => {
  assert.deepEqual(pillarsOf(['cbm-poc', 'norm-f'], catalogue), ['norms', 'cbms']);
  assert.deepEqual(unknownIds({ elements: ['norm-f', 'nope'], pillars: ['law'] }, catalogue), ['nope', 'law']);
});
