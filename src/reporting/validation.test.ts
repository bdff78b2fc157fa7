import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { testApp } from '../testing/app.ts';
import { addValidationRule } from './commands/addValidationRule.ts';
import { FormError } from './fieldErrors.ts';
import { cycleMonitor, cycleRules, listReports } from './queries.ts';
import { retireValidationRule } from './commands/retireValidationRule.ts';
import { saveDraft } from './commands/saveDraft.ts';
import { startReport } from './commands/startReport.ts';
import { RulesFailed, submitReport } from './commands/submitReport.ts';
import { demoActors, testCycle } from '../testing/factories.ts';
import { codeOf, lockOf } from './testing.ts';

let ctx: Awaited<ReturnType<typeof testApp>>;
let A: Awaited<ReturnType<typeof demoActors>>;
before(async () => {
  ctx = await testApp();
  A = await demoActors(ctx.db);
});
after(() => ctx.close());

const newCycle = async (states = ['NZL', 'FRA']) => (await testCycle(ctx.db, { states })).id;

test('an empty report is refused with report.empty, writes no revision and is not counted', async () => {
  const cycle = await newCycle();
  const r = await startReport(ctx.db, A.nzl, cycle);
  assert.equal(await codeOf(submitReport(ctx.db, A.nzl, r.id)), 'report.empty');
  // Blank strings and a capacity-need row without its kind are normalised away: still empty.
  const s = await saveDraft(ctx.db, A.nzl, r.id, {
    lockVersion: 0,
    answers: { general: { pointsOfContact: '   ' }, elements: { 'norm-a': { measures: '' } } },
  });
  const err = await submitReport(ctx.db, A.nzl, r.id, { lockVersion: s.lockVersion }).catch((e) => e);
  assert.equal(err.code, 'report.empty');
  assert.equal(err.status, 422);
  const revisions = await ctx.db.selectFrom('national_report_revisions').select('revision').where('report_id', '=', r.id).execute();
  assert.equal(revisions.length, 0);
  const m = await cycleMonitor(ctx.db, cycle);
  assert.equal(m.totals['submitted-on-time'], 0, 'not counted on time');
  assert.equal(m.totals.draft, 1);
  // One answer is enough to submit.
  const one = await saveDraft(ctx.db, A.nzl, r.id, { lockVersion: s.lockVersion, answers: { elements: { 'norm-a': { status: 'planned' } } } });
  assert.equal((await submitReport(ctx.db, A.nzl, r.id, { lockVersion: one.lockVersion })).revision, 1);
});

test('rules warn on save and refuse on submit only when their severity is error; retired rules stop applying', async () => {
  const cycle = await newCycle();
  // Every cycle starts with the default: "implemented" needs the measures taken, as a warning.
  assert.deepEqual(
    (await cycleRules(ctx.db, cycle)).map((r) => [r.kind, r.severity]),
    [['implemented-needs-measure', 'warning']],
  );
  const required = await addValidationRule(ctx.db, A.secretariat, cycle, { kind: 'required', target: 'cbm-poc' });
  await addValidationRule(ctx.db, A.secretariat, cycle, { kind: 'min-length', field: 'measures', amount: 20, severity: 'error' });
  await addValidationRule(ctx.db, A.secretariat, cycle, { kind: 'max-length', field: 'general.pointsOfContact', amount: 10, severity: 'warning' });
  assert.equal(await codeOf(addValidationRule(ctx.db, A.secretariat, cycle, { kind: 'required', target: 'cbm-poc' })), 'cycle.rule_exists');
  assert.equal(await codeOf(addValidationRule(ctx.db, A.nzl, cycle, { kind: 'required', target: 'norm-a' })), 'auth.forbidden');

  const r = await startReport(ctx.db, A.nzl, cycle);
  const s = await saveDraft(ctx.db, A.nzl, r.id, {
    lockVersion: 0,
    answers: {
      general: { pointsOfContact: 'National Cyber Security Centre' },
      elements: { 'norm-a': { status: 'implemented' }, 'norm-b': { status: 'planned', measures: 'Too short' } },
    },
  });
  const byField = Object.fromEntries(s.warnings.map((w) => [w.field, [w.key, w.severity]]));
  assert.deepEqual(
    byField,
    {
      'elements.cbm-poc.status': ['reporting.rule.requiredElement', 'error'],
      'elements.norm-a.measures': ['reporting.rule.needsMeasure', 'warning'],
      'elements.norm-b.measures': ['reporting.rule.minLength', 'error'],
      'general.pointsOfContact': ['reporting.rule.maxLength', 'warning'],
    },
    'saved, with every rule the draft breaks',
  );

  const refused = await submitReport(ctx.db, A.nzl, r.id, { lockVersion: s.lockVersion }).catch((e) => e);
  assert.ok(refused instanceof RulesFailed);
  assert.equal(refused.status, 422);
  assert.deepEqual(Object.keys(refused.fields!).sort(), ['elements.cbm-poc.status', 'elements.norm-b.measures'], 'only errors refuse; warnings do not');
  assert.match(refused.fields!['elements.norm-b.measures']!, /At least 20 characters are asked for \(now 9\)/);

  // Fix the one, retire the other: submitted, and the warnings did not block it.
  await retireValidationRule(ctx.db, A.secretariat, cycle, required.id);
  assert.equal(await codeOf(retireValidationRule(ctx.db, A.secretariat, cycle, required.id)), 'cycle.rule_not_found');
  const fixed = await saveDraft(ctx.db, A.nzl, r.id, {
    lockVersion: s.lockVersion,
    answers: {
      general: { pointsOfContact: 'National Cyber Security Centre' },
      elements: { 'norm-a': { status: 'implemented' }, 'norm-b': { status: 'planned', measures: 'A strategy is being drafted with operators.' } },
    },
  });
  assert.equal((await submitReport(ctx.db, A.nzl, r.id, { lockVersion: fixed.lockVersion })).revision, 1);
  const kept = await ctx.db.selectFrom('reporting_validation_rules').select(['retired_at']).where('id', '=', required.id).executeTakeFirstOrThrow();
  assert.ok(kept.retired_at, 'a retired rule is kept, with when');
});

test("a rule must name what it applies to; messages are keys the form shows in the reader's language", async () => {
  const cycle = await newCycle();
  const e1 = await addValidationRule(ctx.db, A.secretariat, cycle, { kind: 'min-length' }).catch((e) => e);
  assert.ok(e1 instanceof FormError);
  assert.deepEqual(Object.fromEntries(Object.entries(e1.messages).map(([k, v]) => [k, v.key])), {
    field: 'reporting.err.ruleField',
    amount: 'reporting.err.ruleAmount',
  });
  assert.match(e1.fields!.amount!, /whole number of characters/, 'the API gets English');
  const e2 = await addValidationRule(ctx.db, A.secretariat, cycle, { kind: 'required', target: 'threat-ransomware' }).catch((e) => e);
  assert.equal(e2.messages.target.key, 'reporting.err.ruleTarget');
  assert.equal(
    (await addValidationRule(ctx.db, A.secretariat, cycle, { kind: 'required', target: 'general.pointsOfContact' })).target,
    'general.pointsOfContact',
  );
});

test('autosave writes only when the answers changed, under its own audit action', async () => {
  const cycle = await newCycle();
  const r = await startReport(ctx.db, A.nzl, cycle);
  const answers = { elements: { 'norm-a': { status: 'planned' as const } } };
  const first = await saveDraft(ctx.db, A.nzl, r.id, { lockVersion: 0, answers }, { autosave: true });
  assert.equal(first.written, true);
  const again = await saveDraft(ctx.db, A.nzl, r.id, { lockVersion: first.lockVersion, answers }, { autosave: true });
  assert.equal(again.written, false);
  assert.equal(await lockOf(ctx.db, r.id), first.lockVersion, 'no new version for unchanged answers');
  const events = await ctx.db
    .selectFrom('audit_events')
    .select('action')
    .where('item_type', '=', 'national_report')
    .where('item_id', '=', String(r.id))
    .execute();
  assert.deepEqual(
    events.map((e) => e.action).filter((a) => a.startsWith('report.draft')),
    ['report.draft_autosaved'],
  );
  // A stale autosave is refused like a stale save; nothing is overwritten.
  assert.equal(
    await codeOf(saveDraft(ctx.db, A.nzl, r.id, { lockVersion: 0, answers: { elements: { 'norm-b': { status: 'planned' } } } }, { autosave: true })),
    'report.stale',
  );
});

test("the report form: review step, errors beside fields in the reader's language with the typed text kept, submit from the review", async () => {
  const cycle = await newCycle();
  await addValidationRule(ctx.db, A.secretariat, cycle, { kind: 'min-length', field: 'measures', amount: 20, severity: 'error' });
  const r = await startReport(ctx.db, A.nzl, cycle);
  const nzl = await ctx.as('delegate');
  const edit = await (await nzl.request(`/reports/${r.id}/edit`)).text();
  assert.match(edit, /<script src="\/assets\/report-form.js" defer(="")?><\/script>/);
  assert.match(edit, /data-autosave="\/reports\/\d+\/autosave"/);
  assert.match(edit, /value="review"/);

  // An invalid link: nothing saved, the page comes back with the typed text and the error in French beside the field.
  const bad = await nzl.request(`/reports/${r.id}/edit?lang=fr`, {
    form: {
      lockVersion: '0',
      intent: 'save',
      'elements.norm-a.status': 'implemented',
      'elements.norm-a.measures': 'Stratégie nationale adoptée en 2025.',
      'elements.norm-a.links': 'pas une adresse',
    },
  });
  assert.equal(bad.status, 400);
  const html = await bad.text();
  assert.match(html, /Stratégie nationale adoptée en 2025\./);
  assert.match(html, /<p class="field-error" id="err-elements.norm-a.links">Indiquez une adresse web complète/);
  assert.match(html, /aria-describedby="err-elements.norm-a.links"/);
  assert.doesNotMatch(html, />elements\.norm-a\.links</, 'the summary names the field in words, not its id');
  assert.equal(await lockOf(ctx.db, r.id), 0);

  // Save a measure that is too short: saved, flagged beside the field; "Review and submit" goes to the review.
  const save = await nzl.request(`/reports/${r.id}/edit`, {
    form: { lockVersion: '0', intent: 'review', 'elements.norm-a.status': 'implemented', 'elements.norm-a.measures': 'Too short' },
  });
  assert.equal(save.status, 303);
  assert.equal(save.headers.get('location'), `/reports/${r.id}/review`);
  const review = await (await nzl.request(`/reports/${r.id}/review`)).text();
  assert.match(review, /id="review-errors"/);
  assert.match(review, /At least 20 characters are asked for \(now 9\)/);
  assert.doesNotMatch(review, /action="\/reports\/\d+\/submit"/, 'no Submit while a blocking rule is broken');
  assert.match(review, /data-section="norms"[\s\S]*?1 of 11 answered/);

  // Posting the submission anyway: refused, back on the form with the error beside the field (Arabic).
  const forced = await nzl.request(`/reports/${r.id}/submit?lang=ar`, { form: { lockVersion: '1' } });
  assert.equal(forced.status, 422);
  const ar = await forced.text();
  assert.match(ar, /id="err-elements.norm-a.measures">المطلوب 20 حرف على الأقل \(الآن 9\)/);

  await nzl.request(`/reports/${r.id}/edit`, {
    form: { lockVersion: '1', intent: 'save', 'elements.norm-a.status': 'implemented', 'elements.norm-a.measures': 'A national strategy adopted in 2025.' },
  });
  const ok = await (await nzl.request(`/reports/${r.id}/review`)).text();
  assert.match(ok, /Submit revision 1/);
  const stale = await nzl.request(`/reports/${r.id}/submit`, { form: { lockVersion: '1' } });
  assert.equal(stale.headers.get('location'), `/reports/${r.id}/review?stale=1`, 'what you saw is what you submit');
  const done = await nzl.request(`/reports/${r.id}/submit`, { form: { lockVersion: '2' } });
  assert.equal(done.status, 303);
  assert.match(done.headers.get('location') ?? '', /\/revisions\/1\/receipt\?new=1$/);
});

test('autosave over HTTP answers JSON; the script is served by Accord', async () => {
  const cycle = await newCycle();
  const r = await startReport(ctx.db, A.nzl, cycle);
  const nzl = await ctx.as('delegate');
  const res = await nzl.request(`/reports/${r.id}/autosave`, {
    form: { lockVersion: '0', 'general.pointsOfContact': 'NCSC' },
    headers: { accept: 'application/json' },
  });
  assert.equal(res.status, 200);
  const body = (await res.json()) as { lockVersion: number; written: boolean };
  assert.deepEqual([body.lockVersion, body.written], [1, true]);
  const stale = await nzl.request(`/reports/${r.id}/autosave`, {
    form: { lockVersion: '0', 'general.pointsOfContact': 'Other' },
    headers: { accept: 'application/json' },
  });
  assert.equal(stale.status, 409);
  assert.equal(((await stale.json()) as { error: { code: string } }).error.code, 'report.stale');
  const js = await (await ctx.as('public')).request('/assets/report-form.js');
  assert.equal(js.status, 200);
  assert.match(js.headers.get('content-type') ?? '', /javascript/);
  assert.match(await js.text(), /beforeunload/);
});

test("the cycle form comes back with its values and each error beside its field, in the reader's language", async () => {
  const sec = await ctx.as('secretariat');
  const res = await sec.request('/reporting/cycles?lang=fr', {
    form: { title: 'Enq', code: '', opensOn: '2026-05-01', dueOn: '2026-02-01', closesOn: '2026-06-01', states: 'NZL XXX' },
  });
  assert.equal(res.status, 400);
  const html = await res.text();
  assert.match(html, /<details class="card" open="" id="new-cycle">|<details class="card" open id="new-cycle">/);
  assert.match(html, /value="Enq"/);
  assert.match(html, /value="2026-05-01"/);
  assert.match(html, /value="NZL XXX"/);
  assert.match(html, /id="err-title">Donnez au cycle un titre d'au moins 5 caractères|id="err-title">Donnez au cycle un titre d&#39;au moins 5 caractères/);
  assert.match(html, /id="err-dueOn">L(&#39;|')échéance ne peut pas précéder la date d(&#39;|')ouverture/);
  // A valid form but unknown State codes: the codes are named beside the States field.
  const unknown = await sec.request('/reporting/cycles', {
    form: { title: 'Survey with a typo', code: '', opensOn: '2026-01-01', dueOn: '2026-02-01', closesOn: '2026-03-01', states: 'NZL XXX' },
  });
  assert.equal(unknown.status, 400);
  assert.match(await unknown.text(), /id="err-states">Unknown State codes: XXX\./);
  // The API keeps English messages under the same stable code.
  const api = await sec.request('/api/v1/reporting/cycles', { json: { title: 'x', opensOn: 'soon', dueOn: '2026-02-01', closesOn: '2026-03-01' } });
  const body = (await api.json()) as { error: { code: string; fields: Record<string, string> } };
  assert.equal(body.error.code, 'cycle.invalid');
  assert.equal(body.error.fields.opensOn, 'Use a date such as 2026-03-31.');
});

test('the rule form on the cycle page keeps its values and shows errors beside fields', async () => {
  const cycle = await newCycle();
  const sec = await ctx.as('secretariat');
  const res = await sec.request(`/reporting/cycles/${cycle}/rules?lang=es`, {
    form: { kind: 'max-length', target: '', field: 'measures', amount: 'mil', severity: 'warning' },
  });
  assert.equal(res.status, 400);
  const html = await res.text();
  assert.match(html, /id="rule-err-amount">Indique un número entero de caracteres/);
  assert.match(html, /<option value="max-length" selected="">|<option value="max-length" selected>/);
  assert.match(html, /value="mil"/);
  const ok = await sec.request(`/reporting/cycles/${cycle}/rules`, {
    form: { kind: 'max-length', target: '', field: 'measures', amount: '3000', severity: 'warning' },
  });
  assert.equal(ok.status, 303);
  const page = await (await (await ctx.as('delegate')).request(`/reporting/cycles/${cycle}`)).text();
  assert.match(page, /At most 3000 characters: Measures taken/, 'delegations read the rules');
  assert.doesNotMatch(page, /action="\/reporting\/cycles\/\d+\/rules"/, 'only the Secretariat gets the form');
});

test('the reports list is filtered and paginated', async () => {
  const cycle = await newCycle(['NZL', 'FRA', 'MEX']);
  for (const [actor, status] of [
    [A.nzl, 'implemented'],
    [A.fra, 'planned'],
    [A.mex, 'planned'],
  ] as const) {
    const r = await startReport(ctx.db, actor, cycle, { visibility: 'public' });
    const s = await saveDraft(ctx.db, actor, r.id, {
      lockVersion: 0,
      answers: { elements: { 'norm-a': { status, measures: 'Measures described in full.' } } },
    });
    if (actor !== A.mex) await submitReport(ctx.db, actor, r.id, { lockVersion: s.lockVersion });
  }
  const pub = await ctx.as('public');
  const all = await listReports(ctx.db, A.secretariat, { cycleId: cycle });
  assert.equal(all.length, 3);
  const page1 = await listReports(ctx.db, A.secretariat, { cycleId: cycle, limit: 2, offset: 0 });
  const page2 = await listReports(ctx.db, A.secretariat, { cycleId: cycle, limit: 2, offset: 2 });
  assert.deepEqual([...page1, ...page2].map((r) => r.id).sort(), all.map((r) => r.id).sort());
  assert.deepEqual(
    (await listReports(ctx.db, A.secretariat, { cycleId: cycle, status: 'draft' })).map((r) => r.state_iso3),
    ['MEX'],
  );
  const html = await (await pub.request(`/reporting/cycles/${cycle}?state=FRA`)).text();
  assert.match(html, /Reports 1–1 of 1/);
  assert.match(html, /<option value="FRA" selected/);
  assert.doesNotMatch(html, /data-report="\d+"[^]*data-report=/, 'one row');
  const drafts = await (await pub.request(`/reporting/cycles/${cycle}?status=draft`)).text();
  assert.match(drafts, /Reports 0–0 of 0/, 'the public never sees drafts, whatever the filter');
});

test('the reopening form on the monitor keeps its values and names the problem beside the field', async () => {
  const cycle = await newCycle();
  const sec = await ctx.as('secretariat');
  const res = await sec.request(`/reporting/cycles/${cycle}/reopen?lang=ru`, { form: { stateIso3: 'XYZ', until: '2099-01-31' } });
  assert.equal(res.status, 400);
  const html = await res.text();
  assert.match(html, /id="err-stateIso3">Нет государства с кодом XYZ\./);
  assert.match(html, /value="XYZ"/);
  assert.match(html, /value="2099-01-31"/);
  const past = await sec.request(`/reporting/cycles/${cycle}/reopen`, { form: { stateIso3: 'NZL', until: '2020-01-31' } });
  assert.match(await past.text(), /id="err-until">Choose a future date\./);
  assert.equal((await sec.request(`/reporting/cycles/${cycle}/reopen`, { form: { stateIso3: 'NZL', until: '2099-01-31' } })).status, 303);
});

test('the reports API filters and pages the same way, with the total', async () => {
  const sec = await ctx.as('secretariat');
  const all = (await (await sec.request('/api/v1/reports')).json()) as { total: number; reports: { id: number; status: string }[] };
  assert.ok(all.total >= 3);
  const page = (await (await sec.request('/api/v1/reports?limit=2&offset=1')).json()) as { total: number; reports: { id: number }[] };
  assert.equal(page.total, all.total);
  assert.deepEqual(
    page.reports.map((r) => r.id),
    all.reports.slice(1, 3).map((r) => r.id),
  );
  const drafts = (await (await sec.request('/api/v1/reports?status=draft')).json()) as { reports: { status: string }[] };
  assert.ok(drafts.reports.length && drafts.reports.every((r) => r.status === 'draft'));
  const bad = await sec.request('/api/v1/reports?status=lost');
  assert.equal(bad.status, 400);
  assert.ok(((await bad.json()) as { error: { fields: Record<string, string> } }).error.fields.status);
});
