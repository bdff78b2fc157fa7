import assert from 'node:assert/strict';
import { test } from 'node:test';
import { clusterTexts } from './cluster.ts';

test('similar challenges cluster together, different ones apart, with a representative closest to the centre', () => {
  const texts = [
    'Too few trained incident handlers in the CERT.',
    'The CERT lacks trained incident handlers.',
    'Shortage of skilled incident handlers.',
    'The data protection law is outdated.',
    'Our data protection law needs updating.',
    'No budget for forensic equipment.',
  ];
  const clusters = clusterTexts(texts.map((text, i) => ({ text, item: i })));
  const groups = clusters.map((c) => c.members.map((m) => m.item).sort());
  assert.deepEqual(groups, [[0, 1, 2], [3, 4], [5]]);
  assert.ok(clusters[0]!.topTerms.includes('handler'));
  const rep = clusters[0]!.members[clusters[0]!.representative]!;
  assert.ok(clusters[0]!.members.every((m) => m.similarity <= rep.similarity));
});
