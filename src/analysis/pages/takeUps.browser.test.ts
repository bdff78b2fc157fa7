import assert from 'node:assert/strict';
import path from 'node:path';
import { after, before, test } from 'node:test';
import { browserSession, SCREENSHOTS } from '../../server/browser.ts';
import type { CapacityNeed, Status } from '../../reporting/answers.ts';
import { demoActors, testCycle, testReport } from '../../testing/factories.ts';
import { generateDemo } from '../demo.ts';

/**
 * Capacity-building end to end in a browser: France's delegate registers an offer choosing from
 * lists, New Zealand's delegate filters its matches, takes one up and advances it to delivered;
 * the Secretariat pages through a demo cycle's needs; three States compared. English and Arabic.
 */
let s: Awaited<ReturnType<typeof browserSession>>;
let cycle = 0;
let demoCycle = 0;
before(async () => {
  s = await browserSession();
  demoCycle = (await generateDemo(s.db, { states: 40, cycles: 1, seed: 3 })).cycles.at(-1)!;
  const A = await demoActors(s.db);
  cycle = (await testCycle(s.db, { title: 'Browser take-up cycle', code: 'BTU-1', states: ['NZL', 'FRA', 'BRA'] })).id;
  const report = (iso3: string, status: Status, needs: CapacityNeed[]) =>
    testReport(s.db, { ...A.nzl, stateIso3: iso3 }, cycle, {
      elements: { 'cbm-poc': { status, challenges: 'Too few trained incident handlers staff the point of contact.' }, 'norm-g': { status: 'not-started' } },
      capacityNeeds: needs,
    });
  await report('NZL', 'planned', [
    { element: 'cbm-poc', kind: 'training', priority: 'high', description: 'Training for the incident handlers who staff the point of contact.' },
    { element: 'norm-g', kind: 'equipment', priority: 'medium', description: 'Sensors for small water utilities.' },
  ]);
  await report('BRA', 'in-progress', []);
});
after(() => s.close());

for (const lang of ['en', 'ar'] as const) {
  test(`an offer registered from lists, filtered matches, a need taken up and delivered (${lang})`, async () => {
    const fra = await s.newPage('otherDelegate');
    await fra.goto(`${s.base}/analysis/offers?lang=${lang}`);
    const form = fra.locator('#register-offer');
    await form.locator('#providerKind').selectOption('state');
    await form.locator('#providerState').selectOption('FRA');
    await form.locator('#title').fill(`Point of contact handler training (${lang})`);
    await form.locator('#description').fill('Courses for the incident handlers who staff a point of contact, with mentoring.');
    // Submitted without an element or a contact first: the form comes back with what was chosen.
    await form.locator('input[name=eligibleRegions][value=weog]').check();
    await form.locator('#eligibleStates').selectOption(['NZL', 'FJI']);
    await form.locator('input[name=kinds][value=training]').check();
    await Promise.all([fra.waitForLoadState('load'), form.locator('button[type=submit]').click()]);
    assert.ok(await fra.locator('#err-elements').isVisible(), 'the elements error beside its field');
    assert.equal(await fra.locator('#title').inputValue(), `Point of contact handler training (${lang})`);
    assert.ok(await fra.locator('input[name=eligibleRegions][value=weog]').isChecked(), 'the region is kept');
    if (lang === 'ar') assert.match((await fra.locator('#err-elements').textContent())!, /[\u0600-\u06FF]/);
    await s.screenshot(fra, `cb-offer-form-error-${lang}`);
    await fra.locator('#register-offer').screenshot({ path: path.join(SCREENSHOTS, `cb-offer-form-error-${lang}-form.png`) });
    await fra
      .locator('#register-offer details')
      .first()
      .evaluate((d) => {
        (d as HTMLDetailsElement).open = true;
      });
    const cbm = fra.locator('#register-offer details:has(input[value="cbm-poc"])');
    await cbm.evaluate((d) => {
      (d as HTMLDetailsElement).open = true;
    });
    await fra.locator('input[name=elements][value="cbm-poc"]').check();
    await fra.locator('#contact').fill('cyber@fra.example');
    await Promise.all([fra.waitForURL(/\/analysis\/offers#offer-\d+/), fra.locator('#register-offer button[type=submit]').click()]);
    const row = fra.locator('tr', { hasText: `Point of contact handler training (${lang})` });
    assert.ok(await row.isVisible());
    assert.doesNotMatch((await row.textContent())!, /cbm-poc/, 'elements named, not ids');
    await row.screenshot({ path: path.join(SCREENSHOTS, `cb-offer-row-${lang}.png`) });
    await fra.context().close();

    const nzl = await s.newPage('delegate');
    await nzl.goto(`${s.base}/analysis/matches?cycle=${cycle}&lang=${lang}`);
    await nzl.locator('#m-element').selectOption('cbm-poc');
    await Promise.all([nzl.waitForURL(/element=cbm-poc/), nzl.locator('#match-filters button[type=submit]').click()]);
    const need = nzl.locator('ul.matches > li').first();
    assert.equal(await nzl.locator('ul.matches > li').count(), 1, 'filtered to the one need');
    const match = need.locator('ol > li', { hasText: `Point of contact handler training (${lang})` });
    await match.locator('details.score summary').click();
    assert.ok(await match.locator('.reasons li[data-reason="element"] .pts').isVisible());
    await s.screenshot(nzl, `cb-matches-filtered-${lang}`);
    await match.screenshot({ path: path.join(SCREENSHOTS, `cb-match-explained-${lang}.png`) });
    await Promise.all([nzl.waitForURL(/\/analysis\/take-ups\/\d+$/), match.locator('form.take-up-inline button').click()]);
    assert.equal(await nzl.locator('ol.timeline > li').count(), 1);
    for (const step of ['matched', 'in-progress'] as const) {
      await nzl.locator('#status').selectOption(step);
      await Promise.all([nzl.waitForURL(/take-ups\/\d+#timeline-title$/), nzl.locator('#next-step button[type=submit]').click()]);
    }
    await nzl.locator('#status').selectOption('delivered');
    await Promise.all([nzl.waitForLoadState('load'), nzl.locator('#next-step button[type=submit]').click()]);
    assert.ok(await nzl.locator('#err-outcome').isVisible(), 'delivered asks for the outcome');
    await nzl.locator('#outcome').fill('Twelve handlers trained; the point of contact answers within a day.');
    await Promise.all([nzl.waitForURL(/#timeline-title$/), nzl.locator('#next-step button[type=submit]').click()]);
    assert.equal(await nzl.locator('ol.timeline > li').count(), 4);
    assert.equal(await nzl.locator('#take-up-status').getAttribute('class'), 'tag st-delivered');
    assert.match((await nzl.locator('#take-up-outcome').textContent())!, /Twelve handlers/);
    assert.equal(await nzl.locator('#next-step').count(), 0, 'nothing follows delivered');
    await s.screenshot(nzl, `cb-take-up-record-${lang}`);
    await nzl.locator('a[href="/analysis/take-ups"]').first().click();
    await nzl.waitForURL(/\/analysis\/take-ups(\?|$)/);
    assert.ok((await nzl.locator('#take-ups tbody tr').count()) >= 1, 'the record is listed');
    await s.screenshot(nzl, `cb-take-ups-list-${lang}`);
    await nzl.context().close();

    // France is told on its tasks page.
    const back = await s.newPage('otherDelegate');
    await back.goto(`${s.base}/tasks?lang=${lang}`);
    assert.ok(await back.locator('#notices a[href^="/analysis/take-ups/"]').first().isVisible());
    await back.locator('#notices').screenshot({ path: path.join(SCREENSHOTS, `cb-take-up-notice-${lang}.png`) });
    await back.context().close();
  });
}

test("the Secretariat pages through a demo cycle's needs, 25 at a time", async () => {
  const page = await s.newPage('secretariat');
  await page.goto(`${s.base}/analysis/matches?cycle=${demoCycle}`);
  const count = (await page.locator('#match-count').textContent())!;
  const total = Number(/of (\d+)/.exec(count)![1]);
  assert.ok(total > 25, count);
  assert.equal(await page.locator('ul.matches > li').count(), 25);
  await Promise.all([page.waitForURL(/page=2/), page.locator('nav.pager a[rel=next]').click()]);
  assert.match((await page.locator('#match-count').textContent())!, /Needs 26–/);
  await page.locator('#m-status').selectOption('unmatched');
  await Promise.all([page.waitForURL(/status=unmatched/), page.locator('#match-filters button[type=submit]').click()]);
  assert.doesNotMatch(page.url(), /page=/, 'a new filter starts on the first page');
  await s.screenshot(page, 'cb-matches-unmatched-en');
  await page.goto(`${s.base}/analysis/matches?cycle=${demoCycle}&lang=ar`);
  await page.locator('details.score summary').first().click();
  await page
    .locator('ul.matches > li')
    .first()
    .screenshot({ path: path.join(SCREENSHOTS, 'cb-matches-first-ar.png') });
  await s.screenshot(page, 'cb-matches-ar');
  await page.context().close();
});

for (const lang of ['en', 'ar'] as const) {
  test(`three States compared, chosen with the selects (${lang})`, async () => {
    const page = await s.newPage('secretariat');
    await page.goto(`${s.base}/states/NZL?lang=${lang}`);
    await Promise.all([page.waitForURL(/\/states\/compare\?first=NZL/), page.locator('a[href="/states/compare?first=NZL"]').click()]);
    await page.locator('#state-2').selectOption('BRA');
    await page.locator('#state-3').selectOption('FRA');
    await Promise.all([page.waitForURL(/states=NZL&states=BRA&states=FRA/), page.locator('#compare-form button[type=submit]').click()]);
    const row = page.locator('#compare-elements tr[data-element="cbm-poc"]');
    const cells = row.locator('td');
    assert.equal(await cells.count(), 3);
    // The latest cycle with a report of one of them the reader may read (the demo cycle may be newer than this test's).
    assert.match(
      (await page.locator('#elements-title + p').textContent())!,
      lang === 'en' ? /Statuses from the national reports of the cycle|Each State's statuses come from its newest/ : /الحالات مأخوذة|حالات كل دولة/,
    );
    assert.match((await cells.nth(1).textContent())!, /\S/, "Brazil's newest report counts even when it is in another cycle than New Zealand's");
    assert.match(
      (await cells.nth(0).locator('.tag').textContent())!,
      lang === 'en' ? /^(Not started|Planned|In progress|Implemented|Not applicable)$/ : /[\u0600-\u06FF]/,
    );
    assert.doesNotMatch((await row.locator('th').textContent())!, /cbm-poc/, 'the element by name');
    await s.screenshot(page, `states-compare-${lang}`);
    await page.locator('#compare-elements').screenshot({ path: path.join(SCREENSHOTS, `states-compare-table-${lang}.png`) });
    await page.context().close();
  });
}
