import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { apiContract } from '../testing/apiContract.ts';
import { testApp } from '../testing/app.ts';
import { seedDemo } from './demo.ts';

let ctx: Awaited<ReturnType<typeof testApp>>;
before(async () => {
  ctx = await testApp();
  await seedDemo(ctx.db);
});
after(() => ctx.close());

const json = async (res: Response) => ({ status: res.status, body: (await res.json()) as Record<string, any> });

test('the State profile and element page show only what the viewer may see', async () => {
  const pub = await ctx.as('public');
  const sec = await ctx.as('secretariat');
  const mexPublic = await (await pub.request('/states/MEX')).text();
  assert.doesNotMatch(mexPublic, /OEWG national survey 2026/, 'MEX demo report is Secretariat-only');
  assert.match(await (await sec.request('/states/MEX')).text(), /OEWG national survey 2026/);
  assert.match(await (await pub.request('/states/FRA')).text(), /OEWG national survey 2026/);
  const el = await (await pub.request('/framework/elements/norm-e')).text();
  assert.match(el, /id="reported-implementation"/);
  assert.match(el, /Implemented<\/th><td>1</, 'the public counts only the public FRA report');
});

test('API: draft saves are optimistic; a stale save returns 409 with both versions', async () => {
  const sec = await ctx.as('secretariat');
  const nzl = await ctx.as('delegate');
  const cy = await json(
    await sec.request('/api/v1/reporting/cycles', {
      json: { title: 'API survey', opensOn: '2026-01-01', dueOn: '2099-06-30', closesOn: '2099-12-31', states: ['NZL', 'FRA'] },
    }),
  );
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
  const sec = await ctx.as('secretariat');
  const fra = await ctx.as('otherDelegate');
  const cy = await json(
    await sec.request('/api/v1/reporting/cycles', {
      json: { title: 'Closed survey', opensOn: '2023-01-01', dueOn: '2023-02-01', closesOn: '2023-03-01', states: ['FRA'] },
    }),
  );
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
    if (saved === undefined) delete process.env.CHROMIUM_PATH;
    else process.env.CHROMIUM_PATH = saved;
  }
});

test('every reporting API route answers what its OpenAPI schema declares (camelCase, ISO dates, nothing undeclared)', async () => {
  const api = apiContract('reporting');
  const sec = await ctx.as('secretariat');
  const nzl = await ctx.as('delegate');
  const pub = await ctx.as('public');
  const go = (who: typeof sec, method: string, path: string, json?: unknown, headers?: Record<string, string>, body?: BodyInit) =>
    who.request(path, { method: method.toUpperCase(), json, headers, body }).then((res) => api.check(res, method, path));

  await go(pub, 'get', '/api/v1/reporting/cycles');
  const { cycle } = await go(sec, 'post', '/api/v1/reporting/cycles', {
    title: 'Contract survey',
    opensOn: '2026-01-01',
    dueOn: '2099-06-30',
    closesOn: '2099-12-31',
    states: ['NZL', 'FRA'],
  });
  assert.equal(cycle.expected, 2);
  const cy = `/api/v1/reporting/cycles/${cycle.id}`;
  const one = await go(pub, 'get', cy);
  assert.equal(one.cycle.opensOn, '2026-01-01');
  await go(pub, 'get', `${cy}/questionnaire.docx?lang=fr`);
  const { rule } = await go(sec, 'post', `${cy}/rules`, { kind: 'max-length', field: 'measures', amount: 5000, severity: 'warning' });
  await go(pub, 'get', `${cy}/rules`);
  await go(sec, 'post', `${cy}/rules/${rule.id}/retire`);
  await go(sec, 'post', `${cy}/reopen`, { stateIso3: 'FRA' });
  await go(sec, 'post', `${cy}/reminders`, { states: ['FRA'] });

  const { report } = await go(nzl, 'post', `${cy}/reports`, { language: 'en', visibility: 'public' });
  const r = `/api/v1/reports/${report.id}`;
  await go(nzl, 'get', `${r}/draft`);
  const answers = {
    general: { pointsOfContact: 'The national CERT' },
    elements: { 'norm-a': { status: 'implemented', measures: 'A national strategy.', links: ['https://example.org/strategy'] } },
    capacityNeeds: [{ element: 'norm-a', kind: 'training', priority: 'high' }],
  };
  const saved = await go(nzl, 'put', `${r}/draft`, { lockVersion: 0, answers });
  assert.equal(saved.lockVersion, 1);
  const csv = await go(nzl, 'get', `${r}/export.csv?source=draft`);
  await go(nzl, 'get', `${r}/export.json?source=draft`);
  const { preview } = await go(
    nzl,
    'post',
    `${r}/imports?format=csv`,
    undefined,
    { 'content-type': 'text/csv' },
    csv.replace('A national strategy.', 'A national strategy, revised.'),
  );
  assert.ok(preview.valid, JSON.stringify(preview.errors));
  await go(nzl, 'post', `${r}/imports/${preview.importId}/confirm`, {});
  const second = (await go(nzl, 'post', `${r}/imports?format=json`, undefined, { 'content-type': 'application/json' }, JSON.stringify(answers))).preview;
  await go(nzl, 'post', `${r}/imports/${second.importId}/cancel`);
  const first = await go(nzl, 'post', `${r}/submit`, { lockVersion: 2 });
  await go(nzl, 'put', `${r}/draft`, { lockVersion: 2, answers: { ...answers, general: { pointsOfContact: 'The national CERT and the ministry' } } });
  await go(nzl, 'post', `${r}/submit`, { lockVersion: 3 });
  await go(nzl, 'patch', r, { visibility: 'public' });

  const list = await go(pub, 'get', `/api/v1/reports?cycle=${cycle.id}`);
  assert.equal(list.reports[0].id, report.id);
  const shown = await go(pub, 'get', r);
  assert.equal(shown.latest.revision, 2);
  await go(pub, 'get', `${r}/revisions`);
  const rev = await go(pub, 'get', `${r}/revisions/1`);
  assert.equal(rev.revision.receipt, first.receipt);
  const diff = await go(pub, 'get', `${r}/diff?from=1&to=2`);
  assert.ok(diff.changes.some((c: { field: string }) => c.field === 'general.pointsOfContact'));
  await go(nzl, 'post', `${r}/revisions/2/translations`, {
    language: 'fr',
    method: 'human',
    answers: {
      ...answers,
      general: { pointsOfContact: 'Le CERT national et le ministère' },
      elements: { 'norm-a': { ...answers.elements['norm-a'], measures: 'Une stratégie nationale.' } },
    },
  });
  await go(pub, 'get', `${r}/revisions/2/translations`);
  await go(pub, 'get', `${r}/export.docx`);
  await go(pub, 'get', `${r}/export.json`);
  await go(pub, 'get', `${r}/export.csv`);
  await go(sec, 'get', `${cy}/monitor`);
  await go(nzl, 'post', `${r}/withdraw`, { reason: 'Replaced by a later report.' });
  // Chromium prints the two PDFs where it is installed (CI installs it); elsewhere they answer 501.
  const pdf = await pub.request(`${cy}/questionnaire.pdf?lang=ar`);
  if (pdf.status !== 501) {
    await api.check(pdf, 'get', `${cy}/questionnaire.pdf`);
    await api.check(await sec.request(`${r}/export.pdf`), 'get', `${r}/export.pdf`);
  }
  assert.deepEqual(
    api.unchecked().filter((o) => !o.endsWith('.pdf')),
    [],
  );
});
