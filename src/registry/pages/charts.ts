import { renderPlot } from '../../exports/chart.ts';
import type { communicationCheckSummaries, roundByRegion } from '../queries.ts';
import { rate } from './parts.tsx';

type Summaries = Awaited<ReturnType<typeof communicationCheckSummaries>>;

// A round still inside its response window is not a result yet: drawn, it would show as a fall.
export const closedRounds = (rounds: Summaries, now = new Date()) => rounds.filter((r) => new Date(r.respond_by) <= now);

/** The acknowledgement rate of every closed check, over time. */
export function overTimeChart(rounds: Summaries, label: string) {
  const data = closedRounds(rounds).map((r) => ({ date: new Date(r.started_at), rate: rate(Number(r.acknowledged), Number(r.points_of_contact)) }));
  return renderPlot((Plot) => ({
    width: 720,
    height: 260,
    marginLeft: 50,
    y: { domain: [0, 100], label: label, grid: true },
    x: { type: 'utc', label: null },
    marks: [
      Plot.ruleY([0]),
      Plot.line(data, { x: 'date', y: 'rate', stroke: '#1e7a3c' }),
      Plot.dot(data, { x: 'date', y: 'rate', fill: '#1e7a3c', r: 4 }),
      Plot.text(data, { x: 'date', y: 'rate', text: (d: { rate: number }) => `${d.rate}%`, dy: -10 }),
    ],
  }));
}

/** One check's acknowledgement rate per regional group. */
export function regionChart(regions: Awaited<ReturnType<typeof roundByRegion>>, label: string) {
  const data = regions.map((r) => ({ region: r.region, rate: rate(Number(r.acknowledged), Number(r.points_of_contact)) }));
  return renderPlot((Plot) => ({
    width: 860,
    height: 40 + 32 * Math.max(1, data.length),
    marginLeft: 330,
    marginRight: 50,
    x: { domain: [0, 100], label, grid: true },
    y: { label: null },
    marks: [
      Plot.barX(data, { x: 'rate', y: 'region', fill: '#0b5cad' }),
      Plot.text(data, { x: 'rate', y: 'region', text: (d: { rate: number }) => `${d.rate}%`, textAnchor: 'start', dx: 4 }),
      Plot.ruleX([0]),
    ],
  }));
}
