import * as Plot from '@observablehq/plot';
import { parseHTML } from 'linkedom';

/**
 * Renders an Observable Plot chart to SVG (or figure) markup on the server, with linkedom as the
 * DOM, so pages show charts without running any script in the browser.
 *
 * @example renderPlot({ marks: [Plot.barX(rows, { x: 'n', y: 'value' })] })
 */
export function renderPlot(options: Plot.PlotOptions): string {
  const { document } = parseHTML('<!doctype html><html><body></body></html>');
  const svg = Plot.plot({ ...options, document: document as unknown as Document });
  return (svg as unknown as { outerHTML: string }).outerHTML;
}

export { Plot };
