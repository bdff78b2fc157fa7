import { clusterTexts } from '../text/cluster.ts';
import { clusterLabel } from './clusterLabel.ts';
import { admit } from './confidential.ts';
import type { AnalysisInput } from './queries/analysisInput.ts';

export interface Quote {
  state: string;
  stateName: string;
  text: string;
  demo: boolean;
}
export interface ClusterView {
  count: number;
  /** count ÷ States that described a challenge for the element. */
  share: number;
  /** The readable member closest to the centroid; null when no member may be quoted to this reader. */
  quote: Quote | null;
  /** Other readable members (short list). */
  more: Quote[];
  /** A phrase in the States' words naming the cluster (clusterLabel.ts), from texts this reader may read; null when none. */
  label: string | null;
  terms: string[];
  byRegion: Record<string, number>;
}
export interface ChallengeView {
  answered: number;
  suppressed: boolean;
  clusters: ClusterView[];
}
export type RegionalCommon =
  | { kind: 'status'; element: string; status: string; n: number; of: number; share: number }
  | { kind: 'challenge'; element: string; n: number; of: number; share: number; quote: Quote | null; label: string | null; terms: string[] };

const MAX_CLUSTERS = 6;
const clip = (s: string, n = 400) => (s.length > n ? `${s.slice(0, n - 1)}…` : s);

/**
 * Per element: the challenges States described, clustered (cluster.ts), with counts and quotes the
 * reader may see; per region: elements where most reporting States share a challenge cluster.
 */
export function challengeAnalysis(input: AnalysisInput, min: number, regions: Array<{ id: string }>) {
  const byElement = new Map<string, ChallengeView>();
  const regional = new Map<string, RegionalCommon[]>();
  for (const el of input.questionnaire.elementIds) {
    const texts = input.reports.flatMap((r) => {
      const t = r.elements.get(el)?.challenges;
      return t ? [{ text: t, item: { state: r.state, stateName: r.stateName, region: r.region, demo: r.demo, readable: r.readable } }] : [];
    });
    if (!texts.length) continue;
    const all = admit(
      texts.map((t) => t.item),
      min,
    );
    const clusters = clusterTexts(texts)
      .map((c) => {
        const admitted = admit(
          c.members.map((m) => ({ ...m.item, text: m.text, similarity: m.similarity })),
          min,
        );
        const members = admitted.rows;
        const readable = members.filter((m) => m.readable).sort((a, b) => b.similarity - a.similarity);
        const toQuote = (m: (typeof readable)[number]): Quote => ({ state: m.state, stateName: m.stateName, text: clip(m.text), demo: m.demo });
        const byRegion: Record<string, number> = {};
        // Only admitted members count: a regional split of withheld reports would reveal them.
        for (const m of members) byRegion[m.region] = (byRegion[m.region] ?? 0) + 1;
        return {
          count: members.length,
          share: all.rows.length ? members.length / all.rows.length : 0,
          quote: readable[0] ? toQuote(readable[0]) : null,
          more: readable.slice(1, 3).map(toQuote),
          // Labelled once it is known to be shown (labelling is the costly part).
          label: null as string | null,
          labelFrom: () =>
            clusterLabel(
              readable.map((m) => m.text),
              members.map((m) => m.text),
              c.weights,
            ),
          // Stems summarise the whole cluster, so they are shown only where every member counts.
          terms: admitted.suppressed ? [] : c.topTerms,
          byRegion,
          raw: c.members.map((m) => m.item),
        };
      })
      .filter((c) => c.count > 0);
    for (const c of clusters.slice(0, MAX_CLUSTERS)) c.label = c.labelFrom();
    byElement.set(el, {
      answered: all.rows.length,
      suppressed: all.suppressed,
      clusters: clusters.slice(0, MAX_CLUSTERS).map(({ raw: _raw, labelFrom: _l, ...c }) => c),
    });
    for (const g of regions) {
      const answering = input.reports.filter((r) => r.region === g.id && r.elements.has(el));
      const ra = admit(answering, min);
      if (ra.rows.length < 2) continue;
      const shown = new Set(ra.rows.map((r) => r.state));
      let top: (typeof clusters)[number] | null = null;
      let n = 0;
      for (const c of clusters) {
        const k = c.raw.filter((m) => m.region === g.id && shown.has(m.state)).length;
        if (k > n) {
          n = k;
          top = c;
        }
      }
      if (top && n >= 2 && n / ra.rows.length > 0.5) {
        const quote = top.raw.find((m) => m.region === g.id && m.readable);
        const text = quote ? texts.find((t) => t.item === quote)?.text : undefined;
        (regional.get(g.id) ?? regional.set(g.id, []).get(g.id)!).push({
          kind: 'challenge',
          element: el,
          n,
          of: ra.rows.length,
          share: n / ra.rows.length,
          label: top.label ?? (top.label = top.labelFrom()),
          terms: top.terms,
          quote: quote && text ? { state: quote.state, stateName: quote.stateName, text: clip(text), demo: quote.demo } : null,
        });
      }
    }
  }
  return { byElement, regional };
}
