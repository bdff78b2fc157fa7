import assert from 'node:assert/strict';
import { test } from 'node:test';
import { renderPlot } from './chart.ts';

const rows = [{ group: 'African Group', n: 12 }, { group: 'Asia-Pacific Group', n: 9 }];

test('a named chart is one image with its name; the marks carry no ARIA names of their own', async () => {
  const svg = await renderPlot((Plot) => ({ ariaLabel: 'Reports by regional group: African Group 12, Asia-Pacific Group 9', marks: [Plot.barX(rows, { x: 'n', y: 'group' }), Plot.ruleX([0])] }));
  assert.match(svg, /^<svg[^>]* role="img"/);
  assert.match(svg, /^<svg[^>]* aria-label="Reports by regional group: African Group 12/);
  assert.doesNotMatch(svg, /<g[^>]* aria-label=/, 'aria-label on a group without a role is prohibited (axe aria-prohibited-attr)');
});

test('an unnamed chart is not given an image role it could not name', async () => {
  const svg = await renderPlot((Plot) => ({ marks: [Plot.barX(rows, { x: 'n', y: 'group' })] }));
  assert.doesNotMatch(svg, /role="img"/);
  assert.doesNotMatch(svg, /<g[^>]* aria-label=/);
});
