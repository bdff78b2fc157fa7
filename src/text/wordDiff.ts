/**
 * Word-level diff between two texts by longest common subsequence over words, for the version diff
 * and for Word tracked changes. Words are compared case-sensitively with their punctuation, because a
 * changed comma or capital is a change a delegation may have asked for.
 */
export interface WordOp {
  op: 'equal' | 'insert' | 'delete';
  text: string;
}

const split = (s: string) => s.split(/\s+/).filter(Boolean);

/** Texts longer than this many words on both sides fall back to a whole-paragraph replacement. */
const MAX_CELLS = 4_000_000;

/**
 * @example wordDiff('States should cooperate', 'States shall cooperate')
 *   // [{op:'equal',text:'States'},{op:'delete',text:'should'},{op:'insert',text:'shall'},{op:'equal',text:'cooperate'}]
 */
export function wordDiff(before: string, after: string): WordOp[] {
  const a = split(before);
  const b = split(after);
  // Trim the common head and tail first: most amendments touch a few words in a long paragraph.
  let head = 0;
  while (head < a.length && head < b.length && a[head] === b[head]) head++;
  let tail = 0;
  while (tail < a.length - head && tail < b.length - head && a[a.length - 1 - tail] === b[b.length - 1 - tail]) tail++;
  const am = a.slice(head, a.length - tail);
  const bm = b.slice(head, b.length - tail);
  const middle: WordOp[] = [];
  if (am.length * bm.length > MAX_CELLS) {
    if (am.length) middle.push({ op: 'delete', text: am.join(' ') });
    if (bm.length) middle.push({ op: 'insert', text: bm.join(' ') });
  } else {
    middle.push(...lcsOps(am, bm));
  }
  return merge([
    ...(head ? [{ op: 'equal' as const, text: a.slice(0, head).join(' ') }] : []),
    ...middle,
    ...(tail ? [{ op: 'equal' as const, text: a.slice(a.length - tail).join(' ') }] : []),
  ]);
}

function lcsOps(a: string[], b: string[]): WordOp[] {
  const n = a.length;
  const m = b.length;
  const w = m + 1;
  const len = new Uint32Array((n + 1) * w);
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m - 1; j >= 0; j--) {
      len[i * w + j] = a[i] === b[j] ? len[(i + 1) * w + j + 1] + 1 : Math.max(len[(i + 1) * w + j], len[i * w + j + 1]);
    }
  }
  const out: WordOp[] = [];
  let i = 0;
  let j = 0;
  while (i < n || j < m) {
    if (i < n && j < m && a[i] === b[j]) { out.push({ op: 'equal', text: a[i] }); i++; j++; }
    else if (j < m && (i === n || len[i * w + j + 1] >= len[(i + 1) * w + j])) { out.push({ op: 'insert', text: b[j] }); j++; }
    else { out.push({ op: 'delete', text: a[i] }); i++; }
  }
  return out;
}

/** Joins neighbouring ops of one kind, and puts deletions before insertions within a change. */
function merge(ops: WordOp[]): WordOp[] {
  const out: WordOp[] = [];
  let k = 0;
  while (k < ops.length) {
    if (ops[k].op === 'equal') {
      const words: string[] = [];
      while (k < ops.length && ops[k].op === 'equal') words.push(ops[k++].text);
      out.push({ op: 'equal', text: words.join(' ') });
      continue;
    }
    const del: string[] = [];
    const ins: string[] = [];
    while (k < ops.length && ops[k].op !== 'equal') (ops[k].op === 'delete' ? del : ins).push(ops[k++].text);
    if (del.length) out.push({ op: 'delete', text: del.join(' ') });
    if (ins.length) out.push({ op: 'insert', text: ins.join(' ') });
  }
  return out;
}

/** The text on one side of a diff. */
export const sideOf = (ops: WordOp[], side: 'before' | 'after') =>
  ops.filter((o) => o.op === 'equal' || o.op === (side === 'before' ? 'delete' : 'insert')).map((o) => o.text).join(' ');
