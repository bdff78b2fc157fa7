import { test } from 'node:test';
import assert from 'node:assert/strict';
import { STATES, stateByIso3, AU_MEMBERS } from './states.ts';
import { MEMBERS } from './memberships.ts';
import { REGIONAL_GROUPS } from './regionalGroups.ts';
import { ORGANISATIONS, SPEAKING_GROUPS } from './organisations.ts';

test('193 Member States and 2 observer States, unique codes', () => {
  assert.equal(STATES.length, 195);
  assert.deepEqual(
    STATES.filter((s) => s.observer)
      .map((s) => s.iso3)
      .sort(),
    ['PSE', 'VAT'],
  );
  assert.equal(new Set(STATES.map((s) => s.iso3)).size, 195);
  assert.equal(new Set(STATES.map((s) => s.m49)).size, 195);
  assert.equal(new Set(STATES.map((s) => s.officialName)).size, 195);
  for (const s of STATES) {
    assert.match(s.iso3, /^[A-Z]{3}$/);
    assert.match(s.m49, /^\d{3}$/, s.iso3);
  }
});

test('spot-check M49 codes that are easy to get wrong', () => {
  const expected: Record<string, string> = {
    SLB: '090',
    BRN: '096',
    MMR: '104',
    BLR: '112',
    LKA: '144',
    COD: '180',
    PSE: '275',
    KIR: '296',
    VAT: '336',
    PRK: '408',
    KOR: '410',
    MDA: '498',
    MNE: '499',
    FSM: '583',
    MHL: '584',
    PLW: '585',
    TLS: '626',
    VNM: '704',
    SSD: '728',
    SDN: '729',
    SWZ: '748',
    MKD: '807',
    EGY: '818',
    BFA: '854',
    WSM: '882',
    YEM: '887',
  };
  for (const [iso3, m49] of Object.entries(expected)) assert.equal(stateByIso3(iso3)?.m49, m49, iso3);
});

test('regional group sizes and the known quirks', () => {
  const size = (id: string) => STATES.filter((s) => s.regionalGroup === id && !s.observerInGroup).length;
  assert.deepEqual(
    REGIONAL_GROUPS.map((g) => [g.id, size(g.id)]),
    [
      ['african', 54],
      ['asia-pacific', 54],
      ['eastern-european', 23],
      ['grulac', 33],
      ['weog', 28],
    ],
  );
  assert.deepEqual(
    STATES.filter((s) => s.observerInGroup).map((s) => s.iso3),
    ['USA'],
  );
  assert.equal(stateByIso3('USA')?.regionalGroup, 'weog');
  assert.equal(stateByIso3('TUR')?.regionalGroup, 'weog');
  assert.deepEqual(stateByIso3('TUR')?.alsoCaucuses, ['asia-pacific']);
  assert.equal(stateByIso3('ISR')?.regionalGroup, 'weog');
  assert.equal(stateByIso3('KIR')?.regionalGroup, 'asia-pacific');
  assert.equal(stateByIso3('CYP')?.regionalGroup, 'asia-pacific');
  assert.equal(stateByIso3('VAT')?.regionalGroup, null);
  assert.equal(stateByIso3('PSE')?.regionalGroup, null);
  assert.equal(stateByIso3('nld')?.officialName, 'Netherlands (Kingdom of the)');
  assert.equal(stateByIso3('XXX'), undefined);
});

test('organisation memberships: known sizes, every code a State, no duplicates', () => {
  const sizes: Record<string, number> = {
    osce: 57,
    eu: 27,
    coe: 46,
    asean: 11,
    arf: 26,
    oas: 32,
    sco: 10,
    csto: 6,
    las: 22,
    ecowas: 12,
    pif: 14,
    caricom: 14,
    commonwealth: 56,
  };
  for (const [org, members] of Object.entries(MEMBERS)) {
    assert.equal(members.length, sizes[org], org);
    assert.equal(new Set(members).size, members.length, `${org} has a duplicate`);
    for (const iso3 of members) assert.ok(stateByIso3(iso3), `${org}: unknown ${iso3}`);
  }
  assert.equal(AU_MEMBERS.length, 54);
  const orgIds = new Set(ORGANISATIONS.map((o) => o.id));
  for (const s of STATES) for (const o of s.organisations) assert.ok(orgIds.has(o), o);
  assert.deepEqual(stateByIso3('FRA')?.organisations.sort(), ['coe', 'eu', 'osce']);
  assert.deepEqual(stateByIso3('RUS')?.organisations.sort(), ['arf', 'csto', 'osce', 'sco']);
  assert.deepEqual(stateByIso3('NGA')?.organisations.sort(), ['au', 'commonwealth', 'ecowas']);
  assert.deepEqual(stateByIso3('MLI')?.organisations, ['au']);
  assert.ok(stateByIso3('VAT')?.organisations.includes('osce'));
  assert.ok(stateByIso3('PSE')?.organisations.includes('las'));
});

test('stable, kebab-case ids for organisations and speaking groups', () => {
  const ids: string[] = [...ORGANISATIONS, ...SPEAKING_GROUPS].map((o) => o.id);
  assert.equal(new Set(ids).size, ids.length);
  for (const id of ids) assert.match(id, /^[a-z0-9]+(-[a-z0-9]+)*$/);
  for (const id of ['osce', 'asean', 'arf', 'oas', 'au', 'eu', 'coe', 'sco', 'csto', 'las', 'ecowas', 'pif', 'caricom', 'commonwealth']) {
    assert.ok(ids.includes(id), id);
  }
  for (const id of ['eu-member-states', 'nam', 'african-group', 'arab-group', 'g77']) assert.ok(ids.includes(id), id);
});
