/**
 * Word-level phrase matching for lexicons: text is tokenised once, and every phrase is found by a
 * hash lookup on its first word, so the cost grows with the text, not with the lexicon.
 */

export interface Tokens {
  words: string[];
  starts: number[];
  ends: number[];
}

const WORD = /[\p{L}\p{N}]+(?:[-'’/.][\p{L}\p{N}]+)*/gu;

/** Lower-cased words with their offsets; hyphens, apostrophes and slashes stay inside a word. */
export function tokenize(text: string): Tokens {
  const words: string[] = [];
  const starts: number[] = [];
  const ends: number[] = [];
  const lower = text.toLowerCase();
  WORD.lastIndex = 0;
  for (let m = WORD.exec(lower); m; m = WORD.exec(lower)) {
    words.push(m[0].indexOf('’') >= 0 ? m[0].replace(/’/g, "'") : m[0]);
    starts.push(m.index);
    ends.push(m.index + m[0].length);
  }
  return { words, starts, ends };
}

export function phraseWords(phrase: string): string[] {
  return tokenize(phrase).words;
}

export interface Hit<T> {
  /** Index of the first word. */
  at: number;
  /** Number of words. */
  length: number;
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

  add(phrase: string, target: T): void {
    const words = phraseWords(phrase);
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
   * Longest phrase at each position, skipping past it, so that "voluntary non-binding norms" counts
   * once and not also as "non-binding" and "norms".
   */
  match(tokens: Tokens, from = 0, to = tokens.words.length): Hit<T>[] {
    return this.scan(tokens, from, to, false);
  }

  /** Every phrase at every position, overlapping ones included. */
  matchAll(tokens: Tokens, from = 0, to = tokens.words.length): Hit<T>[] {
    return this.scan(tokens, from, to, true);
  }

  /** Phrases are listed longest first per first word; `all` keeps every hit instead of the longest. */
  private scan(tokens: Tokens, from: number, to: number, all: boolean): Hit<T>[] {
    const out: Hit<T>[] = [];
    const w = tokens.words;
    for (let i = from; i < to; i++) {
      const list = this.byFirst.get(w[i]);
      if (!list) continue;
      for (const e of list) {
        const n = e.rest.length;
        if (i + n >= to || !restMatches(w, i, e.rest)) continue;
        out.push({ at: i, length: n + 1, phrase: e.phrase, targets: e.targets });
        if (!all) { i += n; break; }
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
