/**
 * Turns an alignment into a word-level diff from the agreed passage to the draft sentence.
 * 'equal' quotes the draft, 'delete' quotes agreed words the draft lacks, 'insert' quotes draft words
 * the agreed text lacks. Within a changed stretch all deletions come before all insertions, so
 * "should" → "shall" reads as delete "should", insert "shall". Runs quote the original text between
 * their first and last word, punctuation included.
 */
import type { Step } from './align.ts';

export interface DiffOp {
  op: 'equal' | 'insert' | 'delete';
  text: string;
}

export interface Side {
  text: string;
  ids: ArrayLike<number>;
  starts: ArrayLike<number>;
  ends: ArrayLike<number>;
}

/**
 * @example diffFromSteps(steps, sentenceSide, passageSide)
 *   // [{ op: 'equal', text: 'States' }, { op: 'delete', text: 'should' }, { op: 'insert', text: 'shall' }, …]
 */
export function diffFromSteps(steps: Step[], sentence: Side, passage: Side): DiffOp[] {
  const out: DiffOp[] = [];
  let k = 0;
  const quote = (side: Side, from: number, to: number) => side.text.slice(side.starts[from], side.ends[to]);
  const isEqual = (st: Step) => st.s >= 0 && st.p >= 0 && sentence.ids[st.s] >= 0 && sentence.ids[st.s] === passage.ids[st.p];
  while (k < steps.length) {
    if (isEqual(steps[k])) {
      const first = steps[k].s;
      let last = first;
      while (k < steps.length && isEqual(steps[k])) last = steps[k++].s;
      out.push({ op: 'equal', text: quote(sentence, first, last) });
      continue;
    }
    let delFirst = -1;
    let delLast = -1;
    let insFirst = -1;
    let insLast = -1;
    while (k < steps.length && !isEqual(steps[k])) {
      const { s, p } = steps[k++];
      if (p >= 0) {
        if (delFirst < 0) delFirst = p;
        delLast = p;
      }
      if (s >= 0) {
        if (insFirst < 0) insFirst = s;
        insLast = s;
      }
    }
    if (delFirst >= 0) out.push({ op: 'delete', text: quote(passage, delFirst, delLast) });
    if (insFirst >= 0) out.push({ op: 'insert', text: quote(sentence, insFirst, insLast) });
  }
  return out;
}
