import assert from 'node:assert/strict';
import { test } from 'node:test';
import { readDocument } from './read.ts';

const speakers = (text: string, kind?: 'event-report' | 'transcript') =>
  readDocument(text, { kind }).statements.map((s) => [s.speaker, s.paragraphs, s.tookFloorAgain]);

test('report openings name their speakers in the usual forms', () => {
  const text = [
    'Event report',
    'The representative of Chile stated that norms matter.',
    'Kenya underlined that capacity is lacking.',
    "Peru's representative noted that law applies.",
    'The Irish delegate said that CBMs help.',
    'The delegate of Viet Nam took the floor again and said that threats grow.',
    'Norway is of the view that dialogue should continue.',
    "The Russian Federation's delegate stated that he had no proposal.",
    'In response, the representative of Cuba noted that sovereignty matters.',
    'Ms. Varga (Hungary), speaking on behalf of the European Union, said that law applies.',
    'The Chair said that the meeting would resume later.',
  ].join('\n');
  assert.deepEqual(speakers(text), [
    ['CHL', [2], false],
    ['KEN', [3], false],
    ['PER', [4], false],
    ['IRL', [5], false],
    ['VNM', [6], true],
    ['NOR', [7], false],
    ['RUS', [8], false],
    ['CUB', [9], false],
    ['eu-member-states', [10], false],
    ['chair', [11], false],
  ]);
  const r = readDocument(text);
  assert.equal(r.statements[8].deliveredBy, 'HUN');
  assert.equal(r.statements[8].onBehalfOf, 'eu-member-states');
});

test('continuations join the previous speaker; States mentioned are not speakers', () => {
  const text = [
    'Event report',
    'The representative of Chile stated that regional hubs help.',
    'There is a need to fund them properly.',
    'She also stated that Chile would host one.',
    'Guatemala considers that Mexico’s proposal would be useful.',
    'Mexico’s proposal was then discussed at length.',
    'Finland supported the proposal made by Ireland and the Irish idea of an overview.',
  ].join('\n');
  assert.deepEqual(speakers(text), [
    ['CHL', [2, 3, 4], false],
    ['GTM', [5], false],
    ['FIN', [7], false],
  ]);
  const r = readDocument(text);
  assert.deepEqual(r.mentions['5'], ['MEX']);
  assert.deepEqual(r.mentions['6'], ['MEX']);
  assert.deepEqual(r.mentions['7'], ['IRL']);
});

test('a speaker who speaks again is marked only when the text says so', () => {
  const text = [
    'Event report',
    'Brazil stated that capacity matters.',
    'Canada stated that norms matter.',
    'Brazil again stressed the role of the United Nations.',
    'Canada noted that it agreed.',
  ].join('\n');
  assert.deepEqual(speakers(text), [
    ['BRA', [2], false],
    ['CAN', [3], false],
    ['BRA', [4], true],
    ['CAN', [5], false],
  ]);
});

test('transcripts follow speaker lines, learn the Chair’s name and group turns', () => {
  const text = [
    'Informal meeting, unofficial transcript',
    'Chair: Ambassador Ana Ruiz',
    'The Chair',
    'Good morning. I give the floor to Australia.',
    'Australia',
    'Thank you, Chair. We support the programme of action.',
    'We also see a role for industry.',
    'Ambassador Ruiz',
    'Thank you. Egypt has the floor.',
    'Egypt',
    'Thank you, Chair. I speak on behalf of the African Group. Capacity-building is our priority.',
    'Australia',
    'Thank you for giving me the floor again. We agree with Egypt.',
  ].join('\n');
  const r = readDocument(text);
  assert.equal(r.kind, 'transcript');
  assert.deepEqual(
    r.statements.map((s) => [s.speaker, s.paragraphs, s.tookFloorAgain]),
    [
      ['chair', [4], false],
      ['AUS', [6, 7], false],
      ['chair', [9], false],
      ['african-group', [11], false],
      ['AUS', [13], true],
    ],
  );
  assert.equal(r.statements[3].deliveredBy, 'EGY');
  assert.deepEqual(r.mentions['4'], ['AUS']);
  assert.equal(r.mentions['5'], undefined, 'a speaker line is not a mention');
});

test('summary records: numbered paragraphs, "Mr. X (Country) said", procedural lines', () => {
  const text = [
    'Summary record of the 2nd meeting',
    'The meeting was called to order at 10 a.m.',
    'Agenda item 4: Confidence-building measures',
    '1. The Chair said that the directory was now operational.',
    '2. Mr. Silva (Brazil) said that points of contact should be tested regularly.',
    '3. He added that Brazil had nominated its contacts.',
    '4. Ms. Lee (Republic of Korea) said that ping tests were useful.',
    'The meeting rose at 1 p.m.',
  ].join('\n');
  const r = readDocument(text);
  assert.equal(r.kind, 'summary-record');
  assert.deepEqual(
    r.statements.map((s) => [s.speaker, s.paragraphs]),
    [
      ['chair', [4]],
      ['BRA', [5, 6]],
      ['KOR', [7]],
    ],
  );
  assert.ok(
    r.statements.slice(1).every((s) => s.pillars.includes('cbms')),
    'the agenda item gives its pillar to delegations',
  );
  assert.deepEqual(r.statements[0].pillars, [], 'the Chair’s procedural remark has no pillar of its own');
  assert.deepEqual(r.agenda, ['cbms']);
});

test('narrative paragraphs about delegations at large belong to no one; States named as examples speak jointly', () => {
  const text = [
    'Event report',
    'Chile stated that the directory works.',
    'Several delegations stressed that contacts must be kept current.',
    'Several delegations, including Peru and Ghana, agreed.',
    'The proposal received support from Peru and Ghana.',
  ].join('\n');
  const r = readDocument(text);
  assert.deepEqual(
    r.statements.map((s) => [s.speaker, s.paragraphs, s.joint ?? []]),
    [
      ['CHL', [2], []],
      ['PER', [4], ['GHA']],
      ['GHA', [4], ['PER']],
      ['PER', [5], ['GHA']],
      ['GHA', [5], ['PER']],
    ],
  );
});

test('several speakers in one paragraph, each over their own sentences', () => {
  const text = [
    'Event report',
    'Venezuela, Nicaragua and Cuba stated that the norms had not prevented militarisation. Tunisia then said that capacity matters. It added that funding was short. Benin added that regional hubs help. A permanent mechanism must not be decided now, Indonesia cautioned.',
    'Mexico proposed a voluntary reporting template. This was supported by Australia, Canada and Japan.',
    'The need for a binding instrument was raised once again by Iran and Pakistan.',
    'The Ambassador of Atlantis said that norms should be reviewed. It also said more.',
    'Ms Ana Torres (Global Forum on Cyber Expertise) stressed that training must be tailored.',
  ].join('\n');
  const r = readDocument(text);
  const at = (s: { sentences: { from: { paragraph: number; sentence: number }; to: { paragraph: number; sentence: number } } }) =>
    `${s.sentences.from.paragraph}.${s.sentences.from.sentence}-${s.sentences.to.paragraph}.${s.sentences.to.sentence}`;
  assert.deepEqual(
    r.statements.map((s) => [s.speaker, at(s)]),
    [
      ['VEN', '2.1-2.1'],
      ['NIC', '2.1-2.1'],
      ['CUB', '2.1-2.1'],
      ['TUN', '2.2-2.3'],
      ['BEN', '2.4-2.4'],
      ['IDN', '2.5-2.5'],
      ['MEX', '3.1-3.1'],
      ['AUS', '3.2-3.2'],
      ['CAN', '3.2-3.2'],
      ['JPN', '3.2-3.2'],
      ['IRN', '4.1-4.1'],
      ['PAK', '4.1-4.1'],
      ['gfce', '6.1-6.1'],
    ],
  );
  assert.deepEqual(r.statements[0].joint, ['NIC', 'CUB']);
  assert.equal(r.statements[0].span.start, text.indexOf('Venezuela'));
  assert.equal(r.statements[3].span.end, text.indexOf(' Benin'));
  assert.deepEqual(r.proposals[0].supportedBy, ['AUS', 'CAN', 'JPN']);
  assert.equal(r.statements[7].supportsProposal, 0);
  assert.deepEqual(
    r.unattributed.map((u) => [u.at.paragraph, u.at.sentence]),
    [[5, 1]],
    'an unknown speaker is never given to the previous one',
  );
  assert.deepEqual(r.statements[12].person, { name: 'Ana Torres', affiliation: 'Global Forum on Cyber Expertise' });
});
