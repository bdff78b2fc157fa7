import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { testApp } from '../testing/app.ts';
import { seedDemo } from './demo.ts';

let ctx: Awaited<ReturnType<typeof testApp>>;
before(async () => { ctx = await testApp(); await seedDemo(ctx.db); });
after(() => ctx.close());

const json = async (res: Response) => ({ status: res.status, body: await res.json() as Record<string, any> });

test('the State profile and element page show only what the viewer may see', async () => {
  const pub = await ctx.as('public'); const sec = await ctx.as('secretariat');
  const mexPublic = await (await pub.request('/states/MEX')).text();
  assert.doesNotMatch(mexPublic, /OEWG national survey 2026/, 'MEX demo report is Secretariat-only');
  assert.match(await (await sec.request('/states/MEX')).text(), /OEWG national survey 2026/);
  assert.match(await (await pub.request('/states/FRA')).text(), /OEWG national survey 2026/);
  const el = await (await pub.request('/framework/elements/norm-e')).text();
  assert.match(el, /id="reported-implementation"/);
  assert.match(el, /Implemented<\/th><td>1</, 'the public counts only the public FRA report');
});

test('API: draft saves are optimistic; a stale save returns 409 with both versions', async () => {
  const sec = await ctx.as('secretariat'); const nzl = await ctx.as('delegate');
  const cy = await json(await sec.request('/api/v1/reporting/cycles', { json: { title: 'API survey', opensOn: '2026-01-01', dueOn: '2099-06-30', closesOn: '2099-12-31', states: ['NZL', 'FRA'] } }));
  assert.equal(cy.status, 201);
  const started = await json(await nzl.request(`/api/v1/reporting/cycles/${cy.body.cycle.id}/reports`, { json: { language: 'en', visibility: 'public' } }));
  assert.equal(started.status, 201);
  const id = started.body.report.id;
  const put = (lockVersion: number, answers: unknown) => nzl.request(`/api/v1/reports/${id}/draft`, { method: 'PUT', json: { lockVersion, answers } });
  assert.equal((await put(0, { general: { pointsOfContact: 'First colleague' } })).status, 200);
  const conflict = await json(await put(0, { general: { pointsOfContact: 'Second colleague' } }));
  assert.equal(conflict.status, 409);
  assert.equal(conflict.body.error.code, 'report.stale');
  assert.equal(conflict.body.yours.answers.general.pointsOfContact, 'Second colleague');
  assert.equal(conflict.body.current.answers.general.pointsOfContact, 'First colleague');
  assert.equal(conflict.body.current.lockVersion, 1);

  const big = await json(await put(1, { elements: { 'norm-a': { measures: 'x'.repeat(20_001), status: 'maybe' } } }));
  assert.equal(big.status, 400);
  assert.equal(big.body.error.code, 'report.invalid');
  assert.ok(big.body.error.fields['elements.norm-a.measures'] && big.body.error.fields['elements.norm-a.status']);

  const sub = await json(await nzl.request(`/api/v1/reports/${id}/submit`, { json: { lockVersion: 1 } }));
  assert.equal(sub.status, 201);
  assert.match(sub.body.receipt, /\/NZL\/R1$/);
  const pub = await ctx.as('public');
  assert.equal((await pub.request(`/api/v1/reports/${id}`)).status, 200, 'a public report is public');
});

test('API: submitting into a closed cycle answers report.cycle_closed', async () => {
  const sec = await ctx.as('secretariat'); const fra = await ctx.as('otherDelegate');
  const cy = await json(await sec.request('/api/v1/reporting/cycles', { json: { title: 'Closed survey', opensOn: '2023-01-01', dueOn: '2023-02-01', closesOn: '2023-03-01', states: ['FRA'] } }));
  const r = await json(await fra.request(`/api/v1/reporting/cycles/${cy.body.cycle.id}/reports`, { json: {} }));
  const res = await json(await fra.request(`/api/v1/reports/${r.body.report.id}/submit`, { json: {} }));
  assert.equal(res.status, 409);
  assert.equal(res.body.error.code, 'report.cycle_closed');
  assert.match(res.body.error.message, /Ask the Secretariat to reopen/);
});

test('PDF export without Chromium answers export.pdf_unavailable', async () => {
  const saved = process.env.CHROMIUM_PATH;
  process.env.CHROMIUM_PATH = '/nonexistent/chromium';
  try {
    const pub = await ctx.as('public');
    const list = await json(await pub.request('/api/v1/reports'));
    const fra = list.body.reports.find((r: { state: string }) => r.state === 'FRA');
    const res = await json(await pub.request(`/api/v1/reports/${fra.id}/export.pdf`));
    assert.equal(res.status, 501);
    assert.equal(res.body.error.code, 'export.pdf_unavailable');
  } finally {
    if (saved === undefined) delete process.env.CHROMIUM_PATH; else process.env.CHROMIUM_PATH = saved;
  }
});
