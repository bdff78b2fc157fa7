import assert from 'node:assert/strict';
import { test } from 'node:test';
import { clusterTexts } from './cluster.ts';

test('similar challenges cluster together, different ones apart, with a representative closest to the centre', () => {
  const texts = [
    'A shortage of trained cybersecurity staff slows implementation.',
    'Too few trained staff and a shortage of skilled personnel.',
    'Shortage of skilled cybersecurity staff in the CERT.',
    'Outdated legislation on computer-related offences delays designation of authorities.',
    'The legislation on computer offences is outdated.',
    'Insufficient budget for equipment.',
  ];
  const clusters = clusterTexts(texts.map((text, i) => ({ text, item: i })));
  const groups = clusters.map((c) => c.members.map((m) => m.item).sort());
  assert.deepEqual(groups, [[0, 1, 2], [3, 4], [5]]);
  assert.ok(clusters[0]!.topTerms.includes('staff'));
  const rep = clusters[0]!.members[clusters[0]!.representative]!;
  assert.ok(clusters[0]!.members.every((m) => m.similarity <= rep.similarity));
});
