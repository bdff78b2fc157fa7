/**
 * The one phrase index: lexicon phrases found in tokenised text by word, never inside a word ("as
 * appropriate" matches the words "as" and "appropriate" in sequence, never the inside of "as
 * appropriately"). Phrases are tokenised with the same tokenizer as the text (src/text/tokenize.ts),
 * so lexicon punctuation ("rules, norms and principles") does not matter. A phrase is found by a hash
 * lookup on its first word, so the cost grows with the text, not with the lexicon.
 */
import { words as tokenWords } from './tokenize.ts';

/** A phrase found: its first word's position, its length in words, and every target it was added for. */
export interface Hit<T> {
  at: number;
  length: number;
  /** The phrase as normalised words joined by spaces. */
  phrase: string;
  targets: T[];
}

interface Entry<T> {
  rest: string[];
  phrase: string;
  targets: T[];
}

export class PhraseIndex<T> {
  private readonly byFirst = new Map<string, Entry<T>[]>();

  /** `toWords` tokenises the phrases; the text's words must be made the same way. */
  constructor(private readonly toWords: (text: string) => string[] = tokenWords) {}

  add(phrase: string, target: T): void {
    const words = this.toWords(phrase);
    if (words.length === 0) return;
    const list = this.byFirst.get(words[0]) ?? [];
    const rest = words.slice(1);
    const same = list.find((e) => e.rest.length === rest.length && e.rest.every((w, i) => w === rest[i]));
    if (same) {
      if (!same.targets.includes(target)) same.targets.push(target);
    } else {
      list.push({ rest, phrase: words.join(' '), targets: [target] });
      list.sort((a, b) => b.rest.length - a.rest.length);
    }
    this.byFirst.set(words[0], list);
  }

  /**
   * The longest phrase at each position, skipping past it, so that "voluntary non-binding norms"
   * counts once and not also as "non-binding" and "norms".
   */
  match(words: readonly string[], from = 0, to = words.length): Hit<T>[] {
    return this.scan(words, from, to, false);
  }

  /** Every phrase at every position, overlapping ones included, in text order. */
  matchAll(words: readonly string[], from = 0, to = words.length): Hit<T>[] {
    return this.scan(words, from, to, true);
  }

  /** Phrases are listed longest first per first word; `all` keeps every hit instead of the longest. */
  private scan(w: readonly string[], from: number, to: number, all: boolean): Hit<T>[] {
    const out: Hit<T>[] = [];
    for (let i = from; i < to; i++) {
      const list = this.byFirst.get(w[i]);
      if (!list) continue;
      for (const e of list) {
        const n = e.rest.length;
        if (i + n >= to || !restMatches(w, i, e.rest)) continue;
        out.push({ at: i, length: n + 1, phrase: e.phrase, targets: e.targets });
        if (!all) {
          i += n;
          break;
        }
      }
    }
    return out;
  }
}

/** Whether the words after position `i` are exactly `rest` (the phrase minus its first word). */
function restMatches(words: readonly string[], i: number, rest: readonly string[]): boolean {
  for (let k = 0; k < rest.length; k++) if (words[i + 1 + k] !== rest[k]) return false;
  return true;
}

/** One phrase found for one tag, by token positions [start, end). */
export interface PhraseHit<T> {
  tag: T;
  phrase: string;
  start: number;
  end: number;
}

/** A phrase index built from a list, answering one hit per tag (the drafting checks' and the draft lexicon's view). */
export class PhraseMatcher<T> {
  private readonly index: PhraseIndex<T>;

  constructor(entries: Iterable<{ phrase: string; tag: T }>, toWords: (text: string) => string[] = tokenWords) {
    this.index = new PhraseIndex<T>(toWords);
    for (const { phrase, tag } of entries) this.index.add(phrase, tag);
  }

  /** Every occurrence of every phrase, overlapping ones included, in text order. */
  match(words: readonly string[]): PhraseHit<T>[] {
    const hits: PhraseHit<T>[] = [];
    for (const h of this.index.matchAll(words)) for (const tag of h.targets) hits.push({ tag, phrase: h.phrase, start: h.at, end: h.at + h.length });
    return hits;
  }
}

/** Drops hits contained in a longer hit ("vast majority" inside "the vast majority"). */
export function longest<T>(hits: PhraseHit<T>[]): PhraseHit<T>[] {
  return hits.filter((h) => !hits.some((o) => o !== h && o.start <= h.start && o.end >= h.end && o.end - o.start > h.end - h.start));
}
