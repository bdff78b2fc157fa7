import assert from 'node:assert/strict';
import { test } from 'node:test';
import { readDocument } from './read.ts';

// Stance shapes met in real records, written in our own words.

const stancesOf = (text: string, kind: 'event-report' | 'transcript' = 'event-report') => {
  const out: Record<string, string> = {};
  for (const s of readDocument(text, { kind }).statements) for (const x of s.stances) out[`${s.speaker}|${x.question}`] = x.value;
  return out;
};

test('a proposal whose clause names the topic supports it, and its supporters inherit the stance', () => {
  const text = [
    'Event report',
    'Peru proposed that the working group publish a common reporting template for national reports every three years. This was supported by Ghana and Fiji.',
  ].join('\n');
  const s = stancesOf(text);
  assert.equal(s['PER|national-reports'], 'supports');
  assert.equal(s['GHA|national-reports'], 'supports');
  assert.equal(s['FJI|national-reports'], 'supports');
});

test('a proposal for a part of the future mechanism is no stance on creating a body', () => {
  const text = ['Event report', 'Peru proposed that the future mechanism include a small voluntary fund for travel.'].join('\n');
  assert.equal(stancesOf(text)['PER|new-institutional-body'], undefined);
});

test('a speaker named as opposing takes the opposite of what the sentence supports', () => {
  const text = ['Event report', 'Many, opposed by Belarus, called for the negotiation of a legally binding instrument.'].join('\n');
  assert.equal(stancesOf(text)['BLR|legally-binding-instrument'], 'opposes');
});

test('"existing law is a sufficient framework" rejects a new instrument; a submitted concept of a convention calls for one', () => {
  const text = [
    'Event report',
    'Norway said that existing international law, read with the agreed norms, provided a sufficient framework.',
    'Belarus said it had circulated a revised concept of a convention and asked others to study it.',
  ].join('\n');
  const s = stancesOf(text);
  assert.equal(s['NOR|legally-binding-instrument'], 'opposes');
  assert.equal(s['BLR|legally-binding-instrument'], 'supports');
});

test('a transcript line for several States gives each the turn and its stances', () => {
  const text = [
    'Transcript',
    'Chair',
    'I give the floor to Bolivia.',
    'Bolivia (also on behalf of Cuba and Nicaragua)',
    'Thank you, Chair. Our delegations call for the negotiation of a legally binding instrument.',
  ].join('\n');
  const r = readDocument(text, { kind: 'transcript' });
  assert.deepEqual(
    r.statements.map((x) => [x.speaker, x.joint ?? []]),
    [
      ['chair', []],
      ['BOL', ['CUB', 'NIC']],
      ['CUB', ['BOL', 'NIC']],
      ['NIC', ['BOL', 'CUB']],
    ],
  );
  assert.equal(stancesOf(text, 'transcript')['NIC|legally-binding-instrument'], 'supports');
});

test('"participation" counts as the stakeholders\' topic when the meeting is about them', () => {
  const text = [
    'Event report',
    'The meeting considered the modalities for the participation of non-governmental stakeholders.',
    'It is too early to settle participation in the thematic groups before they agree on their methods, Chad said.',
  ].join('\n');
  const s = stancesOf(text);
  assert.equal(s['TCD|multistakeholder'], 'premature');
  assert.equal(s['TCD|new-institutional-body'], undefined);
});

test('a proposal on reports already named, in a voluntary form, supports reporting; a joint supporter shares it', () => {
  const text = [
    'Event report',
    'The meeting turned to national reports.',
    'Chile, supported by Peru, proposed that the reports be submitted every three years on a voluntary basis.',
  ].join('\n');
  const s = stancesOf(text);
  assert.equal(s['CHL|national-reports'], 'supports');
  assert.equal(s['PER|national-reports'], 'supports');
});

test('keeping a paragraph on a topic, seeing the PoA as the home for the dialogue, asking for a legal instrument', () => {
  const text = [
    'Event report',
    'Finland said that the paragraph on national reports should be kept, and asked the Chair to retain the paragraph on national reports.',
    'Ghana said that it saw the PoA as the right home for regular dialogue.',
    'Laos said that the world needed a new legal instrument built by all States.',
    'Togo said that its proposals for a convention should appear in the report.',
  ].join('\n');
  const s = stancesOf(text);
  assert.equal(s['FIN|national-reports'], 'supports');
  assert.equal(s['GHA|new-institutional-body'], 'supports');
  assert.equal(s['LAO|legally-binding-instrument'], 'supports');
  assert.equal(s['TGO|legally-binding-instrument'], 'supports');
});

test('a weak cue about another matter does not overturn a strong call in a sentence on the topic', () => {
  const text = [
    'Event report',
    'Negotiating a legally binding instrument should be a goal of the working group, Zambia stated. The delegation added that the group could not settle the question of self-defence at this stage.',
  ].join('\n');
  assert.equal(stancesOf(text)['ZMB|legally-binding-instrument'], 'supports');
});
