import { diffArrays } from 'diff';

/**
 * Word-level diff between two texts, for the version diff and for Word tracked changes: the shortest
 * edit script over words (the `diff` package's Myers O(ND) diff over arrays), so two versions of any
 * length give word changes, never one whole-text replacement. Words are compared case-sensitively
 * with their punctuation, because a changed comma or capital is a change a delegation may have asked for.
 */
export interface WordOp {
  op: 'equal' | 'insert' | 'delete';
  text: string;
}

const split = (s: string) => s.split(/\s+/).filter(Boolean);

/**
 * @example wordDiff('States should cooperate', 'States shall cooperate')
 *   // [{op:'equal',text:'States'},{op:'delete',text:'should'},{op:'insert',text:'shall'},{op:'equal',text:'cooperate'}]
 */
export function wordDiff(before: string, after: string): WordOp[] {
  return merge(diffTokens(split(before), split(after)));
}

/**
 * The shortest edit script between two token lists, one op per token, in order (callers that keep
 * white space as tokens join the texts themselves).
 * @example diffTokens(['a', ' ', 'b'], ['a', ' ', 'c']) // equal a, equal ' ', delete b, insert c
 */
export function diffTokens(a: readonly string[], b: readonly string[]): WordOp[] {
  const ops: WordOp[] = [];
  for (const change of diffArrays(a as string[], b as string[])) {
    const op: WordOp['op'] = change.added ? 'insert' : change.removed ? 'delete' : 'equal';
    for (const text of change.value) ops.push({ op, text });
  }
  return ops;
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
  ops
    .filter((o) => o.op === 'equal' || o.op === (side === 'before' ? 'delete' : 'insert'))
    .map((o) => o.text)
    .join(' ');
