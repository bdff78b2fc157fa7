import { FUNCTION_WORDS, SPEECH_WORDS } from './stopWords.ts';
import { words } from './tokenize.ts';

/**
 * The trained layer over the lexicon classifier: one binary naive Bayes per label ("pillar:norms",
 * "element:norm-f"), over the statement's words and the lexicon's own labels as features. It is
 * trained from stored statements whose labels people have corrected, and only ever speaks about
 * labels people have corrected: elsewhere the lexicon, which it would merely imitate, decides.
 *
 * How the two combine (see applyModel): the lexicon's labels come first; the layer adds a label the
 * lexicon missed when its probability is ≥ ADD_AT and people have added that label before, and drops
 * a lexicon label when its probability is ≤ DROP_AT and people have removed that label before.
 * People's own corrections are replayed after both and always win.
 */
export const ADD_AT = 0.7;
export const DROP_AT = 0.2;
/** A corrected statement counts this many times: it is the signal the layer exists to learn. */
const PERSON_WEIGHT = 3;

export interface Example {
  text: string;
  /** Labels the lexicon gave the statement (features, not targets). */
  lexicon: string[];
  /** The statement's final labels, after corrections. */
  labels: string[];
  /** Labels a person added to or removed from this statement. */
  added: string[];
  removed: string[];
}

export interface LabelModel {
  prior: number;
  weights: Record<string, number>;
  added: number;
  removed: number;
}

export interface Model {
  version: number;
  labels: Record<string, LabelModel>;
}

/** The words (three letters or more, no stop words) and lexicon labels a statement is known by. */
export function features(text: string, lexicon: string[]): Set<string> {
  const out = new Set<string>();
  for (const w of words(text)) if (w.length >= 3 && !FUNCTION_WORDS.has(w) && !SPEECH_WORDS.has(w) && !/^\d+$/.test(w)) out.add(w);
  for (const l of lexicon) out.add(`lex:${l}`);
  return out;
}

/** Trains one model per label that people have corrected; returns null when there is nothing to learn. */
export function train(examples: Example[], version: number): Model | null {
  const corrected = new Map<string, { added: number; removed: number }>();
  for (const e of examples) {
    for (const l of e.added) {
      const c = corrected.get(l) ?? { added: 0, removed: 0 };
      c.added++;
      corrected.set(l, c);
    }
    for (const l of e.removed) {
      const c = corrected.get(l) ?? { added: 0, removed: 0 };
      c.removed++;
      corrected.set(l, c);
    }
  }
  if (corrected.size === 0) return null;
  const feats = examples.map((e) => features(e.text, e.lexicon));
  const vocab = new Set<string>();
  for (const f of feats) for (const w of f) vocab.add(w);
  const labels: Record<string, LabelModel> = {};
  for (const [label, counts] of corrected) {
    const pos = new Map<string, number>();
    const neg = new Map<string, number>();
    let posN = 0,
      negN = 0,
      posTotal = 0,
      negTotal = 0;
    examples.forEach((e, i) => {
      const w = e.added.includes(label) || e.removed.includes(label) ? PERSON_WEIGHT : 1;
      const isPos = e.labels.includes(label);
      const target = isPos ? pos : neg;
      if (isPos) posN += w;
      else negN += w;
      for (const f of feats[i]!) {
        target.set(f, (target.get(f) ?? 0) + w);
        if (isPos) posTotal += w;
        else negTotal += w;
      }
    });
    if (posN === 0 || negN === 0) {
      // One class only: the layer cannot separate; keep the correction counts, no weights.
      labels[label] = { prior: posN === 0 ? -5 : 5, weights: {}, ...counts };
      continue;
    }
    const v = vocab.size;
    const weights: Record<string, number> = {};
    for (const f of vocab) {
      const w = Math.log(((pos.get(f) ?? 0) + 1) / (posTotal + v)) - Math.log(((neg.get(f) ?? 0) + 1) / (negTotal + v));
      if (Math.abs(w) >= 0.05) weights[f] = Math.round(w * 1000) / 1000;
    }
    labels[label] = { prior: Math.log(posN / negN), weights, ...counts };
  }
  return { version, labels };
}

/** The probability the layer gives a label, with the words that weighed most for it. */
export function score(m: LabelModel, feats: Set<string>): { p: number; top: string[] } {
  let logit = m.prior;
  const contrib: Array<[string, number]> = [];
  for (const f of feats) {
    const w = m.weights[f];
    if (w === undefined) continue;
    logit += w;
    contrib.push([f, w]);
  }
  contrib.sort((a, b) => b[1] - a[1]);
  return { p: 1 / (1 + Math.exp(-logit)), top: contrib.slice(0, 3).map(([f]) => f) };
}

export interface LayerDecision {
  add: Array<{ label: string; p: number; explanation: string }>;
  drop: Array<{ label: string; p: number; explanation: string }>;
}

/** What the layer changes on top of the lexicon's labels for one statement. */
export function applyModel(model: Model, text: string, lexicon: string[]): LayerDecision {
  const feats = features(text, lexicon);
  const out: LayerDecision = { add: [], drop: [] };
  for (const [label, m] of Object.entries(model.labels)) {
    const has = lexicon.includes(label);
    if (has && m.removed === 0) continue;
    if (!has && m.added === 0) continue;
    const { p, top } = score(m, feats);
    const why = `trained layer v${model.version}: p=${p.toFixed(2)}${top.length ? `, words ${top.map((t) => `"${t}"`).join(', ')}` : ''}`;
    if (!has && p >= ADD_AT) out.add.push({ label, p, explanation: why });
    if (has && p <= DROP_AT) out.drop.push({ label, p, explanation: why });
  }
  return out;
}
