import assert from 'node:assert/strict';
import { test } from 'node:test';
import { readDocument } from './read.ts';

// Proposals as real national statements and reports word them, written in our own words.

const proposals = (text: string, kind: 'event-report' | 'statement' = 'event-report') =>
  readDocument(text, { kind }).proposals.map((p) => [p.by, p.summary.split(':')[0]]);

test('a delegation asking the Chair to change the text proposes the change', () => {
  const text = [
    'Event report',
    'Brazil asked the Chair to shorten the section on threats so that the report stays readable for capitals.',
    'Kenya requested the deletion of the second sentence of paragraph 12 on regional organisations.',
  ].join('\n');
  assert.deepEqual(proposals(text), [
    ['BRA', 'Shorten the section on threats so that the report stays readable for capitals'],
    ['KEN', 'Deletion of the second sentence of paragraph 12 on regional organisations'],
  ]);
});

test('"we suggest" and "we recommend" in a national statement propose', () => {
  const text = [
    'Statement by the delegation of Ghana',
    'Ghana thanks the Chair for the revised draft.',
    'We suggest that the Secretariat publish a yearly overview of the capacity-building requests it receives.',
  ].join('\n');
  assert.deepEqual(proposals(text, 'statement'), [['GHA', 'The Secretariat publish a yearly overview of the capacity-building requests it receives']]);
});

test('a delegation that would not ask for a change proposes nothing', () => {
  const text = ['Event report', 'Chile said it would not request the deletion of paragraph 4, although it had doubts about its wording.'].join('\n');
  assert.deepEqual(proposals(text), []);
});

test('a change asked for in the passive, and recommendations made, are proposals; a refusal to change is not', () => {
  const text = [
    'Event report',
    'Mali stated that the reference to the 2021 consensus report should be included in the final draft.',
    'With this in mind, Japan made recommendations to include direct references to the earlier reports of the experts.',
    'Chile said that no paragraph should be deleted from the report at this stage.',
  ].join('\n');
  assert.deepEqual(proposals(text), [
    ['MLI', 'The reference to the 2021 consensus report should be included in the final draft'],
    ['JPN', 'Include direct references to the earlier reports of the experts'],
  ]);
});
