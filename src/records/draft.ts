import { defaultClassifier } from '../text/records/classify.ts';
import type { Paragraph, Reading } from '../text/records/types.ts';
import { applyModel, type Model } from './naiveBayes.ts';
import type { CorrectionField, LabelSource } from './tables.ts';

/**
 * A document's statements as they will be stored: the machine reading, then the trained layer, then
 * every person's correction replayed in order. Rebuilding from scratch each time is what makes
 * "re-running never overwrites a correction" true by construction.
 */
export interface DraftTag { kind: 'pillar' | 'element'; id: string; confidence: number; explanation: string; source: LabelSource }
export interface DraftStance { question: string; value: string; evidence: string; confidence: number; explanation: string; source: LabelSource }
export interface DraftStatement {
  speaker: string;
  deliveredBy: string | null;
  speakerSource: LabelSource;
  cue: string;
  paragraphs: number[];
  tookFloorAgain: boolean;
  tags: DraftTag[];
  stances: DraftStance[];
}

export interface Correction { field: CorrectionField; anchor: number; after: Record<string, unknown>; by: string }

export const labelOf = (t: { kind: string; id: string }) => `${t.kind}:${t.id}`;

export function draftsFromReading(reading: Reading): DraftStatement[] {
  return reading.statements.map((s) => ({
    speaker: s.speaker,
    deliveredBy: s.deliveredBy ?? null,
    speakerSource: 'machine',
    cue: s.speakerCue,
    paragraphs: [...s.paragraphs],
    tookFloorAgain: s.tookFloorAgain,
    tags: s.tags.map((t) => ('pillar' in t
      ? { kind: 'pillar' as const, id: t.pillar, confidence: t.confidence, explanation: t.explanation, source: 'machine' as const }
      : { kind: 'element' as const, id: t.element, confidence: t.confidence, explanation: t.explanation, source: 'machine' as const })),
    stances: s.stances.map((x) => ({ question: x.question, value: x.value, evidence: x.evidence, confidence: x.confidence, explanation: x.explanation, source: 'machine' as const })),
  }));
}

export function textOf(d: { paragraphs: number[] }, byNumber: Map<number, Paragraph>): string {
  return d.paragraphs.map((n) => byNumber.get(n)?.text ?? '').join('\n');
}

/** Applies the trained layer's additions and removals to machine labels. */
export function applyLayer(drafts: DraftStatement[], model: Model | null, byNumber: Map<number, Paragraph>): void {
  if (!model) return;
  for (const d of drafts) {
    const lexicon = d.tags.map(labelOf);
    const decision = applyModel(model, textOf(d, byNumber), lexicon);
    const dropped = new Set(decision.drop.map((x) => x.label));
    d.tags = d.tags.filter((t) => !dropped.has(labelOf(t)));
    for (const a of decision.add) {
      const [kind, id] = a.label.split(/:(.*)/s) as ['pillar' | 'element', string];
      d.tags.push({ kind, id, confidence: Math.round(a.p * 100) / 100, explanation: a.explanation, source: 'machine' });
    }
  }
}

const containing = (drafts: DraftStatement[], p: number) => drafts.findIndex((d) => d.paragraphs.includes(p));

/** Replays corrections in the order they were made; one that no longer applies is skipped, not fatal. */
export function applyCorrections(drafts: DraftStatement[], corrections: Correction[], byNumber: Map<number, Paragraph>): DraftStatement[] {
  let out = drafts;
  for (const c of corrections) {
    const i = containing(out, c.anchor);
    if (i < 0) continue;
    const d = out[i]!;
    const a = c.after;
    switch (c.field) {
      case 'speaker':
        d.speaker = String(a.speaker);
        d.deliveredBy = a.deliveredBy ? String(a.deliveredBy) : null;
        d.speakerSource = 'person';
        break;
      case 'pillar':
      case 'element': {
        const id = String(a.id);
        d.tags = d.tags.filter((t) => !(t.kind === c.field && t.id === id));
        if (a.present) d.tags.push({ kind: c.field, id, confidence: 1, explanation: `corrected by ${c.by}`, source: 'person' });
        break;
      }
      case 'stance': {
        const q = String(a.question);
        d.stances = d.stances.filter((s) => s.question !== q);
        if (a.value) d.stances.push({ question: q, value: String(a.value), evidence: String(a.evidence ?? ''), confidence: 1, explanation: `corrected by ${c.by}`, source: 'person' });
        break;
      }
      case 'split': {
        const at = Number(a.at);
        const k = d.paragraphs.indexOf(at);
        if (k <= 0) break;
        const first: DraftStatement = { ...d, paragraphs: d.paragraphs.slice(0, k) };
        const second: DraftStatement = { ...d, paragraphs: d.paragraphs.slice(k), tookFloorAgain: false, cue: '', stances: [], tags: [] };
        const secondText = textOf(second, byNumber);
        first.stances = d.stances.filter((s) => !s.evidence || !secondText.includes(s.evidence));
        second.stances = d.stances.filter((s) => s.evidence && secondText.includes(s.evidence));
        // Each part's subjects come from its own words; a person's tags stay with the first part.
        first.tags = retag(textOf(first, byNumber), d.tags.filter((t) => t.source === 'person'));
        second.tags = retag(secondText, []);
        out = [...out.slice(0, i), first, second, ...out.slice(i + 1)];
        break;
      }
      case 'merge': {
        if (i === 0 || d.paragraphs[0] !== c.anchor) break;
        const prev = out[i - 1]!;
        const merged: DraftStatement = {
          ...prev,
          paragraphs: [...prev.paragraphs, ...d.paragraphs],
          tags: mergeTags(prev.tags, d.tags),
          stances: [...prev.stances, ...d.stances.filter((s) => !prev.stances.some((p) => p.question === s.question))],
        };
        out = [...out.slice(0, i - 1), merged, ...out.slice(i + 1)];
        break;
      }
    }
  }
  return out;
}

function retag(text: string, keep: DraftTag[]): DraftTag[] {
  const c = defaultClassifier().classify(text);
  const tags: DraftTag[] = c.tags.map((t) => ('pillar' in t
    ? { kind: 'pillar' as const, id: t.pillar, confidence: t.confidence, explanation: t.explanation, source: 'machine' as const }
    : { kind: 'element' as const, id: t.element, confidence: t.confidence, explanation: t.explanation, source: 'machine' as const }));
  return mergeTags(tags, keep);
}

function mergeTags(a: DraftTag[], b: DraftTag[]): DraftTag[] {
  const out = new Map<string, DraftTag>();
  for (const t of [...a, ...b]) {
    const k = labelOf(t);
    const seen = out.get(k);
    if (!seen || t.source === 'person' || (seen.source !== 'person' && t.confidence > seen.confidence)) out.set(k, t);
  }
  return [...out.values()];
}
