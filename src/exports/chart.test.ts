import assert from 'node:assert/strict';
import { test } from 'node:test';
import { renderPlot } from './chart.ts';
import { axisLabels, CHART_FONT } from './chartLabels.ts';
import { svgToPng } from './chartPng.ts';

const rows = [
  { group: 'African Group', n: 12 },
  { group: 'Asia-Pacific Group', n: 9 },
];

test('a named chart is one image with its name; the marks carry no ARIA names of their own', async () => {
  const svg = await renderPlot((Plot) => ({
    ariaLabel: 'Reports by regional group: African Group 12, Asia-Pacific Group 9',
    marks: [Plot.barX(rows, { x: 'n', y: 'group' }), Plot.ruleX([0])],
  }));
  assert.match(svg, /^<svg[^>]* role="img"/);
  assert.match(svg, /^<svg[^>]* aria-label="Reports by regional group: African Group 12/);
  assert.doesNotMatch(svg, /<g[^>]* aria-label=/, 'aria-label on a group without a role is prohibited (axe aria-prohibited-attr)');
});

test('an unnamed chart is not given an image role it could not name', async () => {
  const svg = await renderPlot((Plot) => ({ marks: [Plot.barX(rows, { x: 'n', y: 'group' })] }));
  assert.doesNotMatch(svg, /role="img"/);
  assert.doesNotMatch(svg, /<g[^>]* aria-label=/);
});

test('charts are drawn in the measured fonts, left to right whatever the page, and a shortened label carries its full text', async () => {
  const y = axisLabels(['Responsible reporting of ICT vulnerabilities and sharing of remedies across borders', 'Short'], { max: 150 });
  const svg = await renderPlot(
    (Plot) => ({
      ariaLabel: 'Elements',
      marginLeft: y.margin,
      y: { tickFormat: y.format },
      marks: [
        Plot.barX(
          [
            { l: 'Responsible reporting of ICT vulnerabilities and sharing of remedies across borders', n: 2 },
            { l: 'Short', n: 1 },
          ],
          { x: 'n', y: 'l' },
        ),
      ],
    }),
    { titles: y.titles },
  );
  assert.match(svg, /^<svg[^>]* direction="ltr"/, 'an inherited right-to-left direction would flip text-anchor onto the bars');
  assert.ok(svg.includes(`font-family="${CHART_FONT.replaceAll('"', '&quot;')}"`), 'the fonts chartLabels measures');
  assert.match(svg, /<title>Responsible reporting of ICT vulnerabilities and sharing of remedies across borders<\/title><\/text>/);
  assert.doesNotMatch(svg, /<title>Short<\/title>/);
});

test('a chart is drawn to a PNG with its text (Latin, Arabic, Chinese)', async () => {
  const svg = await renderPlot((Plot) => ({
    width: 400,
    height: 120,
    marginLeft: 160,
    marks: [
      Plot.barX(
        [
          { l: 'مجموعة الدول الأفريقية', n: 2 },
          { l: '非洲国家集团', n: 1 },
          { l: 'African Group', n: 3 },
        ],
        { x: 'n', y: 'l' },
      ),
    ],
  }));
  const png = await svgToPng(svg);
  assert.deepEqual([png.width, png.height], [800, 240], 'twice the SVG size');
  assert.deepEqual([...png.data.subarray(0, 8)], [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  // Text drawn (not dropped for want of a font) darkens the label margin.
  const blank = await svgToPng(
    await renderPlot((Plot) => ({
      width: 400,
      height: 120,
      marginLeft: 160,
      y: { axis: null },
      marks: [
        Plot.barX(
          [
            { l: 'a', n: 2 },
            { l: 'b', n: 1 },
            { l: 'c', n: 3 },
          ],
          { x: 'n', y: 'l' },
        ),
      ],
    })),
  );
  assert.ok(png.data.length > blank.data.length + 1500, `${png.data.length} vs ${blank.data.length} bytes without labels`);
});

test('a chart with a legend names and lays out the chart, not a swatch of its legend', async () => {
  const html = await renderPlot((Plot) => ({
    ariaLabel: 'Two groups',
    color: { legend: true },
    marks: [Plot.barX(rows, { x: 'n', y: 'group', fill: 'group' })],
  }));
  assert.match(html, /^<figure/);
  assert.match(html, /<svg[^>]* role="img"[^>]* direction="ltr"|<svg[^>]* direction="ltr"[^>]* role="img"|<svg[^>]*aria-label="Two groups"[^>]*role="img"/);
  assert.doesNotMatch(html, /<svg fill="[^"]*"[^>]* role=/, 'swatches stay plain');
});
