import type * as PlotModule from '@observablehq/plot';

export type Plot = typeof PlotModule;

/**
 * Renders an Observable Plot chart to SVG (or figure) markup on the server, with linkedom as the
 * DOM, so pages show charts without running any script in the browser. Plot and linkedom are loaded
 * on the first chart drawn rather than at start: together they are about 25 MB of a server's memory
 * and a tenth of a second of its start, and most requests never draw a chart.
 *
 * @example await renderPlot((Plot) => ({ marks: [Plot.barX(rows, { x: 'n', y: 'value' })] }))
 */
export async function renderPlot(build: (plot: Plot) => PlotModule.PlotOptions): Promise<string> {
  const [Plot, { parseHTML }] = await Promise.all([import('@observablehq/plot'), import('linkedom')]);
  const { document } = parseHTML('<!doctype html><html><body></body></html>');
  const svg = Plot.plot({ ...build(Plot), document: document as unknown as Document });
  // Plot names each mark's group ("rule", "dot") with aria-label, which ARIA prohibits on an element
  // with no role (axe: aria-prohibited-attr); the names say nothing to a reader, so they go.
  for (const g of (svg as unknown as Element).querySelectorAll('g[aria-label]')) if (!g.getAttribute('role')) g.removeAttribute('aria-label');
  // A chart given a name (Plot's ariaLabel) is one image to assistive technology, read by that name,
  // rather than a scatter of tick labels; the page's figcaption and table carry the detail.
  const root = (svg as unknown as Element).tagName.toLowerCase() === 'svg' ? svg as unknown as Element : (svg as unknown as Element).querySelector('svg');
  if (root?.getAttribute('aria-label') && !root.getAttribute('role')) root.setAttribute('role', 'img');
  return (svg as unknown as { outerHTML: string }).outerHTML;
}
