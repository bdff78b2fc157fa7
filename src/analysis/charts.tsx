import { raw } from 'hono/html';
import { renderPlot } from '../exports/chart.ts';
import type { Translate } from '../i18n/index.ts';
import type { Analysis } from './compile.ts';

/**
 * The four charts of the compiled analysis, as data series (shared with the DOCX, which draws them
 * as tables of bars) and as server-rendered Observable Plot SVG inside an accessible figure: the
 * SVG carries an aria-label summary and the figure a table with the same numbers.
 */
export const STATUS_COLOURS: Record<string, string> = {
  'not-started': '#b42318', planned: '#dc8a00', 'in-progress': '#2f6fb0', implemented: '#1f7a3a', 'not-applicable': '#9aa3ad',
};
const STATUS_KEYS = Object.keys(STATUS_COLOURS);

export interface Series { id: string; caption: string; summary: string; columns: string[]; rows: Array<{ label: string; values: number[] }>; colours: string[] }

export function chartSeries(a: Analysis, t: Translate, offersByElement: Map<string, number>): Series[] {
  const completeness: Series = {
    id: 'completeness', caption: t('analysis.chart.completeness'),
    summary: t('analysis.chart.completenessSummary', { submitted: a.completeness.overall.submitted, expected: a.completeness.overall.expected, onTime: a.completeness.overall.onTime }),
    columns: [t('analysis.onTime'), t('analysis.late'), t('analysis.notSubmitted')], colours: ['#1f7a3a', '#dc8a00', '#d0d5dd'],
    rows: a.completeness.byRegion.map((r) => ({ label: t(`core.group.${r.id}`), values: [r.onTime, r.submitted - r.onTime, r.expected - r.submitted] })),
  };
  const statuses: Series = {
    id: 'statuses', caption: t('analysis.chart.statuses'),
    summary: t('analysis.chart.statusesSummary', { elements: a.elements.length }),
    columns: STATUS_KEYS.map((s) => t(`analysis.st.${s}`)), colours: STATUS_KEYS.map((s) => STATUS_COLOURS[s]!),
    rows: a.elements.map((e) => ({ label: e.id, values: STATUS_KEYS.map((s) => e.statuses[s] ?? 0) })),
  };
  const progress: Series = {
    id: 'progress', caption: t('analysis.chart.progress'),
    summary: t('analysis.chart.progressSummary', { up: a.progress.overall.up, down: a.progress.overall.down, unchanged: a.progress.overall.unchanged }),
    columns: [t('analysis.up'), t('analysis.down'), t('analysis.unchanged')], colours: ['#1f7a3a', '#b42318', '#9aa3ad'],
    rows: a.progress.byRegion.map((r) => ({ label: t(`core.group.${r.id}`), values: [r.up, r.down, r.unchanged] })),
  };
  const needEls = a.needs.byElement.map((n) => n.element);
  const needsOffers: Series = {
    id: 'needs-offers', caption: t('analysis.chart.needsOffers'),
    summary: t('analysis.chart.needsOffersSummary', { needs: a.needs.total, offers: [...offersByElement.values()].reduce((s, n) => s + n, 0) }),
    columns: [t('analysis.needs'), t('analysis.offers')], colours: ['#b42318', '#2f6fb0'],
    rows: [...new Set([...needEls, ...offersByElement.keys()])].sort().map((el) => ({ label: el, values: [a.needs.byElement.find((n) => n.element === el)?.total ?? 0, offersByElement.get(el) ?? 0] })),
  };
  return [completeness, statuses, progress, needsOffers];
}

/** One series as a stacked (or, for needs vs offers, grouped) horizontal bar chart in SVG. */
export function seriesSvg(s: Series): Promise<string> {
  const long = s.rows.flatMap((r) => r.values.map((v, i) => ({ label: r.label, series: s.columns[i]!, n: v })));
  const grouped = s.id === 'needs-offers';
  const height = Math.max(120, s.rows.length * (grouped ? 30 : 20) + 70);
  const common = { ariaLabel: s.summary, ariaDescription: s.caption, width: 760, height, marginLeft: 190, x: { label: null, grid: true },
    color: { domain: s.columns, range: s.colours, legend: true }, style: { fontSize: '12px', background: 'transparent' } };
  if (grouped) {
    return renderPlot((Plot) => ({ ...common, y: { axis: null, domain: s.columns }, fy: { label: null, domain: s.rows.map((r) => r.label) },
      marks: [Plot.barX(long, { x: 'n', y: 'series', fy: 'label', fill: 'series' }), Plot.ruleX([0])] }));
  }
  return renderPlot((Plot) => ({ ...common, y: { label: null, domain: s.rows.map((r) => r.label) },
    marks: [Plot.barX(long, Plot.stackX({ x: 'n', y: 'label', fill: 'series', order: s.columns })), Plot.ruleX([0])] }));
}

/** A chart with its caption, text summary and the numbers as a table; `svg` from seriesSvg(s). */
export function ChartFigure({ s, svg, t }: { s: Series; svg: string; t: Translate }) {
  return (
    <figure class="chart" id={`chart-${s.id}`}>
      <div role="img" aria-label={s.summary}>{raw(svg)}</div>
      <figcaption>{s.caption} — {s.summary}</figcaption>
      <details>
        <summary>{t('analysis.chart.table')}</summary>
        <table>
          <thead><tr><th scope="col">{t('analysis.item')}</th>{s.columns.map((c) => <th scope="col">{c}</th>)}</tr></thead>
          <tbody>{s.rows.map((r) => <tr><th scope="row">{r.label}</th>{r.values.map((v) => <td>{v}</td>)}</tr>)}</tbody>
        </table>
      </details>
    </figure>
  );
}
