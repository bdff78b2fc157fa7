/**
 * Word-level alignment of a draft sentence against a reference passage.
 *
 * Local alignment (Smith–Waterman) finds the stretch of the passage the sentence reuses, ignoring the
 * rest of a long paragraph. Scores: match +3, substitution -3, insertion or deletion -2. A substitution
 * costs less than a deletion plus an insertion, so "should" → "shall" aligns as one changed word, but
 * more than a lone insertion, so an edge is not stretched over a run of unrelated words to reach one
 * more identical word. Changes at the edges are handled by anchoredAlign below.
 */

export const MATCH = 3;
export const MISMATCH = -3;
export const GAP = -2;

/** One column of an alignment: s is a sentence token index, p a passage token index, -1 for a gap. */
export interface Step {
  s: number;
  p: number;
}

export interface LocalAlignment {
  score: number;
  /** Sentence tokens [sStart, sEnd) and passage tokens [pStart, pEnd) are aligned. */
  sStart: number;
  sEnd: number;
  pStart: number;
  pEnd: number;
  steps: Step[];
}

const DIAG = 1;
const UP = 2;
const LEFT = 3;

/**
 * The best move into a cell: DIAG, UP or LEFT, ties to the earlier; 0 when none beats `floor` (a
 * local alignment's zero; a global one has none).
 */
function move(diag: number, up: number, left: number, floor: number): number {
  let h = floor;
  let t = 0;
  if (diag > h) {
    h = diag;
    t = DIAG;
  }
  if (up > h) {
    h = up;
    t = UP;
  }
  if (left > h) t = LEFT;
  return t;
}

/**
 * Smith–Waterman of sentence ids `a` against passage ids `b[bFrom .. bTo)`; passage indices in the
 * result are absolute (into `b`). Returns null when nothing scores above zero.
 * @example localAlign([1, 2, 3], [9, 1, 2, 3, 9], 0, 5)!.pStart // 1
 */
export function localAlign(a: ArrayLike<number>, b: ArrayLike<number>, bFrom: number, bTo: number): LocalAlignment | null {
  const m = a.length;
  const n = bTo - bFrom;
  if (m === 0 || n <= 0) return null;
  const width = n + 1;
  const trace = new Uint8Array((m + 1) * width);
  let prev = new Int32Array(width);
  let row = new Int32Array(width);
  let best = 0;
  let bi = 0;
  let bj = 0;
  for (let i = 1; i <= m; i++) {
    const ai = a[i - 1];
    row[0] = 0;
    for (let j = 1; j <= n; j++) {
      const diag = prev[j - 1] + (ai >= 0 && ai === b[bFrom + j - 1] ? MATCH : MISMATCH);
      const up = prev[j] + GAP;
      const left = row[j - 1] + GAP;
      const t = move(diag, up, left, 0);
      const h = t === DIAG ? diag : t === UP ? up : t === LEFT ? left : 0;
      row[j] = h;
      trace[i * width + j] = t;
      if (h > best) {
        best = h;
        bi = i;
        bj = j;
      }
    }
    const swap = prev;
    prev = row;
    row = swap;
  }
  if (best === 0) return null;

  const steps: Step[] = [];
  let i = bi;
  let j = bj;
  while (i > 0 && j > 0) {
    const t = trace[i * width + j];
    if (t === 0) break;
    if (t === DIAG) steps.push({ s: --i, p: bFrom + --j });
    else if (t === UP) steps.push({ s: --i, p: -1 });
    else steps.push({ s: -1, p: bFrom + --j });
  }
  steps.reverse();
  return { score: best, sStart: i, sEnd: bi, pStart: bFrom + j, pEnd: bFrom + bj, steps };
}

/**
 * The Needleman–Wunsch score and trace matrices of the m words `x(0 .. m)` against the n words
 * `y(0 .. n)`, row-major with rows of `n + 1` cells.
 */
function fill(m: number, n: number, x: (i: number) => number, y: (j: number) => number): { score: Int32Array; trace: Uint8Array } {
  const width = n + 1;
  const score = new Int32Array((m + 1) * width);
  const trace = new Uint8Array((m + 1) * width);
  for (let i = 1; i <= m; i++) {
    score[i * width] = i * GAP;
    trace[i * width] = UP;
  }
  for (let j = 1; j <= n; j++) {
    score[j] = j * GAP;
    trace[j] = LEFT;
  }
  for (let i = 1; i <= m; i++) {
    const xi = x(i - 1);
    for (let j = 1; j <= n; j++) {
      const diag = score[(i - 1) * width + j - 1] + (xi >= 0 && xi === y(j - 1) ? MATCH : MISMATCH);
      const up = score[(i - 1) * width + j] + GAP;
      const left = score[i * width + j - 1] + GAP;
      const t = move(diag, up, left, -Infinity);
      const h = t === DIAG ? diag : t === UP ? up : left;
      score[i * width + j] = h;
      trace[i * width + j] = t;
    }
  }
  return { score, trace };
}

/** The steps from cell (i, j) back to the origin, far end first; `s` and `p` give absolute indices. */
function traceBack(trace: Uint8Array, width: number, i: number, j: number, s: (i: number) => number, p: (j: number) => number): Step[] {
  const steps: Step[] = [];
  while (i > 0 || j > 0) {
    const t = trace[i * width + j];
    if (t === DIAG) steps.push({ s: s(--i), p: p(--j) });
    else if (t === UP) steps.push({ s: s(--i), p: -1 });
    else steps.push({ s: -1, p: p(--j) });
  }
  return steps;
}

/**
 * Needleman–Wunsch of `a[aFrom .. aTo)` against `b[bFrom .. bTo)` (both consumed entirely), for the
 * few words at the edges of a local alignment; indices in the result are absolute.
 */
export function globalAlign(a: ArrayLike<number>, aFrom: number, aTo: number, b: ArrayLike<number>, bFrom: number, bTo: number): Step[] {
  const m = aTo - aFrom;
  const n = bTo - bFrom;
  const s = (i: number) => aFrom + i;
  const p = (j: number) => bFrom + j;
  const { trace } = fill(
    m,
    n,
    (i) => a[s(i)],
    (j) => b[p(j)],
  );
  return traceBack(trace, n + 1, m, n, s, p).reverse();
}

/**
 * Extends an alignment outwards from an anchor: aligns `a[aFrom .. aTo)` with `b[bFrom .. bTo)` where
 * both stretches touch the anchor (at their end when `side` is 'before', at their start when 'after')
 * and may stop anywhere on the far side. Returns the best extension (possibly empty) with the
 * indices where it stops. Used at the edges of a local alignment, so that "States may, on a voluntary
 * basis, designate" vs "States may designate" keeps "States may" aligned across the dropped words.
 */
export function anchoredAlign(
  a: ArrayLike<number>,
  aFrom: number,
  aTo: number,
  b: ArrayLike<number>,
  bFrom: number,
  bTo: number,
  side: 'before' | 'after',
): { steps: Step[]; aStop: number; bStop: number } {
  const m = aTo - aFrom;
  const n = bTo - bFrom;
  // Index k counts away from the anchor.
  const ai = (k: number) => (side === 'before' ? aTo - 1 - k : aFrom + k);
  const bi = (k: number) => (side === 'before' ? bTo - 1 - k : bFrom + k);
  const width = n + 1;
  const { score, trace } = fill(
    m,
    n,
    (i) => a[ai(i)],
    (j) => b[bi(j)],
  );
  // Draft words left out of the extension still cost an insertion each (they count against similarity
  // anyway), so the objective is the fitting score: extension score + remaining draft words × GAP.
  let best = m * GAP;
  let bestI = 0;
  let bestJ = 0;
  for (let i = 1; i <= m; i++) {
    const rest = (m - i) * GAP;
    for (let j = 1; j <= n; j++) {
      const h = score[i * width + j];
      if (h + rest > best) {
        best = h + rest;
        bestI = i;
        bestJ = j;
      }
    }
  }
  const steps = traceBack(trace, width, bestI, bestJ, ai, bi);
  // Steps were collected from the far end towards the anchor; 'before' wants text order, which is that.
  if (side === 'after') steps.reverse();
  return {
    steps,
    aStop: side === 'before' ? aTo - bestI : aFrom + bestI,
    bStop: side === 'before' ? bTo - bestJ : bFrom + bestJ,
  };
}
