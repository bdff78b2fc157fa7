import type { SentenceRef, Span } from '../text/records/types.ts';
import { mergeTags, retag, runOf, textOf, type DraftStatement } from './draft.ts';
import { sameRef, type SentenceIndex, type SourceSentence } from './sourceSentences.ts';
import type { CorrectionField } from './tables.ts';

/**
 * A person's correction as replayed. `anchor` is where the corrected statement was when the person
 * corrected it: its span and speaker (NULL span for corrections made under the paragraph model,
 * which are found by their paragraph as they were made).
 */
export interface Correction {
  field: CorrectionField;
  anchor: { paragraph: number; start: number | null; end: number | null; speaker: string | null };
  before: Record<string, unknown> | null;
  after: Record<string, unknown>;
  by: string;
}

/** Which statement a correction is about in the current drafts: an index, or -1. */
export function findTarget(drafts: DraftStatement[], c: Correction): number {
  const a = c.anchor;
  const who = a.speaker ?? (typeof c.before?.speaker === 'string' ? c.before.speaker : null);
  if (a.start != null && a.end != null) {
    // The statement overlapping the anchored span; among several (a joint sentence, a re-reading
    // that cut the span differently) the one by the same speaker, then the one starting where the
    // corrected statement started, then the largest overlap.
    let best = -1;
    let bestKey: number[] = [];
    drafts.forEach((d, i) => {
      const overlap = Math.min(d.span.end, a.end!) - Math.max(d.span.start, a.start!);
      const holdsPoint = a.start === a.end && d.span.start <= a.start! && a.start! < d.span.end;
      if (overlap <= 0 && !holdsPoint) return;
      const key = [who && d.speaker === who ? 1 : 0, d.span.start === a.start ? 1 : 0, overlap];
      if (best < 0 || greater(key, bestKey)) {
        best = i;
        bestKey = key;
      }
    });
    return best;
  }
  // Paragraph model: statements were addressed by their first paragraph. The statement that now
  // starts in it (the earliest; by the same speaker when the correction says who it was), else the
  // one that runs through it.
  const starting = drafts.map((d, i) => ({ d, i })).filter(({ d }) => d.from.paragraph === a.paragraph);
  if (starting.length) return (starting.find(({ d }) => who && d.speaker === who) ?? starting[0]!).i;
  return drafts.findIndex((d) => d.paragraphs.includes(a.paragraph));
}

const greater = (a: number[], b: number[]) => {
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return a[i]! > b[i]!;
  return false;
};

const overlaps = (d: { span: Span }, s: Span) => d.span.start < s.end && s.start < d.span.end;
const sameSpan = (a: { span: Span }, b: { span: Span }) => a.span.start === b.span.start && a.span.end === b.span.end;

export interface Replayed {
  drafts: DraftStatement[];
  skipped: Correction[];
}

/**
 * Replays corrections in the order they were made. One that finds nothing to apply to is reported
 * in `skipped`, never fatal; one whose effect the reading already has (a split where a statement
 * already starts) counts as kept.
 */
export function applyCorrections(drafts: DraftStatement[], corrections: Correction[], index: SentenceIndex): Replayed {
  let out = drafts;
  const skipped: Correction[] = [];
  for (const c of corrections) {
    const next = apply(out, c, index);
    if (next === null) skipped.push(c);
    else out = next;
  }
  return { drafts: out, skipped };
}

function apply(out: DraftStatement[], c: Correction, index: SentenceIndex): DraftStatement[] | null {
  const a = c.after;
  if (c.field === 'reassign' || c.field === 'attribute') return reassign(out, c, index);
  if (c.field === 'split') return split(out, c, index);
  const i = findTarget(out, c);
  if (i < 0) return null;
  const d = out[i]!;
  switch (c.field) {
    case 'speaker': {
      const old = d.speaker;
      d.speaker = String(a.speaker);
      d.deliveredBy = a.deliveredBy ? String(a.deliveredBy) : null;
      d.speakerSource = 'person';
      d.claimedKind = '';
      if (d.person && d.speaker !== old) d.person = null;
      // The other speakers of a joint sentence now name the corrected speaker.
      for (const o of out) if (o !== d && sameSpan(o, d)) o.joint = o.joint.map((j) => (j === old ? d.speaker : j));
      d.joint = d.joint.filter((j) => j !== d.speaker);
      return out;
    }
    case 'pillar':
    case 'element': {
      const id = String(a.id);
      d.tags = d.tags.filter((t) => !(t.kind === c.field && t.id === id));
      if (a.present) d.tags.push({ kind: c.field, id, confidence: 1, explanation: `corrected by ${c.by}`, source: 'person' });
      return out;
    }
    case 'stance': {
      const q = String(a.question);
      d.stances = d.stances.filter((s) => s.question !== q);
      if (a.value)
        d.stances.push({
          question: q,
          value: String(a.value),
          evidence: String(a.evidence ?? ''),
          confidence: 1,
          explanation: `corrected by ${c.by}`,
          source: 'person',
        });
      return out;
    }
    case 'merge': {
      // Paragraph model: the statement had to start in the anchored paragraph; if it no longer
      // does, the paragraph already continues the previous statement.
      if (c.anchor.start == null && d.from.paragraph !== c.anchor.paragraph) return out;
      const prevEnd = Math.max(
        -1,
        ...out
          .slice(0, i)
          .filter((p) => p.span.end <= d.span.start)
          .map((p) => p.span.end),
      );
      if (prevEnd < 0) return null;
      // A joint statement before continues for every one of its speakers.
      const group = out.filter((p, k) => k < i && p.span.end === prevEnd);
      for (const g of group) {
        Object.assign(g, runOf(index.at(g.from)!, index.at(d.to)!, index));
        g.tags = mergeTags(g.tags, d.tags);
        g.stances = [...g.stances, ...d.stances.filter((s) => !g.stances.some((p) => p.question === s.question))];
      }
      return out.filter((x) => x !== d);
    }
    default:
      return null;
  }
}

/** The sentence a split or reassignment names: by its offset when recorded, else by its number. */
function sentenceOf(c: Correction, index: SentenceIndex): SourceSentence | undefined {
  const a = c.after;
  if (typeof a.start === 'number') return index.containing(a.start);
  if (a.at && typeof a.at === 'object') return index.at(a.at as SentenceRef);
  if (typeof a.at === 'number') return index.of(a.at)[0];
  return undefined;
}

/** Cuts a draft before sentence `s`: [from … s−1] and [s … to]; each part's labels from its own words. */
function cut(d: DraftStatement, s: SourceSentence, index: SentenceIndex): [DraftStatement, DraftStatement] {
  const prev = index.previous(s)!;
  const first: DraftStatement = { ...d, ...runOf(index.at(d.from)!, prev, index) };
  const second: DraftStatement = { ...d, ...runOf(s, index.at(d.to)!, index), tookFloorAgain: false, cue: '', supportsProposal: null, stances: [], tags: [] };
  const secondText = textOf(second, index);
  first.stances = d.stances.filter((x) => !x.evidence || !secondText.includes(x.evidence));
  second.stances = d.stances.filter((x) => x.evidence && secondText.includes(x.evidence));
  first.tags = retag(
    textOf(first, index),
    d.tags.filter((t) => t.source === 'person'),
  );
  second.tags = retag(secondText, []);
  return [first, second];
}

const holdsAfterStart = (d: DraftStatement, s: SourceSentence) => d.span.start < s.start && s.start < d.span.end;

/** "A new statement starts at this sentence": every statement running through it is cut there. */
function split(out: DraftStatement[], c: Correction, index: SentenceIndex): DraftStatement[] | null {
  const s = sentenceOf(c, index);
  if (!s) return null;
  const i = findTarget(out, c);
  const through = out.filter((d) => holdsAfterStart(d, s));
  if (through.length === 0) return out.some((d) => d.span.start === s.start) ? out : null;
  // The corrected statement and the other speakers of its joint sentence; any other statement
  // running through the sentence is left alone.
  const target = i >= 0 && holdsAfterStart(out[i]!, s) ? out[i]! : through[0]!;
  const group = new Set(through.filter((d) => sameSpan(d, target)));
  const firsts: DraftStatement[] = [];
  const seconds: DraftStatement[] = [];
  const kept: DraftStatement[] = [];
  for (const d of out) {
    if (!group.has(d)) {
      kept.push(d);
      continue;
    }
    const [a, b] = cut(d, s, index);
    firsts.push(a);
    seconds.push(b);
    kept.push(a);
  }
  return insertInOrder(kept, seconds);
}

/**
 * One sentence to a speaker: it leaves every statement that covers it (which shrinks or is cut in
 * two around it) and becomes a statement of its own, with the stances quoted from it.
 */
function reassign(out: DraftStatement[], c: Correction, index: SentenceIndex): DraftStatement[] | null {
  const s = sentenceOf(c, index) ?? (c.anchor.start != null ? index.containing(c.anchor.start) : undefined);
  if (!s || typeof c.after.speaker !== 'string') return null;
  const text = index.text(s, [s.paragraph]);
  const moved = new Map<string, DraftStatement['stances'][number]>();
  const kept: DraftStatement[] = [];
  const added: DraftStatement[] = [];
  for (const d of out) {
    if (!overlaps(d, s)) {
      kept.push(d);
      continue;
    }
    for (const x of d.stances) if (x.evidence && text.includes(x.evidence) && !moved.has(x.question)) moved.set(x.question, x);
    const rest = d.stances.filter((x) => !(x.evidence && text.includes(x.evidence)));
    const keep = d.tags.filter((t) => t.source === 'person');
    const isFirst = sameRef(d.from, s);
    const isLast = sameRef(d.to, s);
    if (isFirst && isLast) continue;
    if (isFirst || isLast) {
      const run = isFirst ? runOf(index.next(s)!, index.at(d.to)!, index) : runOf(index.at(d.from)!, index.previous(s)!, index);
      const part: DraftStatement = { ...d, ...run, stances: rest, ...(isFirst ? { cue: '', tookFloorAgain: false } : {}) };
      part.tags = retag(textOf(part, index), keep);
      kept.push(part);
      continue;
    }
    const before: DraftStatement = { ...d, ...runOf(index.at(d.from)!, index.previous(s)!, index) };
    const after: DraftStatement = { ...d, ...runOf(index.next(s)!, index.at(d.to)!, index), cue: '', tookFloorAgain: false, supportsProposal: null };
    const afterText = textOf(after, index);
    before.stances = rest.filter((x) => !x.evidence || !afterText.includes(x.evidence));
    after.stances = rest.filter((x) => x.evidence && afterText.includes(x.evidence));
    before.tags = retag(textOf(before, index), keep);
    after.tags = retag(afterText, []);
    kept.push(before);
    added.push(after);
  }
  const mine: DraftStatement = {
    speaker: c.after.speaker,
    deliveredBy: c.after.deliveredBy ? String(c.after.deliveredBy) : null,
    claimedKind: '',
    person: null,
    speakerSource: 'person',
    cue: '',
    ...runOf(s, s, index),
    joint: [],
    supportsProposal: null,
    tookFloorAgain: false,
    tags: retag(text, []),
    stances: [...moved.values()],
  };
  return insertInOrder(kept, [...added, mine]);
}

/** Adds drafts after every draft that starts at or before them, keeping the reading's order. */
function insertInOrder(list: DraftStatement[], extra: DraftStatement[]): DraftStatement[] {
  const out = [...list];
  for (const e of extra) {
    let k = out.length;
    while (k > 0 && out[k - 1]!.span.start > e.span.start) k--;
    out.splice(k, 0, e);
  }
  return out;
}
