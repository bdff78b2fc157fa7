import { diffTokens } from '../text/wordDiff.ts';
import { flatten, type Answers } from './answers.ts';

export interface FieldChange {
  field: string;
  kind: 'added' | 'removed' | 'changed';
  before: string | null;
  after: string | null;
}

/** Field-level differences between two sets of answers, in questionnaire order when `order` is given. */
export function diffAnswers(a: Answers, b: Answers, order: readonly string[] = []): FieldChange[] {
  const fa = flatten(a);
  const fb = flatten(b);
  const rank = new Map(order.map((id, i) => [id, i]));
  const keyRank = (k: string) => {
    const m = /^elements\.([^.]+)\./.exec(k);
    if (k.startsWith('general.')) return -1;
    if (m) return rank.get(m[1]!) ?? 9_999;
    return 10_000;
  };
  const keys = [...new Set([...Object.keys(fa), ...Object.keys(fb)])].sort((x, y) => keyRank(x) - keyRank(y) || x.localeCompare(y, 'en', { numeric: true }));
  const out: FieldChange[] = [];
  for (const k of keys) {
    const x = fa[k] ?? null;
    const y = fb[k] ?? null;
    if (x === y) continue;
    out.push({ field: k, kind: x === null ? 'added' : y === null ? 'removed' : 'changed', before: x, after: y });
  }
  return out;
}

export type Piece = { op: 'same' | 'ins' | 'del'; text: string };

/** A word-level diff for showing one changed text, white space kept (the toolkit's diff, src/text/wordDiff.ts). */
export function wordDiff(before: string, after: string): Piece[] {
  const out: Piece[] = [];
  for (const { op, text } of diffTokens(before.split(/(\s+)/), after.split(/(\s+)/))) {
    const piece = op === 'equal' ? 'same' : op === 'insert' ? 'ins' : 'del';
    const last = out[out.length - 1];
    if (last && last.op === piece) last.text += text;
    else out.push({ op: piece, text });
  }
  return out;
}
