/**
 * Word-level diff between two texts, for the version diff and for Word tracked changes: the shortest
 * edit script over words (Myers' O(ND) algorithm, in its linear-space form), so two versions of any
 * length give word changes, never one whole-text replacement. Words are compared case-sensitively
 * with their punctuation, because a changed comma or capital is a change a delegation may have asked for.
 *
 * The `diff` package the toolkit was to use is not installed here; this is the same algorithm
 * (it is what that package implements), over words interned as integers.
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
  const ids = new Map<string, number>();
  const intern = (words: readonly string[]) => Int32Array.from(words, (w) => { let id = ids.get(w); if (id === undefined) ids.set(w, (id = ids.size)); return id; });
  const ops: WordOp[] = [];
  const emit = (op: WordOp['op'], from: readonly string[], start: number, end: number) => { for (let i = start; i < end; i++) ops.push({ op, text: from[i]! }); };
  new Myers(intern(a), intern(b), (op, start, end) => emit(op, op === 'insert' ? b : a, start, end)).run();
  return ops;
}

/** Myers' diff in linear space: find the middle snake of the shortest edit script, recurse on both sides. */
class Myers {
  private readonly vf: Int32Array;
  private readonly vb: Int32Array;

  constructor(
    private readonly a: Int32Array,
    private readonly b: Int32Array,
    /** Called in order with runs of a (equal, delete) or of b (insert). */
    private readonly emit: (op: WordOp['op'], start: number, end: number) => void,
  ) {
    const size = a.length + b.length + 3;
    this.vf = new Int32Array(2 * size + 1);
    this.vb = new Int32Array(2 * size + 1);
  }

  run(): void {
    this.range(0, this.a.length, 0, this.b.length);
  }

  private range(aLo: number, aHi: number, bLo: number, bHi: number): void {
    const { a, b } = this;
    const head = aLo;
    while (aLo < aHi && bLo < bHi && a[aLo] === b[bLo]) { aLo++; bLo++; }
    if (aLo > head) this.emit('equal', head, aLo);
    let tail = 0;
    while (aHi - tail > aLo && bHi - tail > bLo && a[aHi - 1 - tail] === b[bHi - 1 - tail]) tail++;
    aHi -= tail; bHi -= tail;
    if (aLo === aHi) { if (bLo < bHi) this.emit('insert', bLo, bHi); }
    else if (bLo === bHi) this.emit('delete', aLo, aHi);
    else {
      const [x, y, u, v] = this.middleSnake(aLo, aHi, bLo, bHi);
      this.range(aLo, aLo + x, bLo, bLo + y);
      if (u > x) this.emit('equal', aLo + x, aLo + u);
      this.range(aLo + u, aHi, bLo + v, bHi);
    }
    if (tail) this.emit('equal', aHi, aHi + tail);
  }

  /** The middle snake [x, y] → [u, v] (offsets into the ranges) of a shortest edit script of the two ranges. */
  private middleSnake(aLo: number, aHi: number, bLo: number, bHi: number): [number, number, number, number] {
    const { a, b, vf, vb } = this;
    const n = aHi - aLo, m = bHi - bLo, delta = n - m, odd = (delta & 1) !== 0;
    const max = Math.ceil((n + m) / 2);
    const off = max + 1;
    vf[off + 1] = 0; vb[off + 1] = 0;
    for (let d = 0; d <= max; d++) {
      for (let k = -d; k <= d; k += 2) {
        let x = k === -d || (k !== d && vf[off + k - 1]! < vf[off + k + 1]!) ? vf[off + k + 1]! : vf[off + k - 1]! + 1;
        let y = x - k;
        const x0 = x, y0 = y;
        while (x < n && y < m && a[aLo + x] === b[bLo + y]) { x++; y++; }
        vf[off + k] = x;
        const kb = delta - k;
        if (odd && kb >= -(d - 1) && kb <= d - 1 && x + vb[off + kb]! >= n) return [x0, y0, x, y];
      }
      for (let k = -d; k <= d; k += 2) {
        let x = k === -d || (k !== d && vb[off + k - 1]! < vb[off + k + 1]!) ? vb[off + k + 1]! : vb[off + k - 1]! + 1;
        let y = x - k;
        const x0 = x, y0 = y;
        while (x < n && y < m && a[aHi - 1 - x] === b[bHi - 1 - y]) { x++; y++; }
        vb[off + k] = x;
        const kf = delta - k;
        if (!odd && kf >= -d && kf <= d && x + vf[off + kf]! >= n) return [n - x, m - y, n - x0, m - y0];
      }
    }
    throw new Error('wordDiff: no middle snake');
  }
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
