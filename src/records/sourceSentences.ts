import { splitSentences } from '../text/sentences.ts';
import type { Paragraph, SentenceRef, Span } from '../text/records/types.ts';

/** A sentence of a stored document, with its offsets in the whole source text. */
export interface SourceSentence extends SentenceRef, Span {}

/**
 * The sentences of a document's paragraphs, numbered as the reader numbers them (1-based within the
 * paragraph), split on first use: a statement only ever needs its first and last paragraphs split,
 * so a long speech costs two paragraphs' worth of splitting, not the whole text.
 */
export class SentenceIndex {
  private readonly cache = new Map<number, SourceSentence[]>();
  private sorted: Paragraph[] | null = null;

  constructor(readonly paragraphs: Map<number, Paragraph>) {}

  /** The sentences of paragraph `n` (empty for a number the document does not have). */
  of(n: number): SourceSentence[] {
    let got = this.cache.get(n);
    if (!got) {
      const p = this.paragraphs.get(n);
      got = p ? splitSentences(p.text).map((s, i) => ({ paragraph: n, sentence: i + 1, start: p.start + s.start, end: p.start + s.end })) : [];
      this.cache.set(n, got);
    }
    return got;
  }

  at(ref: SentenceRef): SourceSentence | undefined {
    return this.of(ref.paragraph)[ref.sentence - 1];
  }

  last(n: number): SourceSentence | undefined {
    const all = this.of(n);
    return all[all.length - 1];
  }

  /** The paragraph an offset falls in, or the nearest one after it (offsets between lines). */
  paragraphAt(offset: number): Paragraph | undefined {
    this.sorted ??= [...this.paragraphs.values()].sort((a, b) => a.start - b.start);
    const ps = this.sorted;
    let lo = 0;
    let hi = ps.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (ps[mid]!.end <= offset) lo = mid + 1;
      else hi = mid;
    }
    return ps[lo];
  }

  /** The sentence holding an offset; between sentences, the next one (the previous at the very end). */
  containing(offset: number): SourceSentence | undefined {
    const p = this.paragraphAt(offset);
    if (!p) return undefined;
    const all = this.of(p.n);
    return all.find((s) => offset < s.end) ?? all[all.length - 1];
  }

  /** The sentence that ends at or before an offset (for a span's end, which is exclusive). */
  endingAt(end: number): SourceSentence | undefined {
    return this.containing(Math.max(0, end - 1));
  }

  /** The sentence before `ref`, across paragraph breaks. */
  previous(ref: SentenceRef): SourceSentence | undefined {
    if (ref.sentence > 1) return this.at({ paragraph: ref.paragraph, sentence: ref.sentence - 1 });
    for (let n = ref.paragraph - 1; n >= 1; n--) {
      const l = this.last(n);
      if (l) return l;
    }
    return undefined;
  }

  /** The sentence after `ref`, across paragraph breaks. */
  next(ref: SentenceRef): SourceSentence | undefined {
    const here = this.at({ paragraph: ref.paragraph, sentence: ref.sentence + 1 });
    if (here) return here;
    for (let n = ref.paragraph + 1; this.paragraphs.has(n); n++) {
      const f = this.of(n)[0];
      if (f) return f;
    }
    return undefined;
  }

  /** Every sentence from `from` to `to`, inclusive. */
  between(from: SentenceRef, to: SentenceRef): SourceSentence[] {
    const out: SourceSentence[] = [];
    for (let n = from.paragraph; n <= to.paragraph; n++) {
      for (const s of this.of(n)) {
        if (n === from.paragraph && s.sentence < from.sentence) continue;
        if (n === to.paragraph && s.sentence > to.sentence) break;
        out.push(s);
      }
    }
    return out;
  }

  /**
   * The statement text of a run of sentences: the part of each paragraph the span covers, one line
   * per paragraph (statement_paragraphs maps line n to the run's n-th paragraph).
   */
  text(span: Span, paragraphs: number[]): string {
    return paragraphs
      .map((n) => {
        const p = this.paragraphs.get(n);
        if (!p) return '';
        return p.text.slice(Math.max(0, span.start - p.start), Math.max(0, Math.min(p.text.length, span.end - p.start)));
      })
      .join('\n');
  }
}

/** The paragraph numbers from `from` to `to` that the document has. */
export function paragraphRun(from: number, to: number, paragraphs: Map<number, Paragraph>): number[] {
  const out: number[] = [];
  for (let n = from; n <= to; n++) if (paragraphs.has(n)) out.push(n);
  return out;
}

export const sameRef = (a: SentenceRef, b: SentenceRef) => a.paragraph === b.paragraph && a.sentence === b.sentence;
export const refBefore = (a: SentenceRef, b: SentenceRef) => a.paragraph < b.paragraph || (a.paragraph === b.paragraph && a.sentence < b.sentence);
