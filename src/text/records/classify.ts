import { FRAMEWORK_2025 } from '../../framework/catalogue/index.ts';
import type { PillarId, ReaderFramework } from '../../framework/catalogue/types.ts';
import { EXTRA_PILLAR_TERMS, HEADING_TERMS, WEAK_TERMS } from './classifyTerms.ts';
import { PhraseIndex } from '../phrases.ts';
import { tokenize, type Tokens } from '../tokenize.ts';
import type { Tag } from './types.ts';

export interface Classification {
  pillars: PillarId[];
  elements: string[];
  tags: Tag[];
}

interface Score {
  score: number;
  terms: Map<string, number>;
}

/** Lexicon matchers compiled once per framework version. */
export class Classifier {
  private readonly pillars = new PhraseIndex<PillarId>();
  private readonly elements = new PhraseIndex<string>();
  private readonly headings = new PhraseIndex<PillarId>();
  private readonly pillarOrder: PillarId[];

  constructor(framework: ReaderFramework = FRAMEWORK_2025) {
    this.pillarOrder = framework.pillars.map((p) => p.id);
    for (const p of framework.pillars) {
      for (const t of p.lexicon) this.pillars.add(t, p.id);
      for (const t of EXTRA_PILLAR_TERMS[p.id] ?? []) this.pillars.add(t, p.id);
      this.headings.add(p.title, p.id);
      for (const t of HEADING_TERMS[p.id] ?? []) this.headings.add(t, p.id);
    }
    for (const e of framework.elements) for (const t of e.lexicon) this.elements.add(t, e.id);
  }

  /**
   * Pillars and elements a text speaks about, each with a confidence that grows with the number of
   * distinct terms found and an explanation listing them. `agenda` pillars come from the meeting's
   * announced topic and are added with the topic as their explanation.
   */
  classify(text: string | Tokens, agenda: { pillars: PillarId[]; phrase: string } | null = null): Classification {
    const tokens = typeof text === 'string' ? tokenize(text) : text;
    const pillarScores = new Map([...score(this.pillars.match(tokens.words))].filter(([, s]) => s.score >= TAG_THRESHOLD));
    const elementScores = new Map([...score(this.elements.match(tokens.words))].filter(([, s]) => s.score >= TAG_THRESHOLD));
    const tags: Tag[] = [];
    const pillars: PillarId[] = [];
    for (const id of this.pillarOrder) {
      const s = pillarScores.get(id);
      const fromAgenda = agenda?.pillars.includes(id) ?? false;
      if (!s && !fromAgenda) continue;
      pillars.push(id);
      const parts: string[] = [];
      if (s) parts.push(`terms: ${explain(s)}`);
      if (fromAgenda) parts.push(`meeting topic: "${agenda!.phrase.trim()}"`);
      const confidence = confidenceOf((s?.score ?? 0) + (fromAgenda ? 1 : 0));
      tags.push({ pillar: id, confidence, explanation: parts.join('; ') });
    }
    const elements: string[] = [];
    for (const [id, s] of elementScores) {
      elements.push(id);
      tags.push({ element: id, confidence: confidenceOf(s.score), explanation: `terms: ${explain(s)}` });
    }
    return { pillars, elements, tags };
  }

  /** The pillar a section heading names, or null for "General", "Introduction" and the like. */
  headingPillar(heading: string): PillarId | null {
    const tokens = tokenize(heading);
    const scores = score(this.headings.match(tokens.words));
    if (scores.size === 0) for (const [k, v] of score(this.pillars.match(tokens.words))) scores.set(k, v);
    let best: PillarId | null = null;
    let bestScore = 0;
    for (const id of this.pillarOrder) {
      const s = scores.get(id)?.score ?? 0;
      if (s > bestScore) {
        best = id;
        bestScore = s;
      }
    }
    return best;
  }

  /** Pillars of an announced meeting topic: the best-scoring one, or none. */
  agendaPillars(phrase: string | null): PillarId[] {
    if (!phrase) return [];
    const p = this.headingPillar(phrase);
    return p ? [p] : [];
  }
}

/** One specific term, or two of the weak ones. */
const TAG_THRESHOLD = 0.7;

function score<T>(hits: Array<{ phrase: string; length: number; targets: T[] }>): Map<T, Score> {
  const out = new Map<T, Score>();
  for (const h of hits) {
    for (const t of h.targets) {
      let s = out.get(t);
      if (!s) {
        s = { score: 0, terms: new Map() };
        out.set(t, s);
      }
      const seen = s.terms.get(h.phrase) ?? 0;
      s.terms.set(h.phrase, seen + 1);
      // A repeated term adds less than a new one; a phrase says more than a single word.
      s.score += (WEAK_TERMS.has(h.phrase) ? 0.35 : h.length > 1 ? 1 : 0.7) / (seen + 1);
    }
  }
  return out;
}

function confidenceOf(score: number): number {
  return Math.round((1 - Math.exp(-1.1 * score)) * 100) / 100;
}

function explain(s: Score): string {
  return [...s.terms].map(([t, n]) => (n > 1 ? `"${t}" ×${n}` : `"${t}"`)).join(', ');
}

const compiled = new WeakMap<ReaderFramework, Classifier>();

/**
 * The classifier for a framework, compiled once per framework object: the database loader hands
 * out the same object until the framework changes, so a reading pays nothing for it.
 */
export function classifierFor(framework: ReaderFramework): Classifier {
  let c = compiled.get(framework);
  if (!c) {
    c = new Classifier(framework);
    compiled.set(framework, c);
  }
  return c;
}

/** The classifier for the given framework, or for the compiled-in catalogue (`accord read` offline). */
export function defaultClassifier(framework: ReaderFramework = FRAMEWORK_2025): Classifier {
  return classifierFor(framework);
}
