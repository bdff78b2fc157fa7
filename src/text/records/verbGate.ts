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
      if (alt[i] === '\\') { i++; continue; }
      if (alt[i] === '(') depth++;
      else if (alt[i] === ')' && --depth === 0) { end = i; break; }
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
      if (alt[i + 1] === '?') { words = words.flatMap((w) => [w, w + c]); i++; } else words = words.map((w) => w + c);
    } else if (c === '[') {
      const end = alt.indexOf(']', i);
      const chars = alt.slice(i + 1, end).split('');
      words = words.flatMap((w) => chars.map((x) => w + x));
      i = end;
    } else break;
  }
  return words.filter(Boolean);
}

const LONGEST = Math.max(...[...FIRST].map((w) => w.length));

/** Offsets of the words in `text` that may begin a reporting verb phrase. */
export function verbPositions(text: string): number[] {
  const out: number[] = [];
  let start = -1;
  for (let i = 0; i <= text.length; i++) {
    const c = i < text.length ? text.charCodeAt(i) | 32 : 0;
    const letter = c >= 97 && c <= 122;
    if (letter) { if (start < 0) start = i; continue; }
    if (start >= 0) {
      if (i - start <= LONGEST && FIRST.has(text.slice(start, i).toLowerCase())) out.push(start);
      start = -1;
    }
  }
  return out;
}
