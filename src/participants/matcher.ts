/**
 * A phrase matcher over word tokens: one trie, compiled once, scanned left to right with
 * longest-match-wins. Built for millions of words: a lower-case token that cannot start a phrase is
 * skipped after one character test, and only capitalised tokens cost a Map lookup.
 *
 * Tokens are maximal runs of letters, marks and digits; everything else is a gap. Inside a phrase
 * only narrow gaps are allowed (whitespace, a hyphen, an apostrophe, an opening parenthesis, the dots
 * of an initialism like "U.S.A." and the dot of "St."), so a phrase never spans a sentence break.
 * Tokens compare lower-cased and without diacritics ("Turkiye" = "Türkiye"), except tokens written
 * all in capitals ("US", "UK", "EU"), which must appear exactly so ("us" is not the United States).
 */

export interface PhraseEntry {
  /** The phrase as written; a leading "the" is optional in text and is dropped. */
  form: string;
  /** What the phrase means; null makes it a blocker that consumes text without producing a match. */
  value: string | null;
  /** On a collision (two entries, same normalised phrase) the lower rank wins. */
  rank: number;
}

export interface Collision {
  form: string;
  kept: string | null;
  dropped: string | null;
}

interface Node {
  next: Map<string, Node> | null;
  hasExact: boolean;
  terminal: boolean;
  value: string | null;
  rank: number;
  trailing: string;
}

const newNode = (): Node => ({ next: null, hasExact: false, terminal: false, value: null, rank: 0, trailing: '' });

const MAX_GAP = 4;
const wordCache = new Uint8Array(65536); // 0 unknown, 1 word character, 2 other
const WORD_RE = /[\p{L}\p{M}\p{N}]/u;

function isWordCode(c: number): boolean {
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57);
  let k = wordCache[c];
  if (k === 0) {
    k = c >= 0xd800 && c <= 0xdfff ? 2 : WORD_RE.test(String.fromCharCode(c)) ? 1 : 2;
    wordCache[c] = k;
  }
  return k === 1;
}

function wordEnd(text: string, i: number): number {
  const n = text.length;
  while (i < n && isWordCode(text.charCodeAt(i))) i++;
  return i;
}

const NON_ASCII = /[^\x00-\x7f]/;
const MARKS = /\p{M}/gu;

/** Lower-case, diacritic-free form of one token. */
export function normToken(s: string): string {
  const l = s.toLowerCase();
  return NON_ASCII.test(l) ? l.normalize('NFD').replace(MARKS, '') : l;
}

function isExactSurface(s: string): boolean {
  return s !== s.toLowerCase() && s === s.toUpperCase();
}

function startsCapitalised(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c < 128) return c >= 65 && c <= 90;
  const ch = text[i];
  return ch !== ch.toLowerCase();
}

const SPACE_GAP = /^\s+$/;
const HYPHEN_GAP = /^\s*[-\u2010\u2011\u2013]\s*$/;
const APOSTROPHE_GAP = /^['\u2019\u02bc]$/;
const PAREN_GAP = /^\s*\(\s*$/;
const ABBREV_GAP = /^\.\s*$/;

function gapAllowed(gap: string, prev: string, nextLength: number): boolean {
  if (SPACE_GAP.test(gap) || HYPHEN_GAP.test(gap) || APOSTROPHE_GAP.test(gap) || PAREN_GAP.test(gap)) return true;
  if (gap === '.' && prev.length === 1 && nextLength === 1) return true;
  return ABBREV_GAP.test(gap) && normToken(prev) === 'st';
}

export class PhraseMatcher {
  private readonly root = newNode();
  /** Phrases written with a lower-case first word ("former Yugoslav Republic of …"), reachable in
   * capitalised scans only from tokens whose first letter is in lowerFirst. */
  private readonly lowerRoot = newNode();
  private readonly lowerFirst = new Uint8Array(128);
  readonly collisions: Collision[] = [];

  constructor(entries: Iterable<PhraseEntry>) {
    for (const e of entries) this.add(e);
  }

  private add(entry: PhraseEntry): void {
    this.addTo(this.root, entry);
    const first = entry.form.replace(/^the\s+/i, '').charCodeAt(0);
    if (first >= 97 && first <= 122) {
      this.lowerFirst[first] = 1;
      this.addTo(this.lowerRoot, entry);
    }
  }

  private addTo(root: Node, entry: PhraseEntry): void {
    const tokens: [number, number][] = [];
    const f = entry.form;
    for (let i = 0; i < f.length;) {
      if (!isWordCode(f.charCodeAt(i))) {
        i++;
        continue;
      }
      const e = wordEnd(f, i);
      tokens.push([i, e]);
      i = e;
    }
    if (tokens.length > 1 && normToken(f.slice(tokens[0][0], tokens[0][1])) === 'the') tokens.shift();
    if (tokens.length === 0) throw new Error(`phrase without words: ${JSON.stringify(f)}`);
    let node = root;
    for (const [s, e] of tokens) {
      const surface = f.slice(s, e);
      const exact = isExactSurface(surface);
      const key = exact ? '=' + surface : normToken(surface);
      if (exact) node.hasExact = true;
      node.next ??= new Map();
      let child = node.next.get(key);
      if (!child) node.next.set(key, (child = newNode()));
      node = child;
    }
    const trailing = f.slice(tokens[tokens.length - 1][1]).trim();
    if (node.terminal) {
      if (node.value === entry.value) return;
      const entryWins = entry.rank < node.rank;
      if (root === this.root) this.collisions.push({ form: f, kept: entryWins ? entry.value : node.value, dropped: entryWins ? node.value : entry.value });
      if (!entryWins) return;
    }
    Object.assign(node, { terminal: true, value: entry.value, rank: entry.rank, trailing });
  }

  /**
   * Scans `text`, calling onMatch for each longest non-overlapping phrase (blockers are consumed
   * silently) and onOther for every other token. With requireCapital, a phrase must begin with a
   * capitalised token, as proper names do in running text.
   */
  scan(
    text: string,
    requireCapital: boolean,
    onMatch: (start: number, end: number, value: string) => void,
    onOther?: (start: number, end: number) => void,
  ): void {
    const n = text.length;
    let pos = 0;
    while (pos < n) {
      if (!isWordCode(text.charCodeAt(pos))) {
        pos++;
        continue;
      }
      const start = pos;
      const end = wordEnd(text, pos);
      const c = text.charCodeAt(start);
      const root = !requireCapital || startsCapitalised(text, start) ? this.root : c < 128 && this.lowerFirst[c] ? this.lowerRoot : null;
      if (root !== null) {
        this.bestEnd = -1;
        this.walk(text, root, start, end);
        if (this.bestEnd > 0) {
          if (this.bestValue !== null) onMatch(start, this.bestEnd, this.bestValue);
          pos = this.bestEnd;
          continue;
        }
      }
      onOther?.(start, end);
      pos = end;
    }
  }

  private bestEnd = -1;
  private bestValue: string | null = null;

  private walk(text: string, node: Node, ts: number, te: number): void {
    const next = node.next;
    if (next === null) return;
    const surface = text.slice(ts, te);
    const child = next.get(normToken(surface));
    if (child) this.step(text, child, surface, te);
    if (node.hasExact && isExactSurface(surface)) {
      const exact = next.get('=' + surface);
      if (exact) this.step(text, exact, surface, te);
    }
  }

  private step(text: string, node: Node, surface: string, te: number): void {
    if (node.terminal) {
      const end = node.trailing && text.startsWith(node.trailing, te) ? te + node.trailing.length : te;
      if (end > this.bestEnd) {
        this.bestEnd = end;
        this.bestValue = node.value;
      }
    }
    if (node.next === null) return;
    const limit = Math.min(text.length, te + MAX_GAP + 1);
    let q = te;
    while (q < limit && !isWordCode(text.charCodeAt(q))) q++;
    if (q === te || q >= limit) return;
    const qe = wordEnd(text, q);
    if (gapAllowed(text.slice(te, q), surface, qe - q)) this.walk(text, node, q, qe);
  }
}
