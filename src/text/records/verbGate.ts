import { alternatives, unwrapGroup, VERB_ALTERNATIVES as VERB } from './vocabulary.ts';

/**
 * A cheap test before the reporting-verb patterns, which are large alternations and cost several
 * microseconds a try: every word that can begin a reporting verb phrase ("stated", "is" for "is of
 * the view"), read from the VERB pattern itself so that the two never disagree. A sentence or clause
 * with no such word cannot match VERB.
 */
const FIRST = firstLetters(VERB);

function firstLetters(source: string): Set<string> {
  const out = new Set<string>();
  for (const alt of alternatives(unwrapGroup(source))) collect(alt, out);
  return out;
}

function collect(alt: string, out: Set<string>): void {
  if (alt.startsWith('(?:')) {
    // The group's own alternatives begin the phrase; an optional group means what follows may begin it too.
    let depth = 0;
    let end = 0;
    for (let i = 0; i < alt.length; i++) {
      if (alt[i] === '\\') {
        i++;
        continue;
      }
      if (alt[i] === '(') depth++;
      else if (alt[i] === ')' && --depth === 0) {
        end = i;
        break;
      }
    }
    for (const a of alternatives(alt.slice(3, end))) collect(a, out);
    const rest = alt.slice(end + 1);
    if (/^[?*]/.test(rest)) collect(rest.slice(1).replace(/^\s+/, ''), out);
    return;
  }
  for (const w of leadingWords(alt)) out.add(w.toLowerCase());
}

/** The words a pattern's leading literal can spell: "emphasi[sz]ed" → emphasised, emphasized; "favou?red" → favoured, favored. */
function leadingWords(alt: string): string[] {
  let words = [''];
  for (let i = 0; i < alt.length; i++) {
    const c = alt[i];
    if (/[a-z]/i.test(c)) {
      if (alt[i + 1] === '?') {
        words = words.flatMap((w) => [w, w + c]);
        i++;
      } else words = words.map((w) => w + c);
    } else if (c === '[') {
      const end = alt.indexOf(']', i);
      const chars = alt.slice(i + 1, end).split('');
      words = words.flatMap((w) => chars.map((x) => w + x));
      i = end;
    } else break;
  }
  return words.filter(Boolean);
}

/**
 * The words of FIRST as a trie over the letters a–z (26 children per node, -1 for none), walked as a
 * word is read so that no word is sliced or lower-cased: this test runs on every sentence.
 */
const TRIE = buildTrie(FIRST);

function buildTrie(words: Set<string>): { next: Int32Array; end: Uint8Array } {
  const next: number[] = new Array(26).fill(-1);
  const end: number[] = [0];
  for (const w of words) {
    let node = 0;
    for (let i = 0; i < w.length; i++) {
      const k = node * 26 + (w.charCodeAt(i) - 97);
      if (next[k] < 0) {
        next[k] = end.length;
        end.push(0);
        next.push(...new Array(26).fill(-1));
      }
      node = next[k];
    }
    end[node] = 1;
  }
  return { next: Int32Array.from(next), end: Uint8Array.from(end) };
}

/** Offsets of the words in `text` that may begin a reporting verb phrase. */
export function verbPositions(text: string): number[] {
  const out: number[] = [];
  const { next, end } = TRIE;
  let start = -1;
  // The trie node reached by the word so far; -1 once the word has left the trie.
  let node = 0;
  for (let i = 0; i <= text.length; i++) {
    const c = i < text.length ? text.charCodeAt(i) | 32 : 0;
    const letter = c >= 97 && c <= 122;
    if (letter) {
      if (start < 0) {
        start = i;
        node = 0;
      }
      if (node >= 0) node = next[node * 26 + (c - 97)];
      continue;
    }
    if (start >= 0) {
      if (node >= 0 && end[node] === 1) out.push(start);
      start = -1;
    }
  }
  return out;
}
