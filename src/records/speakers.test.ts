import assert from 'node:assert/strict';
import { test } from 'node:test';
import { speakerName } from './speakers.ts';

test('speakers are named in the reader’s language: States, speaking groups, organisations', () => {
  assert.equal(speakerName('RUS', 'es'), 'Federación de Rusia');
  assert.equal(speakerName('g77'), 'the Group of 77 and China');
  assert.equal(speakerName('g77', 'fr'), 'le Groupe des 77 et la Chine');
  assert.equal(speakerName('au', 'zh'), '非洲联盟');
  assert.equal(speakerName('chair', 'fr'), 'La présidence');
  assert.equal(speakerName('nobody-known', 'ar'), 'nobody-known', 'an id with no name stays as it is');
});
