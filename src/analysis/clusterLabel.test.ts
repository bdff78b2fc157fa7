import assert from 'node:assert/strict';
import { test } from 'node:test';
import { clusterTexts } from '../text/cluster.ts';
import { clusterLabel } from './clusterLabel.ts';
import { admit } from './confidential.ts';

test('the aggregate rule: restricted rows count only in aggregates of at least N', () => {
  const rows = (n: number, hidden: number) => Array.from({ length: n }, (_, i) => ({ readable: i >= hidden }));
  assert.deepEqual(admit(rows(2, 2), 3), { rows: [], suppressed: true });
  assert.equal(admit(rows(3, 2), 3).rows.length, 3);
  assert.deepEqual(admit(rows(2, 1), 3), { rows: [{ readable: true }], suppressed: true });
  assert.equal(admit(rows(2, 0), 3).suppressed, false);
});

test("a cluster is labelled with a phrase in the States' words, taken only from texts the reader may read", () => {
  const texts = [
    'A shortage of trained cybersecurity staff slows implementation.',
    'Too few trained staff and a shortage of skilled personnel.',
    'Shortage of skilled cybersecurity staff in the CERT.',
    'Outdated legislation on computer-related offences delays designation of authorities.',
    'The legislation on computer offences is outdated.',
    'Insufficient budget for equipment.',
  ];
  const clusters = clusterTexts(texts.map((text, i) => ({ text, item: i })));
  const staff = clusters[0]!;
  const law = clusters[1]!;
  const members = staff.members.map((m) => m.text);
  const label = clusterLabel(members, members, staff.weights)!;
  assert.match(label, /staff/);
  assert.ok(label.split(' ').length >= 2, `a phrase: ${label}`);
  assert.doesNotMatch(label, /\bshortag\b|\btrain\b|\bskill\b/, 'words, not stems');
  assert.match(
    clusterLabel(
      law.members.map((m) => m.text),
      law.members.map((m) => m.text),
      law.weights,
    )!,
    /legislation|computer/,
  );
  // Quotable: only the second text. Every word of the label is in it.
  const only = clusterLabel([texts[1]!], members, staff.weights)!;
  for (const w of only.split(' ')) assert.ok(texts[1]!.toLowerCase().includes(w.toLowerCase()), `${w} comes from a quotable text`);
  assert.equal(clusterLabel([], members, staff.weights), null, 'nothing quotable, no label');
});
