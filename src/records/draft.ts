import { defaultClassifier } from '../text/records/classify.ts';
import type { Paragraph, Reading, SentenceRef, Span } from '../text/records/types.ts';
import { applyModel, type Model } from '../text/naiveBayes.ts';
import { paragraphRun, SentenceIndex, type SourceSentence } from './sourceSentences.ts';
import type { LabelSource } from './tables.ts';

/**
 * A document's statements as they will be stored: the machine reading, then the trained layer, then
 * every person's correction replayed in order (replay.ts). Rebuilding from scratch each time is what
 * makes "re-running never overwrites a correction" true by construction.
 *
 * A draft is a run of sentences. Its span is authoritative: the sentence numbers are those of the
 * sentences holding the span's first and last characters, as src/text/records/sentences.ts splits
 * them, and the span is widened to exactly those sentences.
 */
export interface DraftTag {
  kind: 'pillar' | 'element';
  id: string;
  confidence: number;
  explanation: string;
  source: LabelSource;
}
export interface DraftStance {
  question: string;
  value: string;
  evidence: string;
  confidence: number;
  explanation: string;
  source: LabelSource;
}
export interface DraftStatement {
  speaker: string;
  deliveredBy: string | null;
  /** The speaker kind the reader gave; the stored kind is decided from the id (speakers.ts). */
  claimedKind: string;
  person: { name: string; affiliation?: string } | null;
  speakerSource: LabelSource;
  cue: string;
  from: SentenceRef;
  to: SentenceRef;
  span: Span;
  paragraphs: number[];
  /** The other speakers of a joint statement. */
  joint: string[];
  /** Index into the reading's proposals of the proposal this statement supports. */
  supportsProposal: number | null;
  tookFloorAgain: boolean;
  tags: DraftTag[];
  stances: DraftStance[];
}

export interface DraftUnattributed {
  at: SentenceRef;
  span: Span;
  cue: string;
}

export const labelOf = (t: { kind: string; id: string }) => `${t.kind}:${t.id}`;

export const indexOf = (p: Map<number, Paragraph> | SentenceIndex) => (p instanceof SentenceIndex ? p : new SentenceIndex(p));

/** The run from one sentence to another, as a draft's position fields. */
export function runOf(first: SourceSentence, last: SourceSentence, index: SentenceIndex): Pick<DraftStatement, 'from' | 'to' | 'span' | 'paragraphs'> {
  return {
    from: { paragraph: first.paragraph, sentence: first.sentence },
    to: { paragraph: last.paragraph, sentence: last.sentence },
    span: { start: first.start, end: last.end },
    paragraphs: paragraphRun(first.paragraph, last.paragraph, index.paragraphs),
  };
}

/** The sentences a reader's span covers (its refs when the span names no sentence of the text). */
function sentencesOf(index: SentenceIndex, span: Span, refs: { from: SentenceRef; to: SentenceRef } | undefined): [SourceSentence, SourceSentence] | null {
  let first = span.end > span.start ? index.containing(span.start) : undefined;
  let last = span.end > span.start ? index.endingAt(span.end) : undefined;
  if ((!first || !last) && refs) {
    first = index.at(refs.from);
    last = index.at(refs.to) ?? (first && index.last(refs.to.paragraph));
  }
  if (!first || !last) return null;
  return last.start < first.start ? [first, first] : [first, last];
}

export function draftsFromReading(reading: Reading, paragraphs: Map<number, Paragraph> | SentenceIndex): DraftStatement[] {
  const index = indexOf(paragraphs);
  const out: DraftStatement[] = [];
  for (const s of reading.statements) {
    const run = sentencesOf(index, s.span, s.sentences);
    if (!run) continue;
    out.push({
      speaker: s.speaker,
      deliveredBy: s.deliveredBy ?? null,
      claimedKind: s.speakerKind ?? '',
      person: s.person ? { name: s.person.name, ...(s.person.affiliation ? { affiliation: s.person.affiliation } : {}) } : null,
      speakerSource: 'machine',
      cue: s.speakerCue,
      ...runOf(run[0], run[1], index),
      joint: [...(s.joint ?? [])],
      supportsProposal: s.supportsProposal ?? null,
      tookFloorAgain: s.tookFloorAgain,
      tags: s.tags.map((t) =>
        'pillar' in t
          ? { kind: 'pillar' as const, id: t.pillar, confidence: t.confidence, explanation: t.explanation, source: 'machine' as const }
          : { kind: 'element' as const, id: t.element, confidence: t.confidence, explanation: t.explanation, source: 'machine' as const },
      ),
      stances: s.stances.map((x) => ({
        question: x.question,
        value: x.value,
        evidence: x.evidence,
        confidence: x.confidence,
        explanation: x.explanation,
        source: 'machine' as const,
      })),
    });
  }
  return out;
}

/** The reading's unattributed sentences, on the sentences of the stored text. */
export function unattributedOf(reading: Reading, paragraphs: Map<number, Paragraph> | SentenceIndex): DraftUnattributed[] {
  const index = indexOf(paragraphs);
  const out: DraftUnattributed[] = [];
  for (const u of reading.unattributed ?? []) {
    const s = index.containing(u.span.start) ?? index.at(u.at);
    if (s && !out.some((o) => o.span.start === s.start))
      out.push({ at: { paragraph: s.paragraph, sentence: s.sentence }, span: { start: s.start, end: s.end }, cue: u.cue });
  }
  return out;
}

/** Unattributed sentences no statement covers any more (a person attributed the others). */
export function stillUnattributed(unattributed: DraftUnattributed[], drafts: DraftStatement[]): DraftUnattributed[] {
  return unattributed.filter((u) => !drafts.some((d) => d.span.start < u.span.end && u.span.start < d.span.end));
}

export function textOf(d: Pick<DraftStatement, 'span' | 'paragraphs'>, paragraphs: Map<number, Paragraph> | SentenceIndex): string {
  return indexOf(paragraphs).text(d.span, d.paragraphs);
}

/** Applies the trained layer's additions and removals to machine labels. */
export function applyLayer(drafts: DraftStatement[], model: Model | null, paragraphs: Map<number, Paragraph> | SentenceIndex): void {
  if (!model) return;
  const index = indexOf(paragraphs);
  for (const d of drafts) {
    const lexicon = d.tags.map(labelOf);
    const decision = applyModel(model, textOf(d, index), lexicon);
    const dropped = new Set(decision.drop.map((x) => x.label));
    d.tags = d.tags.filter((t) => !dropped.has(labelOf(t)));
    for (const a of decision.add) {
      const [kind, id] = a.label.split(/:(.*)/s) as ['pillar' | 'element', string];
      d.tags.push({ kind, id, confidence: Math.round(a.p * 100) / 100, explanation: a.explanation, source: 'machine' });
    }
  }
}

/** Machine tags of a text (after a split or a reassignment changed a statement's words), keeping a person's. */
export function retag(text: string, keep: DraftTag[]): DraftTag[] {
  const c = defaultClassifier().classify(text);
  const tags: DraftTag[] = c.tags.map((t) =>
    'pillar' in t
      ? { kind: 'pillar' as const, id: t.pillar, confidence: t.confidence, explanation: t.explanation, source: 'machine' as const }
      : { kind: 'element' as const, id: t.element, confidence: t.confidence, explanation: t.explanation, source: 'machine' as const },
  );
  return mergeTags(tags, keep);
}

export function mergeTags(a: DraftTag[], b: DraftTag[]): DraftTag[] {
  const out = new Map<string, DraftTag>();
  for (const t of [...a, ...b]) {
    const k = labelOf(t);
    const seen = out.get(k);
    if (!seen || t.source === 'person' || (seen.source !== 'person' && t.confidence > seen.confidence)) out.set(k, t);
  }
  return [...out.values()];
}
