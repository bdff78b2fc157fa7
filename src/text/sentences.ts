/**
 * The one sentence splitter, for records, drafts, mandates and questions. A full stop, "!", "?" or
 * "…" ends a sentence when the next word starts with a capital, a digit, a quote or a bracket,
 * unless the stop closes an abbreviation ("para.", "e.g.", "Mr.", "No."), an initial, or initials
 * ("U.N."). Symbols such as "A/70/174/Add.1" carry no stop (no space follows it), and "para. 13 (a)"
 * survives because "para" is an abbreviation. Semicolons do not split: a UN sub-paragraph ending in
 * ";" is one sentence. A paragraph's own number ("12.", "iv)", "b.") is not a sentence.
 *
 * @example splitSentences('Mr. Smith (Brazil) said so. He agreed.').map((s) => s.text)
 *   // ['Mr. Smith (Brazil) said so.', 'He agreed.']
 * @example splitSentences('See para. 13 (a) of A/70/174. States agree.').map((s) => s.text)
 *   // ['See para. 13 (a) of A/70/174.', 'States agree.']
 */

export interface Sentence {
  text: string;
  /** Offsets into the text split, `end` exclusive, without surrounding spaces. */
  start: number;
  end: number;
}

// Lower-cased, without the final stop. Initials ("u.n", "h.e", "e.g") need no entry. No "mar", "apr",
// "jun", "jul" or "sep": they are words or acronyms ("the APR.") more often than months.
const ABBREVIATIONS = new Set(
  (
    'mr mrs ms dr prof amb st no nos para paras art arts cf vs v viz vol p pp op res doc sect sec ch fig approx al rev ' +
    'corr jr sr gen col lt capt hon inc ltd co corp dept rep ed eds jan feb aug sept oct nov dec'
  ).split(' '),
);

const BOUNDARY = /[.!?…]+["'”’)\]]*(?=\s+["'“‘(\[]?[\p{Lu}\p{N}])/gu;
const PARAGRAPH_NUMBER = /^\s*(?:\d{1,3}|[ivxIVX]{1,5}|[a-hA-H])[.)]$/;

/**
 * `keepNumber`: a paragraph's opening number stays a sentence of its own (the held-out speeches'
 * sentence indices in eval/fixtures/provenance were made that way).
 */
export function splitSentences(text: string, { keepNumber = false } = {}): Sentence[] {
  const out: Sentence[] = [];
  let start = 0;
  BOUNDARY.lastIndex = 0;
  for (let m = BOUNDARY.exec(text); m; m = BOUNDARY.exec(text)) {
    const end = m.index + m[0].length;
    if (m[0] === '.' && isAbbreviation(text, m.index)) continue;
    if (!keepNumber && start === 0 && PARAGRAPH_NUMBER.test(text.slice(0, end))) continue;
    push(out, text, start, end);
    start = end;
  }
  push(out, text, start, text.length);
  return out;
}

const LETTER = /\p{L}/u;
const isLetter = (c: string) => (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c > '\x7f' && LETTER.test(c));

/** Whether the full stop at `dot` closes an abbreviation, an initial or initials. */
function isAbbreviation(text: string, dot: number): boolean {
  let s = dot;
  while (s > 0 && (text[s - 1] === '.' || isLetter(text[s - 1]))) s--;
  const raw = text.slice(s, dot);
  // "…on the APR. South Africa…": a word in capitals is an acronym, and its stop ends the sentence.
  if (raw.length > 1 && !raw.includes('.') && raw === raw.toUpperCase() && raw !== raw.toLowerCase()) return false;
  const word = raw.toLowerCase();
  if (word.length === 1) return word !== '.';
  if (word.length === 3 && word[1] === '.') return true;
  if (/^(?:\p{L}\.)+\p{L}$/u.test(word)) return true;
  return ABBREVIATIONS.has(word);
}

function push(out: Sentence[], text: string, start: number, end: number): void {
  let s = start;
  let e = end;
  while (s < e && /\s/.test(text[s])) s++;
  while (e > s && /\s/.test(text[e - 1])) e--;
  if (e > s) out.push({ text: text.slice(s, e), start: s, end: e });
}
