/**
 * Word-boundary phrase matching over normalised tokens: "as appropriate" matches the words "as" and
 * "appropriate" in sequence, never the inside of "as appropriately". Phrases are tokenised with the
 * same tokenizer as the text (src/text/tokenize.ts), so lexicon punctuation ("rules, norms and
 * principles") does not matter. A phrase is found by a hash lookup on its first word, so the cost
 * grows with the text, not with the lexicon.
 */
import { words as tokenWords } from './tokenize.ts';

export interface PhraseHit<T> {
  tag: T;
  /** The phrase as normalised words joined by spaces. */
  phrase: string;
  /** Token positions [start, end). */
  start: number;
  end: number;
}

export class PhraseMatcher<T> {
  private readonly byFirst = new Map<string, Array<{ words: string[]; tag: T; phrase: string }>>();

  /** `toWords` tokenises the phrases; the text's words must be made the same way. */
  constructor(entries: Iterable<{ phrase: string; tag: T }>, toWords: (text: string) => string[] = tokenWords) {
    for (const { phrase, tag } of entries) {
      const words = toWords(phrase);
      if (words.length === 0) continue;
      const list = this.byFirst.get(words[0]) ?? [];
      if (!list.some((e) => e.tag === tag && e.phrase === words.join(' '))) list.push({ words, tag, phrase: words.join(' ') });
      this.byFirst.set(words[0], list);
    }
  }

  /** Every occurrence of every phrase, overlapping ones included, in text order. */
  match(words: readonly string[]): PhraseHit<T>[] {
    const hits: PhraseHit<T>[] = [];
    for (let i = 0; i < words.length; i++) {
      const list = this.byFirst.get(words[i]);
      if (!list) continue;
      for (const e of list) {
        if (i + e.words.length > words.length) continue;
        let ok = true;
        for (let k = 1; k < e.words.length && ok; k++) ok = words[i + k] === e.words[k];
        if (ok) hits.push({ tag: e.tag, phrase: e.phrase, start: i, end: i + e.words.length });
      }
    }
    return hits;
  }
}

/** Drops hits contained in a longer hit ("vast majority" inside "the vast majority"). */
export function longest<T>(hits: PhraseHit<T>[]): PhraseHit<T>[] {
  return hits.filter((h) => !hits.some((o) => o !== h && o.start <= h.start && o.end >= h.end && o.end - o.start > h.end - h.start));
}
