import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { apiContract } from '../testing/apiContract.ts';
import { testApp } from '../testing/app.ts';

/** Every processes API route's real response parses with the schema its OpenAPI operation declares. */
let ctx: Awaited<ReturnType<typeof testApp>>;
before(async () => {
  ctx = await testApp();
});
after(() => ctx.close());

test('processes API: each response is what its declared schema says', async () => {
  const api = apiContract('processes');
  const sec = await ctx.as('secretariat');
  await api.check(await ctx.app.request('/api/v1/processes'), 'get', '/api/v1/processes');
  const gm = '/api/v1/processes/{slug}';
  await api.check(
    await sec.request('/api/v1/processes/global-mechanism/cycles', { json: { title: 'Contract cycle', startsOn: '2030-01-01', endsOn: '2031-12-31' } }),
    'post',
    '',
    { op: `${gm}/cycles` },
  );
  await api.check(
    await sec.request('/api/v1/processes/global-mechanism/bodies', { json: { kind: 'dtg', title: 'Contract group', theme: 'Contracts' } }),
    'post',
    '',
    { op: `${gm}/bodies` },
  );
  const { session } = await api.check(
    await sec.request('/api/v1/processes/global-mechanism/sessions', {
      json: { body: 'plenary', title: 'Contract session', startsOn: '2030-02-02', endsOn: '2030-02-03', agendaItems: [{ number: '1', title: 'Opening' }] },
    }),
    'post',
    '',
    { op: `${gm}/sessions` },
  );
  await api.check(
    await sec.request(`/api/v1/processes/global-mechanism/sessions/${session.id}/agenda-items`, { json: { number: '2', title: 'Close' } }),
    'post',
    '',
    { op: `${gm}/sessions/{id}/agenda-items` },
  );
  for (const slug of ['global-mechanism', 'oewg-2021-2025', 'oewg-2019-2021']) {
    const { process } = await api.check(await ctx.app.request(`/api/v1/processes/${slug}`), 'get', '', { op: gm });
    assert.equal(process.slug, slug);
  }
  assert.deepEqual(api.unchecked(), []);
});
