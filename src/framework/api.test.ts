import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { apiContract } from '../testing/apiContract.ts';
import { testApp } from '../testing/app.ts';
import { FRAMEWORK_GM } from './catalogue/globalMechanism.ts';

let ctx: Awaited<ReturnType<typeof testApp>>;
before(async () => {
  ctx = await testApp();
});
after(() => ctx.close());

test('every framework API route answers what its OpenAPI schema declares (camelCase, nothing undeclared)', async () => {
  const api = apiContract('framework');
  const sec = await ctx.as('secretariat');
  const pub = await ctx.as('public');
  const go = (who: typeof sec, method: string, path: string, json?: unknown, op?: string) =>
    who.request(path, { method: method.toUpperCase(), json }).then((res) => api.check(res, method, path, { op }));

  const fw = await go(pub, 'get', '/api/v1/framework');
  assert.ok(fw.pillars.length >= 5);
  const el = await go(pub, 'get', '/api/v1/framework/elements/norm-a', undefined, '/api/v1/framework/elements/{id}');
  assert.equal(el.frameworkVersion, fw.version.id);
  await go(pub, 'get', '/api/v1/framework/elements/gm-thematic-groups?version=global-mechanism', undefined, '/api/v1/framework/elements/{id}');
  await go(sec, 'post', '/api/v1/stance-questions', {
    id: 'contract-fund',
    question: 'Should a voluntary fund pay for training?',
    pillarId: 'capacity-building',
    lexicon: { topic: ['voluntary fund'] },
  });
  const qs = await go(pub, 'get', '/api/v1/stance-questions');
  assert.ok(qs.questions.some((q: { id: string }) => q.id === 'contract-fund'));

  await go(sec, 'post', '/api/v1/framework-versions', {
    id: 'gm-contract',
    title: 'A framework for the contract test',
    predecessor: FRAMEWORK_GM.id,
    copyFrom: FRAMEWORK_GM.id,
    mapUnchanged: true,
  });
  const list = await go(pub, 'get', '/api/v1/framework-versions');
  assert.ok(list.versions.some((v: { id: string; processes: string[] }) => v.id === FRAMEWORK_GM.id && v.processes.includes('global-mechanism')));
  const pillars = FRAMEWORK_GM.pillars.map((p) => ({ id: p.id, title: p.title, description: p.description, source: p.source, lexicon: p.lexicon }));
  const elements = FRAMEWORK_GM.elements.map((e) => ({
    id: e.id,
    pillar: e.pillar,
    title: e.title,
    description: e.description,
    source: e.source,
    lexicon: e.lexicon,
  }));
  const extra = {
    id: 'gm-contract-theme',
    pillar: 'institutional-dialogue',
    title: 'A theme added later',
    description: '',
    source: { symbol: 'A/82/000', paragraph: '1' },
    lexicon: ['contract theme'],
  };
  await go(sec, 'put', '/api/v1/framework-versions/gm-contract', { pillars, elements: [...elements, extra] }, '/api/v1/framework-versions/{version}');
  await go(
    sec,
    'post',
    '/api/v1/framework-versions/gm-contract/mappings',
    { mappings: [{ fromElement: 'gm-thematic-groups', toElement: 'gm-contract-theme', relation: 'split' }] },
    '/api/v1/framework-versions/{version}/mappings',
  );
  const v = await go(pub, 'get', '/api/v1/framework-versions/gm-contract', undefined, '/api/v1/framework-versions/{version}');
  assert.equal(v.inUse, false);
  assert.ok(v.mappings.some((m: { relation: string }) => m.relation === 'split'));
  assert.deepEqual(api.unchecked(), []);
});
