import assert from 'node:assert/strict';
import { test } from 'node:test';
import { readDocument } from './read.ts';

// Supporters of proposals as real records name them, written in our own words.

const supporters = (text: string, kind: 'event-report' | 'summary-record' | 'press-release' = 'event-report') =>
  readDocument(text, { kind }).proposals.map((p) => [p.by, p.supportedBy]);

test('"supported the X proposed by Y" and "also supported the X" back the proposal of that name', () => {
  const text = [
    'Summary record',
    '1. Mr. Berg (Norway) said that training mattered. He proposed that the Secretariat keep a yearly register of training offers open to all States.',
    '2. Ms. Sow (Senegal) said that her delegation supported the register proposed by Norway.',
    '3. Mr. Lim (Singapore) said that his delegation also supported the yearly register and hoped it would be simple.',
  ].join('\n');
  assert.deepEqual(supporters(text, 'summary-record'), [['NOR', ['SEN', 'SGP']]]);
});

test('"X supported that proposal, as did Y" and "Joining that call, A and B said" name every supporter', () => {
  const text = [
    'Event report',
    'Chile proposed that the Secretariat hold regional briefings for new points of contact before each test.',
    'The representative of Peru supported that proposal, as did the delegate of Uruguay.',
    'Joining that call, the representatives of Ecuador and Bolivia said that the briefings would help small delegations.',
  ].join('\n');
  assert.deepEqual(supporters(text), [['CHL', ['PER', 'URY', 'ECU', 'BOL']]]);
});

test('a Chair who takes up a proposal takes no stance', () => {
  const text = [
    'Event report',
    'Chile proposed that the working group publish a template for national reports.',
    'The Chair supported the proposal and said it would be reflected in the draft.',
  ].join('\n');
  const chair = readDocument(text, { kind: 'event-report' }).statements.find((s) => s.speaker === 'chair');
  assert.deepEqual(chair?.stances, []);
});

test('"to support the development of…" backs no earlier proposal that shares a word', () => {
  const text = [
    'Event report',
    'Peru proposed a follow-up implementation mechanism with periodic national reports.',
    'Chile said that a new forum could help to support the development of implementation capacities.',
  ].join('\n');
  assert.deepEqual(supporters(text), [['PER', []]]);
});

test('a Programme of Action promoted by name is a proposal, and "their support of the PoA proposal" backs it', () => {
  const text = [
    'Event report',
    'Ireland highlighted that a large group of States is promoting the establishment of the PoA as a permanent, action-oriented mechanism.',
    'Delegates from Ghana, Peru and Fiji reiterated their support of the PoA proposal.',
  ].join('\n');
  assert.deepEqual(supporters(text), [['IRL', ['GHA', 'PER', 'FJI']]]);
});
