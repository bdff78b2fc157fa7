import { clusterTexts } from '../text/cluster.ts';
import { clusterLabel } from './clusterLabel.ts';
import { admit } from './confidential.ts';
import type { Quote } from './challenges.ts';
import type { AnalysisInput } from './queries/analysisInput.ts';

/**
 * The most common challenges across the whole framework: every sentence of every challenge a State
 * described, for any element, clustered together (the same method as per element, cluster.ts), then counted in
 * States, not texts, since a State that names its staff shortage under ten elements has one
 * problem, not ten. Each theme says which elements it comes up under, with a label in the States'
 * words and a quote the reader may read; the aggregate rule applies to each theme's States.
 */
export interface CrossCuttingChallenge {
  label: string | null;
  /** States describing it; share of the States that described any challenge. */
  states: number;
  share: number;
  suppressed: boolean;
  elements: Array<{ id: string; states: number }>;
  quote: (Quote & { element: string }) | null;
}

const MAX = 8;
const sentences = (text: string) =>
  text
    .split(/(?<=[.!?\u3002\u061F])\s+/u)
    .map((x) => x.trim())
    .filter((x) => x.length > 0);
const clip = (s: string, n = 300) => (s.length > n ? `${s.slice(0, n - 1)}…` : s);

export function crossCuttingChallenges(input: AnalysisInput, min: number): CrossCuttingChallenge[] {
  // Sentence by sentence: a State that writes "we lack staff. There is also no law." names two
  // challenges, and clustering whole texts would merge unrelated themes across elements.
  const texts = input.reports.flatMap((r) =>
    [...r.elements].flatMap(([element, f]) =>
      f.challenges
        ? sentences(f.challenges).map((text) => ({ text, item: { element, state: r.state, stateName: r.stateName, demo: r.demo, readable: r.readable } }))
        : [],
    ),
  );
  if (!texts.length) return [];
  const describing = admit([...new Map(texts.map((t) => [t.item.state, t.item])).values()], min).rows.length;
  const out = clusterTexts(texts).flatMap((c) => {
    // One row per State: the member closest to the centre speaks for it.
    const byState = new Map<string, (typeof c.members)[number]>();
    for (const m of [...c.members].sort((a, b) => b.similarity - a.similarity)) if (!byState.has(m.item.state)) byState.set(m.item.state, m);
    const a = admit(
      [...byState.values()].map((m) => ({ ...m, readable: m.item.readable })),
      min,
    );
    if (a.rows.length < 2) return [];
    const counted = new Set(a.rows.map((m) => m.item.state));
    const perElement = new Map<string, Set<string>>();
    for (const m of c.members)
      if (counted.has(m.item.state)) (perElement.get(m.item.element) ?? perElement.set(m.item.element, new Set()).get(m.item.element)!).add(m.item.state);
    const readable = c.members.filter((m) => m.item.readable && counted.has(m.item.state)).sort((x, y) => y.similarity - x.similarity);
    const q = readable[0];
    return [
      {
        label: null as string | null,
        labelFrom: () =>
          clusterLabel(
            readable.map((m) => m.text),
            c.members.filter((m) => counted.has(m.item.state)).map((m) => m.text),
            c.weights,
          ),
        states: a.rows.length,
        share: describing ? a.rows.length / describing : 0,
        suppressed: a.suppressed,
        elements: [...perElement].map(([id, s]) => ({ id, states: s.size })).sort((x, y) => y.states - x.states || x.id.localeCompare(y.id)),
        quote: q ? { state: q.item.state, stateName: q.item.stateName, text: clip(q.text), demo: q.item.demo, element: q.item.element } : null,
      },
    ];
  });
  // Labelled once it is known to be shown (labelling is the costly part).
  return out
    .sort((x, y) => y.states - x.states || x.elements.length - y.elements.length)
    .slice(0, MAX)
    .map(({ labelFrom, ...x }) => ({ ...x, label: labelFrom() }));
}
