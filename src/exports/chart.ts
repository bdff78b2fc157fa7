import type * as PlotModule from '@observablehq/plot';
import { CHART_FONT } from './chartLabels.ts';

export type Plot = typeof PlotModule;

/**
 * Renders an Observable Plot chart to SVG (or figure) markup on the server, with linkedom as the
 * DOM, so pages show charts without running any script in the browser. Plot and linkedom are loaded
 * on the first chart drawn rather than at start: together they are about 25 MB of a server's memory
 * and a tenth of a second of its start, and most requests never draw a chart.
 *
 * Every chart is drawn in CHART_FONT (the fonts chartLabels.ts measures, and the ones the DOCX's
 * PNG is drawn with) and laid out left to right: Plot places labels by text-anchor, which a
 * right-to-left page would otherwise flip onto the bars; a right-to-left chart mirrors its axes
 * instead (charts.tsx). `titles` (axisLabels' titles) gives each label drawn shortened its full text.
 *
 * @example await renderPlot((Plot) => ({ marks: [Plot.barX(rows, { x: 'n', y: 'value' })] }))
 */
export async function renderPlot(build: (plot: Plot) => PlotModule.PlotOptions, o: { titles?: Map<string, string> } = {}): Promise<string> {
  const [Plot, { parseHTML }] = await Promise.all([import('@observablehq/plot'), import('linkedom')]);
  const { document } = parseHTML('<!doctype html><html><body></body></html>');
  const svg = Plot.plot({ ...build(Plot), document: document as unknown as Document });
  // Plot names each mark's group ("rule", "dot") with aria-label, which ARIA prohibits on an element
  // with no role (axe: aria-prohibited-attr); the names say nothing to a reader, so they go.
  for (const g of (svg as unknown as Element).querySelectorAll('g[aria-label]')) if (!g.getAttribute('role')) g.removeAttribute('aria-label');
  // A chart given a name (Plot's ariaLabel) is one image to assistive technology, read by that name,
  // rather than a scatter of tick labels; the page's figcaption and table carry the detail.
  // With a legend Plot returns a <figure>: the chart is its <svg> child (the legend's swatches are <svg>s too, further down).
  const out = svg as unknown as Element;
  const root = out.tagName.toLowerCase() === 'svg' ? out : ([...out.children].find((x) => x.tagName.toLowerCase() === 'svg') ?? null);
  if (root?.getAttribute('aria-label') && !root.getAttribute('role')) root.setAttribute('role', 'img');
  if (root) {
    root.setAttribute('font-family', CHART_FONT);
    root.setAttribute('direction', 'ltr');
    if (!root.getAttribute('xmlns')) root.setAttribute('xmlns', 'http://www.w3.org/2000/svg');
  }
  if (o.titles?.size) {
    for (const text of (svg as unknown as Element).querySelectorAll('text')) {
      const full = o.titles.get(text.textContent ?? '');
      if (full === undefined || text.querySelector('title')) continue;
      const title = document.createElementNS('http://www.w3.org/2000/svg', 'title');
      title.textContent = full;
      text.appendChild(title);
    }
  }
  return (svg as unknown as { outerHTML: string }).outerHTML;
}
