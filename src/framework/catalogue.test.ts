import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ELEMENT_IDS, FRAMEWORK_2025, PILLAR_IDS, STANCE_VALUES, elementById, isPillarId, pillarById, questionById } from './catalogue/index.ts';
import type { PillarId } from './catalogue/index.ts';

// Hard-coded on purpose: these ids are the contract of every tag in the database, so renaming one
// must fail here rather than silently orphan stored tags.
const EXPECTED_PILLARS = ['threats', 'international-law', 'norms', 'cbms', 'capacity-building', 'institutional-dialogue'];

const EXPECTED_ELEMENTS: Record<PillarId, string[]> = {
  norms: ['norm-a', 'norm-b', 'norm-c', 'norm-d', 'norm-e', 'norm-f', 'norm-g', 'norm-h', 'norm-i', 'norm-j', 'norm-k'],
  'international-law': [
    'law-charter-applies',
    'law-sovereignty',
    'law-peaceful-settlement',
    'law-non-intervention',
    'law-use-of-force',
    'law-self-defence',
    'law-ihl',
    'law-human-rights',
    'law-state-responsibility',
    'law-attribution',
    'law-due-diligence',
    'law-binding-instrument',
  ],
  cbms: ['cbm-poc', 'cbm-transparency', 'cbm-dialogue', 'cbm-regional', 'cbm-cert-cooperation'],
  'capacity-building': [
    'cb-demand-driven',
    'cb-national-ownership',
    'cb-tailored',
    'cb-neutral-transparent',
    'cb-gender-inclusive',
    'cb-coordination',
    'cb-funding',
    'cb-tech-transfer',
  ],
  threats: [
    'threat-critical-infrastructure',
    'threat-military-capabilities',
    'threat-ransomware',
    'threat-supply-chain',
    'threat-emerging-tech',
    'threat-non-state-actors',
  ],
  'institutional-dialogue': [
    'dialogue-new-body',
    'dialogue-existing-bodies',
    'dialogue-multistakeholder',
    'dialogue-national-reporting',
    'dialogue-inclusive',
    'dialogue-regional',
    'dialogue-poa',
  ],
};

const EXPECTED_QUESTIONS = ['new-institutional-body', 'multistakeholder', 'national-reports', 'legally-binding-instrument', 'countermeasures-apply'];

// Terms that are genuine evidence for more than one pillar. Each entry says why; an entry that is no
// longer shared fails the test, so the list cannot rot.
const SHARED_TERMS: Record<string, string> = {
  'critical infrastructure': 'norms 13 (f)–(h) protect it; the threats pillar describes attacks on it',
  'critical information infrastructure': 'as critical infrastructure',
  'supply chain': 'norm 13 (i) on integrity; threat of compromised supply chains',
  'supply chains': 'as supply chain',
  'supply-chain': 'as supply chain',
  cert: 'norm 13 (k) protects CERTs; CERT-to-CERT cooperation is a CBM',
  certs: 'as cert',
  csirt: 'as cert',
  csirts: 'as cert',
  'computer emergency response teams': 'as cert',
  'human rights': 'norm 13 (e) and the binding human rights obligations under international law',
  proxies: 'a threat actor (A/75/816) and a legal prohibition (A/70/174 para 28 (e))',
};

// Words that occur in almost every sentence of this dialogue and so are evidence for no pillar.
const TOO_GENERIC = [
  'security',
  'ict',
  'icts',
  'cyber',
  'cyberspace',
  'state',
  'states',
  'cooperation',
  'implementation',
  'united nations',
  'un',
  'international',
  'information',
  'measures',
  'dialogue',
  'report',
];

const { pillars, elements, questions } = FRAMEWORK_2025;

function pillarVocabulary(pillar: PillarId): Set<string> {
  const own = pillars.find((p) => p.id === pillar)?.lexicon ?? [];
  return new Set([...own, ...elements.filter((e) => e.pillar === pillar).flatMap((e) => e.lexicon)]);
}

function allLexicons(): { owner: string; terms: string[] }[] {
  return [
    ...pillars.map((p) => ({ owner: p.id, terms: p.lexicon })),
    ...elements.map((e) => ({ owner: e.id, terms: e.lexicon })),
    ...questions.flatMap((q) => Object.entries(q.lexicon).map(([kind, terms]) => ({ owner: `${q.id}.${kind}`, terms }))),
  ];
}

const containsPhrase = (text: string, phrase: string) => new RegExp(`(^|[^a-z0-9])${phrase.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}($|[^a-z0-9])`).test(text);

test('the version is oewg-2025 with its title', () => {
  assert.equal(FRAMEWORK_2025.id, 'oewg-2025');
  assert.equal(FRAMEWORK_2025.title, 'Framework of responsible State behaviour (OEWG 2021–2025)');
  assert.match(FRAMEWORK_2025.adopted, /^\d{4}-\d{2}-\d{2}$/);
});

test('pillar ids are exactly the canonical six, in order', () => {
  assert.deepEqual(
    pillars.map((p) => p.id),
    EXPECTED_PILLARS,
  );
  assert.deepEqual([...PILLAR_IDS], EXPECTED_PILLARS);
});

test('element ids are exactly the canonical ones, each under its pillar', () => {
  for (const pillar of EXPECTED_PILLARS as PillarId[]) {
    assert.deepEqual(
      elements.filter((e) => e.pillar === pillar).map((e) => e.id),
      EXPECTED_ELEMENTS[pillar],
      pillar,
    );
  }
  const expectedAll = Object.values(EXPECTED_ELEMENTS).flat();
  assert.equal(elements.length, expectedAll.length);
  assert.deepEqual([...ELEMENT_IDS].sort(), [...expectedAll].sort());
});

test('stance question ids and values are exactly the canonical ones', () => {
  assert.deepEqual(
    questions.map((q) => q.id),
    EXPECTED_QUESTIONS,
  );
  assert.deepEqual([...STANCE_VALUES], ['supports', 'opposes', 'premature', 'open', 'conditional']);
});

test('every element and question points to an existing pillar, and a question’s element sits in its pillar', () => {
  for (const e of elements) assert.ok(isPillarId(e.pillar) && pillarById(e.pillar), e.id);
  for (const q of questions) {
    assert.ok(pillarById(q.pillar), q.id);
    if (q.element !== undefined) assert.equal(elementById(q.element)?.pillar, q.pillar, q.id);
  }
});

test('every pillar and element has a title, a short description, a source and 8–30 lexicon terms', () => {
  for (const item of [...pillars, ...elements]) {
    assert.ok(item.title.trim().length > 0 && item.title.length <= 80, `${item.id} title`);
    assert.ok(item.description.trim().length >= 20, `${item.id} description`);
    assert.ok(item.description.length <= 300, `${item.id} description is longer than two short sentences`);
    assert.ok(item.source, `${item.id} has no source`);
    assert.match(item.source.symbol, /^A\/\d{2}\/\d{2,3}$/, `${item.id} symbol`);
    assert.ok(item.source.paragraph.trim().length > 0, `${item.id} paragraph`);
    assert.ok(item.lexicon.length >= 8, `${item.id} has only ${item.lexicon.length} lexicon terms`);
    assert.ok(item.lexicon.length <= 30, `${item.id} has ${item.lexicon.length} lexicon terms`);
  }
});

test('each norm cites its own sub-paragraph of A/70/174 para 13', () => {
  for (const id of EXPECTED_ELEMENTS.norms) {
    assert.deepEqual(elementById(id)?.source, { symbol: 'A/70/174', paragraph: `13 (${id.slice(-1)})` });
  }
});

test('lexicon terms are lower-case, trimmed, single-spaced and not repeated within a lexicon', () => {
  for (const { owner, terms } of allLexicons()) {
    assert.ok(terms.length > 0, `${owner} is empty`);
    for (const term of terms) {
      assert.equal(term, term.toLowerCase(), `${owner}: "${term}" is not lower-case`);
      assert.equal(term, term.trim(), `${owner}: "${term}" is not trimmed`);
      assert.ok(term.length > 0 && !/\s{2}/.test(term), `${owner}: "${term}"`);
    }
    assert.equal(new Set(terms).size, terms.length, `${owner} repeats a term`);
  }
});

test('no pillar or element lexicon holds a word too generic to be evidence', () => {
  for (const { owner, terms } of allLexicons().filter((l) => !l.owner.includes('.'))) {
    for (const word of TOO_GENERIC) assert.ok(!terms.includes(word), `${owner} contains "${word}"`);
  }
});

test('no term signals two pillars unless allow-listed, and every allow-listed term is really shared', () => {
  const owners = new Map<string, PillarId[]>();
  for (const pillar of PILLAR_IDS) {
    for (const term of pillarVocabulary(pillar)) owners.set(term, [...(owners.get(term) ?? []), pillar]);
  }
  const shared = [...owners].filter(([, ps]) => ps.length > 1);
  const unexpected = shared.filter(([term]) => !(term in SHARED_TERMS)).map(([term, ps]) => `${term} (${ps.join(', ')})`);
  assert.deepEqual(unexpected, []);
  const stale = Object.keys(SHARED_TERMS).filter((term) => (owners.get(term)?.length ?? 0) < 2);
  assert.deepEqual(stale, []);
});

test('each stance question has topic terms and phrases for every value, none signalling two values', () => {
  for (const q of questions) {
    assert.ok(q.lexicon.topic.length >= 5, `${q.id} topic`);
    for (const value of STANCE_VALUES) assert.ok(q.lexicon[value].length >= 3, `${q.id}.${value}`);
  }
  const clashes: string[] = [];
  for (const q of questions) {
    for (const a of STANCE_VALUES) {
      for (const b of STANCE_VALUES) {
        if (a === b) continue;
        for (const phrase of q.lexicon[a]) {
          for (const other of q.lexicon[b].filter((o) => containsPhrase(phrase, o))) {
            clashes.push(`${q.id}: "${phrase}" (${a}) also matches "${other}" (${b})`);
          }
        }
      }
    }
  }
  assert.deepEqual(clashes, []);
});

test('lookups find items by id and return undefined for unknown ids', () => {
  assert.equal(elementById('norm-f')?.pillar, 'norms');
  assert.equal(elementById('law-self-defence')?.source.symbol, 'A/70/174');
  assert.equal(pillarById('cbms')?.title, 'Confidence-building measures');
  assert.equal(questionById('countermeasures-apply')?.element, 'law-state-responsibility');
  assert.equal(elementById('norm-l'), undefined);
  assert.equal(pillarById('norm-a'), undefined);
  assert.equal(questionById('threats'), undefined);
  assert.equal(isPillarId('norms'), true);
  assert.equal(isPillarId('norm'), false);
});

// Sentences written for this test in the register of meeting summaries; each must find its pillar's
// vocabulary and its element's, which is the job the lexicons exist for.
const SAMPLES: { text: string; pillar: PillarId; element?: string }[] = [
  {
    text: 'The delegate said existing international law, including the UN Charter, applies to cyberspace.',
    pillar: 'international-law',
    element: 'law-charter-applies',
  },
  {
    text: 'Rules on State responsibility, among them those on countermeasures, were said to cover ICT operations.',
    pillar: 'international-law',
    element: 'law-state-responsibility',
  },
  { text: 'She urged all delegations to implement the eleven norms of responsible State behaviour agreed in 2015.', pillar: 'norms' },
  {
    text: 'Attacks on hospitals and the health sector during the pandemic were cited as a growing concern.',
    pillar: 'threats',
    element: 'threat-critical-infrastructure',
  },
  { text: 'Ransomware gangs now extort whole municipalities, the representative warned.', pillar: 'threats', element: 'threat-ransomware' },
  { text: 'The directory of points of contact should be tested with regular ping exercises.', pillar: 'cbms', element: 'cbm-poc' },
  { text: 'Several delegations praised the confidence-building measures adopted in the OSCE.', pillar: 'cbms', element: 'cbm-regional' },
  { text: 'Support must be demand-driven and tailor-made rather than one-size-fits-all.', pillar: 'capacity-building', element: 'cb-tailored' },
  { text: 'A trust fund would help developing countries attend, with donor coordination to avoid waste.', pillar: 'capacity-building', element: 'cb-funding' },
  { text: 'Any future mechanism must include civil society and the private sector.', pillar: 'institutional-dialogue', element: 'dialogue-multistakeholder' },
  {
    text: 'States could periodically present national reports, compiled by the Secretariat.',
    pillar: 'institutional-dialogue',
    element: 'dialogue-national-reporting',
  },
];

test('lexicons find the pillar and element of sample sentences written in the style of statements', () => {
  for (const { text, pillar, element } of SAMPLES) {
    const lower = text.toLowerCase();
    const hits = (terms: Iterable<string>) => [...terms].filter((t) => containsPhrase(lower, t));
    assert.ok(hits(pillarVocabulary(pillar)).length > 0, `no ${pillar} term in: ${text}`);
    if (element) assert.ok(hits(elementById(element)?.lexicon ?? []).length > 0, `no ${element} term in: ${text}`);
  }
});
