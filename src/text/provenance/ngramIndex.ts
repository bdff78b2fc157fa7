/**
 * An inverted index from hashed word n-grams to the passages that contain them, in flat typed arrays:
 * sorted unique 32-bit keys, CSR offsets, passage postings. Built by one sort of (hash, passage) pairs,
 * so four million n-grams index in well under a second and take ~12 bytes each; a Map of that many
 * entries would cost several times the memory and time.
 *
 * N-grams found in more than `maxDf` passages are dropped (document-frequency cut-off): formulae such as
 * "the united nations general" say nothing about where a sentence came from and would make every
 * sentence a candidate for thousands of passages.
 */

export interface NgramIndex {
  n: number;
  maxDf: number;
  /** Sorted unique n-gram hashes kept after the cut-off. */
  keys: Uint32Array;
  /** postings of keys[i] are postings[offsets[i] .. offsets[i + 1]). */
  offsets: Int32Array;
  /** Passage ids, ascending within each key. */
  postings: Int32Array;
  /** Distinct n-grams dropped by the cut-off. */
  dropped: number;
}

const PASSAGE_BITS = 21;
const PASSAGE_SCALE = 2 ** PASSAGE_BITS;
/** Largest number of passages one index holds: hash (32 bits) and passage id share a float64's 53 bits. */
export const MAX_PASSAGES = PASSAGE_SCALE;

/** Hashes the n-gram of token ids ending before `end` (murmur3-style mixing, 32-bit). */
export function gramHash(ids: ArrayLike<number>, start: number, n: number): number {
  let h = 0x9747b28c ^ n;
  for (let k = 0; k < n; k++) {
    let x = Math.imul(ids[start + k], 0xcc9e2d51);
    x = (x << 15) | (x >>> 17);
    h ^= Math.imul(x, 0x1b873593);
    h = (h << 13) | (h >>> 19);
    h = (Math.imul(h, 5) + 0xe6546b64) | 0;
  }
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/**
 * Builds the index over passages whose token ids lie in `ids[passageStarts[p] .. passageStarts[p + 1])`.
 * @example buildNgramIndex(Int32Array.of(1, 2, 3, 4), Int32Array.of(0, 4), 4, 10).keys.length // 1
 */
export function buildNgramIndex(ids: Int32Array, passageStarts: Int32Array, n: number, maxDf: number): NgramIndex {
  const passages = passageStarts.length - 1;
  if (passages > MAX_PASSAGES) throw new RangeError(`An n-gram index holds at most ${MAX_PASSAGES} passages.`);
  let total = 0;
  for (let p = 0; p < passages; p++) total += Math.max(0, passageStarts[p + 1] - passageStarts[p] - n + 1);

  const pairs = new Float64Array(total);
  let w = 0;
  for (let p = 0; p < passages; p++) {
    const end = passageStarts[p + 1] - n + 1;
    for (let i = passageStarts[p]; i < end; i++) pairs[w++] = gramHash(ids, i, n) * PASSAGE_SCALE + p;
  }
  pairs.sort();

  const keys = new Uint32Array(total);
  const offsets = new Int32Array(total + 1);
  const postings = new Int32Array(total);
  let nk = 0;
  let np = 0;
  let dropped = 0;
  let i = 0;
  while (i < total) {
    const hash = Math.floor(pairs[i] / PASSAGE_SCALE);
    let j = i;
    const from = np;
    let last = -1;
    while (j < total && Math.floor(pairs[j] / PASSAGE_SCALE) === hash) {
      const p = pairs[j] - hash * PASSAGE_SCALE;
      if (p !== last) postings[np++] = last = p;
      j++;
    }
    if (np - from > maxDf) {
      np = from;
      dropped++;
    } else {
      keys[nk] = hash;
      offsets[nk] = from;
      nk++;
    }
    i = j;
  }
  offsets[nk] = np;
  return {
    n,
    maxDf,
    keys: keys.slice(0, nk),
    offsets: offsets.slice(0, nk + 1),
    postings: postings.slice(0, np),
    dropped,
  };
}

/** Index of `hash` in `index.keys`, or -1. */
export function findKey(index: NgramIndex, hash: number): number {
  const keys = index.keys;
  let lo = 0;
  let hi = keys.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1;
    const k = keys[mid];
    if (k === hash) return mid;
    if (k < hash) lo = mid + 1;
    else hi = mid - 1;
  }
  return -1;
}
