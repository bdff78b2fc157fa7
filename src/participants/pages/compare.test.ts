import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { ingestDocument } from '../../records/commands/ingestDocument.ts';
import { enc, REPORT } from '../../records/testing.ts';
import { createCycle } from '../../reporting/commands/createCycle.ts';
import { saveDraft } from '../../reporting/commands/saveDraft.ts';
import { startReport } from '../../reporting/commands/startReport.ts';
import { submitReport } from '../../reporting/commands/submitReport.ts';
import { testApp } from '../../testing/app.ts';
import { demoActors, testMeeting } from '../../testing/factories.ts';

/**
 * Three States side by side: New Zealand (public report), Brazil (report for the Secretariat only)
 * and the Russian Federation (no report); the invented meeting record gives New Zealand and Brazil
 * statements and the Russian Federation a "premature" stance.
 */
let ctx: Awaited<ReturnType<typeof testApp>>;

before(async () => {
  ctx = await testApp();
  const A = await demoActors(ctx.db);
  const cycle = (
    await createCycle(ctx.db, A.secretariat, {
      title: 'Comparison cycle',
      code: 'CMP-1',
      opensOn: '2026-01-01',
      dueOn: '2099-06-30',
      closesOn: '2099-12-31',
      states: ['NZL', 'BRA', 'RUS'],
    })
  ).id;
  const report = async (iso3: string, visibility: 'public' | 'secretariat', status: string) => {
    const actor = { ...A.nzl, stateIso3: iso3 };
    const r = await startReport(ctx.db, actor, cycle, { visibility });
    await saveDraft(ctx.db, actor, r.id, { lockVersion: 0, answers: { elements: { 'norm-a': { status }, 'cbm-poc': { status: 'planned' } } } });
    await submitReport(ctx.db, actor, r.id);
  };
  await report('NZL', 'public', 'implemented');
  await report('BRA', 'secretariat', 'in-progress');
  const { meeting } = await testMeeting(ctx.db, 7);
  await ingestDocument(
    ctx.db,
    A.chair,
    { bytes: enc(REPORT), filename: 'compare.txt', mediaType: 'text/plain' },
    { meetingId: meeting.id, kind: 'event-report' },
  );
});
after(() => ctx.close());

test('the comparison: statuses per element by name, stances, reports, each as the reader may see them', async () => {
  const sec = await ctx.as('secretariat');
  const res = await sec.request('/states/compare?states=NZL,BRA,RUS');
  assert.equal(res.status, 200);
  const html = await res.text();
  const row = html.slice(html.indexOf('<tr data-element="norm-a">'), html.indexOf('</tr>', html.indexOf('<tr data-element="norm-a">')));
  assert.match(row, /<a href="\/framework\/elements\/norm-a">[A-Z][a-z]/, 'the element by name');
  assert.match(row, /Implemented.*In progress.*—/s, 'NZL, BRA and the Russian Federation without a report');
  assert.match(html, /<option value="BRA" selected[^>]*>Brazil<\/option>/, 'the choice is kept in the selects');
  assert.match(html, /id="compare-positions"/);
  assert.match(html, /premature \(1\)/, "the Russian Federation's stance");
  assert.match(html, /Comparison cycle/);

  const pub = await (await ctx.as('public')).request('/states/compare?states=NZL&states=BRA&states=RUS');
  const text = await pub.text();
  const pubRow = text.slice(text.indexOf('<tr data-element="norm-a">'), text.indexOf('</tr>', text.indexOf('<tr data-element="norm-a">')));
  assert.match(pubRow, /Implemented/);
  assert.doesNotMatch(pubRow, /In progress/, "Brazil's Secretariat-only report is not shown to the public");

  const ar = await (await sec.request('/states/compare?states=NZL,BRA&lang=ar')).text();
  assert.match(ar, /<html lang="ar" dir="rtl"/);
  assert.match(ar, /مقارنة الدول/);
  assert.match(ar, /نيوزيلندا/, 'State names in Arabic');
});

test("two or three distinct known States, else the form says why (in the reader's language); the API", async () => {
  const pub = await ctx.as('public');
  const one = await pub.request('/states/compare?states=NZL');
  assert.equal(one.status, 400);
  assert.match(await one.text(), /Choose two or three different States/);
  const bad = await pub.request('/states/compare?states=NZL,XXX&lang=fr');
  assert.equal(bad.status, 400);
  assert.match(await bad.text(), /Pas un État : XXX/);
  assert.equal((await pub.request('/states/compare')).status, 200, 'the empty chooser');
  assert.match(await (await pub.request('/states/compare?first=NZL')).text(), /<option value="NZL" selected[^>]*>/, 'from a profile, that State is chosen');
  const api = await pub.request('/api/v1/states/compare?states=NZL,BRA');
  assert.equal(api.status, 200);
  const j = (await api.json()) as { states: string[]; statuses: Record<string, { elements: Record<string, string> } | null> };
  assert.deepEqual(j.states, ['NZL', 'BRA']);
  assert.equal(j.statuses.NZL!.elements['norm-a'], 'implemented');
  assert.equal(j.statuses.BRA, null);
  const four = await pub.request('/api/v1/states/compare?states=NZL,BRA,RUS,FRA');
  assert.equal(four.status, 400);
  assert.equal(((await four.json()) as { error: { code: string } }).error.code, 'compare.count');
});
