import { test } from 'node:test';
import assert from 'node:assert/strict';
import { resolveParticipant, findParticipantMentions, type ParticipantRef } from './resolve.ts';
import { PARTICIPANT_MATCHER } from './lexicon.ts';
import { STATES } from './states.ts';
import { ORGANISATIONS, SPEAKING_GROUPS } from './organisations.ts';

const state = (id: string): ParticipantRef => ({ kind: 'state', id });
const group = (id: string): ParticipantRef => ({ kind: 'group', id });
const org = (id: string): ParticipantRef => ({ kind: 'organisation', id });
const refs = (text: string) => findParticipantMentions(text).map((m) => m.ref);

test('every State: official name, each other name and adjective, and generated speaker labels', () => {
  for (const s of STATES) {
    const me = state(s.iso3);
    const forms = [
      s.officialName,
      `the representative of ${s.officialName}`,
      `${s.officialName}\u2019s delegate`,
      `THE DELEGATION OF ${s.officialName.toUpperCase()}`,
      s.officialName.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase(),
      ...s.names.flatMap((n) => [n, `the delegate of ${n}`, `${n}'s representative`]),
      ...s.adjectives.flatMap((a) => [a, `the ${a} delegate`, `The ${a} delegation`]),
    ];
    for (const form of forms) assert.deepEqual(resolveParticipant(form), me, `${form} -> ${s.iso3}`);
    assert.ok(forms.length >= 3, s.iso3);
  }
});

test('every State form is found in running text with exact offsets', () => {
  for (const s of STATES) {
    for (const form of [s.officialName, ...s.names, ...s.adjectives]) {
      const bare = form.replace(/^the /i, '');
      const text = `We heard ${bare} today.`;
      const found = findParticipantMentions(text);
      assert.equal(found.length, 1, `${form}: ${JSON.stringify(found)}`);
      assert.deepEqual(found[0], { start: 9, end: 9 + bare.length, surface: bare, ref: state(s.iso3) }, form);
    }
  }
});

test('the speaker labels the brief names', () => {
  const cases: [string, string][] = [
    ['the Russian delegate', 'RUS'],
    ["The Russian Federation's delegate", 'RUS'],
    ['The Russian Federation\u2019s delegate', 'RUS'],
    ["Iran's representative", 'IRN'],
    ['The Netherlands', 'NLD'],
    ['the Syrian Arab Republic', 'SYR'],
    ['The Australian delegate', 'AUS'],
    ['Türkiye', 'TUR'],
    ['Turkey', 'TUR'],
    ['Turkiye', 'TUR'],
    ['the Holy See', 'VAT'],
    ['the representative of New Zealand', 'NZL'],
    ['the delegate of the Syrian Arab Republic', 'SYR'],
    ['the Permanent Representative of Côte d’Ivoire', 'CIV'],
    ['Minister for Foreign Affairs of Viet Nam', 'VNM'],
    ['the US delegate', 'USA'],
    ['the representative of the United States', 'USA'],
    ['the UK', 'GBR'],
    ['Republic of Korea', 'KOR'],
    ['DPRK', 'PRK'],
    ['Lao PDR', 'LAO'],
    ['Czech Republic', 'CZE'],
    ['H.E. Mr. the Ambassador of Brazil', 'BRA'],
  ];
  for (const [text, iso3] of cases) assert.deepEqual(resolveParticipant(text), state(iso3), text);
});

test('speaking groups and organisations', () => {
  assert.deepEqual(resolveParticipant('the EU and its member States'), group('eu-member-states'));
  assert.deepEqual(resolveParticipant('the European Union'), group('eu-member-states'));
  assert.deepEqual(resolveParticipant('the Non-Aligned Movement'), group('nam'));
  assert.deepEqual(resolveParticipant('the African Group'), group('african-group'));
  assert.deepEqual(resolveParticipant('the Arab Group'), group('arab-group'));
  assert.deepEqual(resolveParticipant('the Group of 77 and China'), group('g77'));
  assert.deepEqual(resolveParticipant('the OSCE'), org('osce'));
  assert.deepEqual(resolveParticipant('the ASEAN Regional Forum'), org('arf'));
  assert.deepEqual(resolveParticipant('ASEAN'), org('asean'));
  assert.deepEqual(resolveParticipant('the Organization of American States'), org('oas'));
  assert.deepEqual(resolveParticipant('the representative of the Council of Europe'), org('coe'));
  for (const g of SPEAKING_GROUPS) for (const f of [g.name, ...g.aliases]) assert.deepEqual(resolveParticipant(f), group(g.id), f);
  for (const o of ORGANISATIONS) {
    for (const f of [o.name, ...o.aliases]) {
      const expected = o.id === 'eu' && (f === 'European Union' || f === 'EU') ? group('eu-member-states') : org(o.id);
      assert.deepEqual(resolveParticipant(f), expected, f);
    }
  }
});

test('unknown, ambiguous or decorated labels give null, never a guess', () => {
  for (const text of [
    'Atlantis',
    'the Chair',
    'France Télécom',
    '',
    'the delegate',
    'Mexico and Brazil',
    'Korea',
    'the Korean delegate',
    'the us delegate',
    'Mr. Smith (Brazil) said',
    'the Latin American delegate',
    'the Secretariat',
    'Gulf of Guinea',
    'Congolese',
  ]) {
    assert.equal(resolveParticipant(text), null, text);
  }
});

test('mentions in the seed event report, with offsets into the original string', () => {
  const s1 = 'Guatemala considers that Mexico\u2019s proposal would be useful';
  assert.deepEqual(findParticipantMentions(s1), [
    { start: 0, end: 9, surface: 'Guatemala', ref: state('GTM') },
    { start: 25, end: 31, surface: 'Mexico', ref: state('MEX') },
  ]);
  const s2 = 'The Netherlands also supported the proposal made by Ireland.';
  assert.deepEqual(findParticipantMentions(s2), [
    { start: 4, end: 15, surface: 'Netherlands', ref: state('NLD') },
    { start: 52, end: 59, surface: 'Ireland', ref: state('IRL') },
  ]);
  const s3 = 'Finland also expressed its support of the Irish proposal.';
  assert.deepEqual(
    findParticipantMentions(s3).map((m) => [m.surface, m.ref.id, s3.slice(m.start, m.end)]),
    [
      ['Finland', 'FIN', 'Finland'],
      ['Irish', 'IRL', 'Irish'],
    ],
  );
});

test('longest match wins between names that contain one another', () => {
  const ids = (t: string) => refs(t).map((r) => r.id);
  assert.deepEqual(ids('Niger and Nigeria'), ['NER', 'NGA']);
  assert.deepEqual(ids('Guinea, Guinea-Bissau, Equatorial Guinea and Papua New Guinea'), ['GIN', 'GNB', 'GNQ', 'PNG']);
  assert.deepEqual(ids('Dominica and the Dominican Republic'), ['DMA', 'DOM']);
  assert.deepEqual(ids('the Congo and the Democratic Republic of the Congo'), ['COG', 'COD']);
  assert.deepEqual(ids('Sudan, South Sudan, South Sudanese and Sudanese'), ['SDN', 'SSD', 'SSD', 'SDN']);
  assert.deepEqual(ids('the Republic of Korea and the Democratic People\u2019s Republic of Korea'), ['KOR', 'PRK']);
  assert.deepEqual(ids('the Group of 77 and China'), ['g77']);
  assert.deepEqual(ids('the ASEAN Regional Forum and ASEAN'), ['arf', 'asean']);
  assert.deepEqual(ids('the United Kingdom of Great Britain and Northern Ireland'), ['GBR']);
});

test('ambiguous short forms and ordinary words are not mentions', () => {
  assert.deepEqual(refs('let us polish the text; turkey and chile were served'), []);
  assert.deepEqual(refs('The Korean Peninsula and Korea'), []);
  assert.deepEqual(refs('Latin American and South American States, the Gulf of Guinea, the Indian Ocean, New Mexico'), []);
  assert.deepEqual(refs('Northern Ireland and the Inter-American system'), []);
  assert.deepEqual(
    refs('The US, the UK and the U.S.A.').map((r) => r.id),
    ['USA', 'GBR', 'USA'],
  );
  assert.deepEqual(
    refs('Polish experts met Georgian, Chadian and Jordanian colleagues').map((r) => r.id),
    ['POL', 'GEO', 'TCD', 'JOR'],
  );
  assert.deepEqual(
    refs('A sentence ends in Guinea. Bissau is a city.').map((r) => r.id),
    ['GIN'],
  );
  assert.deepEqual(
    refs('TURKIYE and RUSSIAN FEDERATION').map((r) => r.id),
    ['TUR', 'RUS'],
  );
  assert.deepEqual(refs('the Lake Chad Basin, a billion US dollars, the SAMOA Pathway, the Commonwealth of the Northern Marianas'), []);
  assert.deepEqual(
    refs('Saudi Arabian officials and the Commonwealth').map((r) => r.id),
    ['SAU', 'commonwealth'],
  );
});

test('data integrity: no normalised name belongs to two States', () => {
  const norm = (f: string) =>
    f
      .normalize('NFD')
      .replace(/\p{M}/gu, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, ' ')
      .trim()
      .replace(/^the /, '');
  const owner = new Map<string, string>();
  for (const s of STATES) {
    for (const f of [s.officialName, ...s.names, ...s.adjectives]) {
      const k = norm(f);
      const prev = owner.get(k);
      assert.ok(prev === undefined || prev === s.iso3, `"${f}" names both ${prev} and ${s.iso3}`);
      owner.set(k, s.iso3);
    }
  }
  assert.deepEqual(PARTICIPANT_MATCHER.collisions, [
    { form: 'European Union', kept: 'group:eu-member-states', dropped: 'org:eu' },
    { form: 'EU', kept: 'group:eu-member-states', dropped: 'org:eu' },
  ]);
});
