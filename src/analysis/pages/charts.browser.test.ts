import assert from 'node:assert/strict';
import path from 'node:path';
import { after, before, test } from 'node:test';
import { browserSession, SCREENSHOTS } from '../../server/browser.ts';
import { generateDemo } from '../demo.ts';

let s: Awaited<ReturnType<typeof browserSession>>;
let cycle = 0;
before(async () => {
  s = await browserSession();
  cycle = (await generateDemo(s.db, { states: 60, cycles: 2, seed: 11 })).cycles.at(-1)!;
});
after(() => s.close());

const NORM_A = { en: 'Cooperate for stability', ar: 'التعاون من أجل الاستقرار', zh: '合作促进稳定', ru: 'Сотрудничество' } as const;

for (const lang of ['en', 'ar', 'zh', 'ru'] as const) {
  test(`the analysis charts (${lang}) keep every label inside the chart, name elements and sit on the reading side`, async () => {
    const page = await s.newPage('secretariat');
    await page.goto(`${s.base}/analysis/cycles/${cycle}?lang=${lang}`);
    const charts = page.locator('figure.chart');
    assert.equal(await charts.count(), 4);
    for (let i = 0; i < 4; i++) {
      const figure = charts.nth(i);
      const svg = figure.locator('svg[role="img"]');
      assert.equal(await svg.count(), 1, 'one chart image');
      assert.ok((await svg.getAttribute('aria-label'))!.length > 5, 'named');
      assert.ok((await figure.locator('details table tbody tr').count()) > 0, 'the numbers as a table too');
      const report = await svg.evaluate((root) => {
        const box = root.getBoundingClientRect();
        const texts = [...root.querySelectorAll('text')].filter((t) => (t.textContent ?? '').trim());
        const out = texts.map((t) => {
          const r = t.getBoundingClientRect();
          return { text: t.textContent, left: r.left - box.left, right: box.right - r.right, top: r.top - box.top, bottom: box.bottom - r.bottom };
        });
        const anchor = getComputedStyle(root).direction;
        // Band labels (the element or group names): the texts of the y (or fy) axis.
        const labels = [...root.querySelectorAll('g[text-anchor="end"] text, g[text-anchor="start"] text')].map((t) => t.getBoundingClientRect());
        const middle = box.left + box.width / 2;
        return { out, anchor, labelsLeft: labels.filter((r) => r.right < middle).length, labelsRight: labels.filter((r) => r.left > middle).length };
      });
      const clipped = report.out.filter((x) => x.left < -0.5 || x.right < -0.5 || x.top < -0.5 || x.bottom < -0.5);
      assert.deepEqual(clipped, [], `chart ${i}: labels outside the chart`);
      assert.equal(report.anchor, 'ltr', 'the chart lays itself out left to right (anchors are not flipped by the page)');
      if (lang === 'ar')
        assert.ok(
          report.labelsRight > 0 && report.labelsLeft === 0,
          `chart ${i}: Arabic labels on the right (${report.labelsLeft} left, ${report.labelsRight} right)`,
        );
      else
        assert.ok(report.labelsLeft > 0 && report.labelsRight === 0, `chart ${i}: labels on the left (${report.labelsLeft} left, ${report.labelsRight} right)`);
    }
    const statuses = page.locator('#chart-statuses');
    const drawn = (await statuses.locator('svg[role="img"]').textContent())!;
    assert.ok(drawn.includes(NORM_A[lang]), `element names in the chart: ${drawn.slice(0, 120)}`);
    assert.doesNotMatch(drawn, /norm-[a-k]\b|cb-tailored/, 'not element ids');
    const shortened = await statuses.locator('svg text > title').count();
    if (shortened) assert.ok((await statuses.locator('svg text > title').first().textContent())!.length > 20, 'a shortened label keeps its full text');
    assert.doesNotMatch(
      (await page
        .locator('#implementation + figure + details table')
        .textContent()
        .catch(() => '')) ?? '',
      /\bnorm-[a-k]\b/,
    );
    for (const id of ['chart-completeness', 'chart-statuses', 'chart-needs-offers']) {
      await page.locator(`#${id}`).screenshot({ path: path.join(SCREENSHOTS, `analysis-${id}-${lang}.png`) });
    }
    await page.context().close();
  });
}

test('tables, the regional roll-up and the State profile name elements, not ids (Arabic)', async () => {
  const page = await s.newPage('secretariat');
  await page.goto(`${s.base}/analysis/cycles/${cycle}?lang=ar`);
  const table = (await page.locator('#implementation ~ details table').first().textContent())!;
  assert.match(table, /التعاون من أجل الاستقرار/);
  assert.doesNotMatch(table, /norm-a\b/);
  const regional = (await page.locator('h2#regional ~ section').first().textContent())!;
  assert.doesNotMatch(regional, /\b(norm|law|cbm|cb)-[a-z-]+/, `roll-up: ${regional.slice(0, 120)}`);
  await page
    .locator('h2#regional ~ section')
    .first()
    .screenshot({ path: path.join(SCREENSHOTS, 'analysis-regional-ar.png') });
  await page.context().close();
});
