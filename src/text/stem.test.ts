import assert from 'node:assert/strict';
import { test } from 'node:test';
import { stem, stemAll } from './stem.ts';

test('Porter2 makes inflections one stem', () => {
  assert.deepEqual(['trained', 'training', 'trainings'].map(stem), ['train', 'train', 'train']);
  assert.equal(stem('capacities'), stem('capacity'));
  assert.equal(stem('states'), 'state');
});

test('stemAll gives the same stems as stem, in order, for words not yet seen', () => {
  const list = ['cooperating', 'obligations', 'cooperating', 'mechanisms', "don't", 'norm'];
  assert.deepEqual(stemAll(list), list.map(stem));
});

test('words outside the Latin alphabet are their own stems', () => {
  assert.equal(stem('государства'), 'государства');
  assert.equal(stem('امن'), 'امن');
  assert.equal(stem('信息'), '信息');
});
