/**
 * Word-level phrase matching for lexicons: text is tokenised once, and every phrase is found by a
 * hash lookup on its first word, so the cost grows with the text, not with the lexicon.
 */

export interface Tokens {
  words: string[];
  starts: number[];
  ends: number[];
}

// A word is /[\p{L}\p{N}]+(?:[-'’/.][\p{L}\p{N}]+)*/u; read by hand, with a table for ASCII, because
// tokenising is done on every statement and the regular expression was a tenth of the reader's time.
const ALNUM = /^[\p{L}\p{N}]$/u;
const ASCII_ALNUM = new Uint8Array(128);
for (let c = 48; c <= 57; c++) ASCII_ALNUM[c] = 1;
for (let c = 97; c <= 122; c++) ASCII_ALNUM[c] = 1;
for (let c = 65; c <= 90; c++) ASCII_ALNUM[c] = 1;

/** The length of the letter or digit at `i` (2 for a surrogate pair), 0 if there is none. */
function alnumAt(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c < 128) return ASCII_ALNUM[c];
  if (Number.isNaN(c)) return 0;
  const cp = text.codePointAt(i)!;
  const len = cp > 0xffff ? 2 : 1;
  return ALNUM.test(text.slice(i, i + len)) ? len : 0;
}

function isJoiner(c: number): boolean {
  return c === 45 || c === 39 || c === 0x2019 || c === 47 || c === 46; // - ' ’ / .
}

/** Lower-cased words with their offsets; hyphens, apostrophes and slashes stay inside a word. */
export function tokenize(text: string): Tokens {
  const words: string[] = [];
  const starts: number[] = [];
  const ends: number[] = [];
  const lower = text.toLowerCase();
  const n = lower.length;
  let i = 0;
  while (i < n) {
    let k = alnumAt(lower, i);
    if (k === 0) {
      i++;
      continue;
    }
    const start = i;
    let curly = false;
    for (;;) {
      while (k > 0) {
        i += k;
        k = i < n ? alnumAt(lower, i) : 0;
      }
      const c = i < n ? lower.charCodeAt(i) : 0;
      if (!isJoiner(c) || i + 1 >= n) break;
      const after = alnumAt(lower, i + 1);
      if (after === 0) break;
      if (c === 0x2019) curly = true;
      i += 1;
      k = after;
    }
    const word = lower.slice(start, i);
    words.push(curly ? word.replace(/’/g, "'") : word);
    starts.push(start);
    ends.push(i);
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
