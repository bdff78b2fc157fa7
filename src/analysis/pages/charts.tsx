import { raw } from 'hono/html';
import { renderPlot } from '../../exports/chart.ts';
import { axisLabels } from '../../exports/chartLabels.ts';
import type { Translate } from '../../i18n/index.ts';
import type { Analysis } from '../compile.ts';
import { elementNamer } from './components.tsx';

/**
 * The four charts of the compiled analysis, as data series (shared with the DOCX, which embeds the
 * same SVG drawn to PNG) and as server-rendered Observable Plot SVG inside an accessible figure: the
 * SVG carries an aria-label summary and the figure a table with the same numbers. Rows are named in
 * the reader's language (elements by their title, not their id); the label margin is measured from
 * the labels (chartLabels.ts), and a right-to-left chart puts its labels on the right and its bars
 * growing leftwards.
 */
export const STATUS_COLOURS: Record<string, string> = {
  'not-started': '#b42318',
  planned: '#dc8a00',
  'in-progress': '#2f6fb0',
  implemented: '#1f7a3a',
  'not-applicable': '#9aa3ad',
};
const STATUS_KEYS = Object.keys(STATUS_COLOURS);

export interface Series {
  id: string;
  caption: string;
  summary: string;
  columns: string[];
  rows: Array<{ label: string; values: number[] }>;
  colours: string[];
}

export function chartSeries(a: Analysis, t: Translate, offersByElement: Map<string, number>): Series[] {
  const name = elementNamer(a, t.lang);
  const completeness: Series = {
    id: 'completeness',
    caption: t('analysis.chart.completeness'),
    summary: t('analysis.chart.completenessSummary', {
      submitted: a.completeness.overall.submitted,
      expected: a.completeness.overall.expected,
      onTime: a.completeness.overall.onTime,
    }),
    columns: [t('analysis.onTime'), t('analysis.late'), t('analysis.notSubmitted')],
    colours: ['#1f7a3a', '#dc8a00', '#d0d5dd'],
    rows: a.completeness.byRegion.map((r) => ({ label: t(`core.group.${r.id}`), values: [r.onTime, r.submitted - r.onTime, r.expected - r.submitted] })),
  };
  const statuses: Series = {
    id: 'statuses',
    caption: t('analysis.chart.statuses'),
    summary: t('analysis.chart.statusesSummary', { elements: a.elements.length }),
    columns: STATUS_KEYS.map((s) => t(`analysis.st.${s}`)),
    colours: STATUS_KEYS.map((s) => STATUS_COLOURS[s]!),
    rows: a.elements.map((e) => ({ label: name(e.id), values: STATUS_KEYS.map((s) => e.statuses[s] ?? 0) })),
  };
  const progress: Series = {
    id: 'progress',
    caption: t('analysis.chart.progress'),
    summary: t('analysis.chart.progressSummary', { up: a.progress.overall.up, down: a.progress.overall.down, unchanged: a.progress.overall.unchanged }),
    columns: [t('analysis.up'), t('analysis.down'), t('analysis.unchanged')],
    colours: ['#1f7a3a', '#b42318', '#9aa3ad'],
    rows: a.progress.byRegion.map((r) => ({ label: t(`core.group.${r.id}`), values: [r.up, r.down, r.unchanged] })),
  };
  const needEls = a.needs.byElement.map((n) => n.element);
  const needsOffers: Series = {
    id: 'needs-offers',
    caption: t('analysis.chart.needsOffers'),
    summary: t('analysis.chart.needsOffersSummary', { needs: a.needs.total, offers: [...offersByElement.values()].reduce((s, n) => s + n, 0) }),
    columns: [t('analysis.needs'), t('analysis.offers')],
    colours: ['#b42318', '#2f6fb0'],
    rows: [...new Set([...needEls, ...offersByElement.keys()])]
      .sort()
      .map((el) => ({ label: name(el), values: [a.needs.byElement.find((n) => n.element === el)?.total ?? 0, offersByElement.get(el) ?? 0] })),
  };
  return [completeness, statuses, progress, needsOffers];
}

export const CHART_WIDTH = 760;

/**
 * One series as a stacked (or, for needs vs offers, grouped) horizontal bar chart in SVG. Labels
 * take at most two fifths of the width, wrapped onto two lines and cut beyond (full text in <title>).
 * `legend: false` leaves out Plot's HTML legend (the DOCX writes its own), so the result is one <svg>.
 */
export function seriesSvg(s: Series, o: { rtl?: boolean; legend?: boolean } = {}): Promise<string> {
  const long = s.rows.flatMap((r) => r.values.map((v, i) => ({ label: r.label, series: s.columns[i]!, n: v })));
  const grouped = s.id === 'needs-offers';
  const labels = axisLabels(
    s.rows.map((r) => r.label),
    { max: Math.round(CHART_WIDTH * 0.4), min: 40 },
  );
  const rowHeight = grouped ? Math.max(30, labels.lines * 15 + 12) : Math.max(20, labels.lines * 15 + 6);
  const height = Math.max(120, s.rows.length * rowHeight + 70);
  const axis = o.rtl ? ('right' as const) : ('left' as const);
  // Counts are whole: asking for as many ticks as the largest bar (up to 10) keeps them on integers.
  const top = Math.max(1, ...s.rows.map((r) => (grouped ? Math.max(0, ...r.values) : r.values.reduce((x, y) => x + y, 0))));
  const common = {
    ariaLabel: s.summary,
    ariaDescription: s.caption,
    width: CHART_WIDTH,
    height,
    ...(o.rtl ? { marginRight: labels.margin, marginLeft: 24 } : { marginLeft: labels.margin, marginRight: 24 }),
    x: { label: null, grid: true, reverse: !!o.rtl, ticks: Math.min(10, top) },
    color: { domain: s.columns, range: s.colours, legend: o.legend ?? true },
    style: { fontSize: '12px', background: 'transparent' },
  };
  if (grouped) {
    return renderPlot(
      (Plot) => ({
        ...common,
        y: { axis: null, domain: s.columns },
        fy: { label: null, domain: s.rows.map((r) => r.label), tickFormat: labels.format, axis },
        marks: [Plot.barX(long, { x: 'n', y: 'series', fy: 'label', fill: 'series' }), Plot.ruleX([0])],
      }),
      { titles: labels.titles },
    );
  }
  return renderPlot(
    (Plot) => ({
      ...common,
      y: { label: null, domain: s.rows.map((r) => r.label), tickFormat: labels.format, axis },
      marks: [Plot.barX(long, Plot.stackX({ x: 'n', y: 'label', fill: 'series', order: s.columns })), Plot.ruleX([0])],
    }),
    { titles: labels.titles },
  );
}

/** A chart with its caption, text summary and the numbers as a table; `svg` from seriesSvg(s). */
export function ChartFigure({ s, svg, t }: { s: Series; svg: string; t: Translate }) {
  return (
    <figure class="chart" id={`chart-${s.id}`}>
      <div role="img" aria-label={s.summary}>
        {raw(svg)}
      </div>
      <figcaption>
        {s.caption} — {s.summary}
      </figcaption>
      <details>
        <summary>{t('analysis.chart.table')}</summary>
        <table>
          <thead>
            <tr>
              <th scope="col">{t('analysis.item')}</th>
              {s.columns.map((c) => (
                <th scope="col">{c}</th>
              ))}
            </tr>
          </thead>
          <tbody>
            {s.rows.map((r) => (
              <tr>
                <th scope="row">{r.label}</th>
                {r.values.map((v) => (
                  <td>{v}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </figure>
  );
}
