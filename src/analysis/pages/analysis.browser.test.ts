import assert from 'node:assert/strict';
import fs from 'node:fs';
import { after, before, test } from 'node:test';
import { strFromU8, unzipSync } from 'fflate';
import path from 'node:path';
import { browserSession, SCREENSHOTS } from '../../server/browser.ts';
import { generateDemo } from '../demo.ts';

let s: Awaited<ReturnType<typeof browserSession>>;
let cycle = 0;
before(async () => {
  s = await browserSession();
  cycle = (await generateDemo(s.db, { states: 60, cycles: 2, seed: 11 })).cycles.at(-1)!;
});
after(() => s.close());

test('the Secretariat opens the analysis, filters to a region, sees the charts and downloads the DOCX', async () => {
  const page = await s.newPage('secretariat');
  await page.goto(`${s.base}/analysis`);
  await page.click(`a[href="/analysis/cycles/${cycle}"]`);
  await page.waitForURL(new RegExp(`/analysis/cycles/${cycle}$`));
  assert.ok(await page.locator('.badge-synthetic').first().isVisible(), 'synthetic data is marked');
  await page.selectOption('#region', 'african');
  await Promise.all([page.waitForURL(/region=african/), page.click('form.filters button[type=submit]')]);
  const charts = page.locator('figure.chart');
  assert.equal(await charts.count(), 4);
  for (let i = 0; i < 4; i++) {
    assert.ok(await charts.nth(i).locator('svg').first().isVisible(), `chart ${i} is drawn`);
    assert.ok((await charts.nth(i).locator('figcaption').textContent())!.length > 10);
    assert.ok((await charts.nth(i).locator('[aria-label]').first().getAttribute('aria-label'))!.length > 10, 'text alternative');
  }
  assert.match((await page.locator('dl.facts').textContent())!, /African Group/);
  await s.screenshot(page, 'analysis-cycle-african-en');
  const [download] = await Promise.all([page.waitForEvent('download'), page.click('a[href*="export.docx"]')]);
  assert.match(download.suggestedFilename(), /analysis-african\.docx$/);
  const file = await download.path();
  const docx = unzipSync(new Uint8Array(fs.readFileSync(file!)));
  const xml = strFromU8(docx['word/document.xml']!);
  assert.match(xml, /Figure: Reports by regional group/, 'the charts are in the document');
  assert.ok(
    Object.keys(docx).some((f) => /^word\/media\/.+\.png$/.test(f)),
    'drawn as images',
  );
  assert.match(xml, /African Group/);
  assert.doesNotMatch(xml, /Western European and Others Group<\/w:t>/, 'the filter applies to the document');
  await page.context().close();
});

test('the analysis in Arabic is laid out right-to-left with translated headings', async () => {
  const page = await s.newPage('secretariat');
  await page.goto(`${s.base}/analysis/cycles/${cycle}?lang=ar`);
  assert.equal(await page.getAttribute('html', 'dir'), 'rtl');
  assert.match((await page.locator('h2#completeness').textContent())!, /اكتمال التقارير/);
  assert.equal((await page.locator('figure.chart svg').count()) >= 4, true);
  await s.screenshot(page, 'analysis-cycle-ar');
  await page.goto(`${s.base}/analysis/matches?lang=ar`);
  await s.screenshot(page, 'analysis-matches-ar');
  await page.context().close();
});

test('public figures name their cycle on element pages and State profiles; the roadmap and the baseline control on the analysis page (English and Arabic)', async () => {
  const page = await s.newPage('public');
  await page.goto(`${s.base}/framework/elements/norm-c`);
  const section = page.locator('#analysis-element');
  assert.match((await section.textContent())!, /Figures from the cycle “Synthetic national reporting cycle \d{4}”/);
  assert.match((await section.textContent())!, /open; at least \d+ reports submitted|closed on/);
  await s.screenshot(page, 'analysis-element-section-en');
  // A State whose reports of both cycles the public may read (visibility is drawn at random).
  const published = (await (await page.request.get(`${s.base}/api/v1/analysis/cycles/latest`)).json()) as { progress: { byState: Array<{ state: string }> } };
  await page.goto(`${s.base}/states/${published.progress.byState[0]!.state}`);
  assert.match((await page.locator('#analysis-progress').textContent())!, /Figures from the cycle/);
  await s.screenshot(page, 'analysis-state-profile-en');

  await page.goto(`${s.base}/analysis/cycles/${cycle}`);
  assert.ok(await page.locator('#cross-cutting + ol.cross-cutting li').first().isVisible(), 'cross-cutting challenges are listed');
  const first = page.locator('ol.roadmap > li').first();
  assert.match((await first.textContent())!, /What States report they lack/);
  assert.match((await first.textContent())!, /What would need to be agreed/);
  assert.ok((await first.locator('.evidence a').count()) > 0, 'each agreement links to its evidence');
  const label = await page.locator('details[id^="challenges-"] li strong').first().textContent();
  assert.ok(label && /^[\p{L}][\p{L}\p{N}'’ -]+$/u.test(label) && label.includes(' '), `clusters are labelled with a phrase: ${label}`);
  await page.locator('#roadmap').scrollIntoViewIfNeeded();
  await s.screenshot(page, 'analysis-roadmap-en');
  // Close-ups of the parts to look at (the full page is several screens long).
  await first.screenshot({ path: path.join(SCREENSHOTS, 'analysis-roadmap-item-en.png') });
  await page.locator('ol.cross-cutting').screenshot({ path: path.join(SCREENSHOTS, 'analysis-cross-cutting-en.png') });
  await page.locator('form.filters').screenshot({ path: path.join(SCREENSHOTS, 'analysis-baseline-control-en.png') });

  const options = await page.locator('#baseline option').evaluateAll((os) => os.map((o) => (o as HTMLOptionElement).value).filter(Boolean));
  assert.ok(options.length >= 1, 'earlier cycles are offered as baselines');
  await page.selectOption('#baseline', options[0]!);
  await Promise.all([page.waitForURL(/baseline=/), page.click('form.filters button[type=submit]')]);
  assert.match((await page.locator('dl.facts').textContent())!, /baseline chosen by the reader/);

  await page.goto(`${s.base}/framework/elements/norm-c?lang=ar`);
  assert.match((await page.locator('#analysis-element').textContent())!, /أرقام من الدورة/);
  await s.screenshot(page, 'analysis-element-section-ar');
  await page.goto(`${s.base}/analysis/cycles/${cycle}?lang=ar`);
  assert.match((await page.locator('ol.roadmap').textContent())!, /ما يلزم الاتفاق عليه/);
  await s.screenshot(page, 'analysis-roadmap-ar');
  await page
    .locator('ol.roadmap > li')
    .first()
    .screenshot({ path: path.join(SCREENSHOTS, 'analysis-roadmap-item-ar.png') });
  await page.context().close();
});

for (const lang of ['en', 'ar'] as const) {
  test(`the analysis on a phone (390 × 844): its tables scroll in their own boxes, the page does not (${lang})`, async () => {
    const page = await s.newPage('secretariat', { viewport: { width: 390, height: 844 } });
    await page.goto(`${s.base}/analysis/cycles/${cycle}?lang=${lang}`);
    assert.ok((await page.evaluate(() => document.scrollingElement!.scrollWidth)) <= 390, 'no sideways scrolling of the page');
    const boxes = await page
      .locator('main table')
      .evaluateAll((ts) =>
        ts.map((t) => ({ wrapped: t.parentElement!.classList.contains('table-scroll'), width: t.parentElement!.getBoundingClientRect().width })),
      );
    assert.ok(boxes.length > 0 && boxes.every((b) => b.wrapped && b.width <= 390), JSON.stringify(boxes));
    await s.screenshot(page, `analysis-cycle-390-${lang}`);
    // The whole page is too tall to look at: the top screen, the first table and the first chart too.
    await page.screenshot({ path: path.join(SCREENSHOTS, `analysis-cycle-390-${lang}-top.png`) });
    await page
      .locator('.table-scroll >> visible=true')
      .first()
      .screenshot({ path: path.join(SCREENSHOTS, `analysis-cycle-390-${lang}-table.png`) });
    await page
      .locator('figure.chart >> visible=true')
      .first()
      .screenshot({ path: path.join(SCREENSHOTS, `analysis-cycle-390-${lang}-chart.png`) });
    await page.context().close();
  });
}
