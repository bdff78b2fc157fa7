import { flatten, type Answers } from './answers.ts';

export interface FieldChange { field: string; kind: 'added' | 'removed' | 'changed'; before: string | null; after: string | null }

/** Field-level differences between two sets of answers, in questionnaire order when `order` is given. */
export function diffAnswers(a: Answers, b: Answers, order: readonly string[] = []): FieldChange[] {
  const fa = flatten(a); const fb = flatten(b);
  const rank = new Map(order.map((id, i) => [id, i]));
  const keyRank = (k: string) => {
    const m = /^elements\.([^.]+)\./.exec(k);
    if (k.startsWith('general.')) return -1;
    if (m) return rank.get(m[1]!) ?? 9_999;
    return 10_000;
  };
  const keys = [...new Set([...Object.keys(fa), ...Object.keys(fb)])]
    .sort((x, y) => keyRank(x) - keyRank(y) || x.localeCompare(y, 'en', { numeric: true }));
  const out: FieldChange[] = [];
  for (const k of keys) {
    const x = fa[k] ?? null; const y = fb[k] ?? null;
    if (x === y) continue;
    out.push({ field: k, kind: x === null ? 'added' : y === null ? 'removed' : 'changed', before: x, after: y });
  }
  return out;
}

export type Piece = { op: 'same' | 'ins' | 'del'; text: string };

/** A word-level diff for showing one changed text (LCS on words; long texts fall back to whole replacement). */
export function wordDiff(before: string, after: string): Piece[] {
  const a = before.split(/(\s+)/); const b = after.split(/(\s+)/);
  if (a.length * b.length > 4_000_000) return [{ op: 'del', text: before }, { op: 'ins', text: after }];
  const m = a.length; const n = b.length;
  const dp = Array.from({ length: m + 1 }, () => new Uint32Array(n + 1));
  for (let i = m - 1; i >= 0; i--) for (let j = n - 1; j >= 0; j--) dp[i]![j] = a[i] === b[j] ? dp[i + 1]![j + 1]! + 1 : Math.max(dp[i + 1]![j]!, dp[i]![j + 1]!);
  const out: Piece[] = [];
  const push = (op: Piece['op'], text: string) => { const last = out[out.length - 1]; if (last && last.op === op) last.text += text; else out.push({ op, text }); };
  let i = 0; let j = 0;
  while (i < m && j < n) {
    if (a[i] === b[j]) { push('same', a[i]!); i++; j++; } else if (dp[i + 1]![j]! >= dp[i]![j + 1]!) { push('del', a[i]!); i++; } else { push('ins', b[j]!); j++; }
  }
  while (i < m) push('del', a[i++]!);
  while (j < n) push('ins', b[j++]!);
  return out;
}
