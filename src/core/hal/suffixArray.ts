/**
 * Suffix array, LCP array and range-minimum structures for the HAL match finder. Texts are at most
 * 3 × 64 KiB + 2 symbols, so prefix doubling with counting sorts (O(n log n)) is quick enough and
 * stays simple.
 */

/** Suffix array of `text` (symbols 0 … alphabetSize−1); the end of the text sorts first. */
export function buildSuffixArray(text: Int32Array, alphabetSize: number): Int32Array {
  const n = text.length;
  const sa = new Int32Array(n);
  if (n === 0) return sa;
  let rank = new Int32Array(n);
  let next = new Int32Array(n);
  const bySecond = new Int32Array(n);
  const count = new Int32Array(Math.max(alphabetSize, n) + 1);

  for (let i = 0; i < n; i++) count[text[i]]++;
  for (let c = 1; c < alphabetSize; c++) count[c] += count[c - 1];
  for (let i = n - 1; i >= 0; i--) sa[--count[text[i]]] = i;
  rank[sa[0]] = 0;
  for (let r = 1; r < n; r++) rank[sa[r]] = rank[sa[r - 1]] + (text[sa[r]] !== text[sa[r - 1]] ? 1 : 0);
  let classes = rank[sa[n - 1]] + 1;

  for (let k = 1; classes < n; k <<= 1) {
    // Order by the second half: suffixes without one first, then the others in the current order.
    let p = 0;
    for (let i = n - k; i < n; i++) bySecond[p++] = i;
    for (let r = 0; r < n; r++) if (sa[r] >= k) bySecond[p++] = sa[r] - k;
    // Stable counting sort by the first half.
    count.fill(0, 0, classes);
    for (let i = 0; i < n; i++) count[rank[i]]++;
    for (let c = 1; c < classes; c++) count[c] += count[c - 1];
    for (let r = n - 1; r >= 0; r--) {
      const i = bySecond[r];
      sa[--count[rank[i]]] = i;
    }
    next[sa[0]] = 0;
    for (let r = 1; r < n; r++) {
      const a = sa[r - 1];
      const b = sa[r];
      const same = rank[a] === rank[b] && (a + k < n ? rank[a + k] : -1) === (b + k < n ? rank[b + k] : -1);
      next[b] = next[a] + (same ? 0 : 1);
    }
    [rank, next] = [next, rank];
    classes = rank[sa[n - 1]] + 1;
  }
  return sa;
}

/** inverse[sa[r]] = r. */
export function inverseOf(sa: Int32Array): Int32Array {
  const inverse = new Int32Array(sa.length);
  for (let r = 0; r < sa.length; r++) inverse[sa[r]] = r;
  return inverse;
}

/**
 * lcp[r] = length of the common prefix of the suffixes at ranks r−1 and r (lcp[0] = 0), capped at
 * `cap` (Kasai's algorithm, linear time).
 */
export function buildLcpArray(text: Int32Array, sa: Int32Array, inverse: Int32Array, cap: number): Uint16Array {
  const n = text.length;
  const lcp = new Uint16Array(n);
  let h = 0;
  for (let i = 0; i < n; i++) {
    const r = inverse[i];
    if (r === 0) {
      h = 0;
      continue;
    }
    const j = sa[r - 1];
    while (i + h < n && j + h < n && text[i + h] === text[j + h]) h++;
    lcp[r] = h < cap ? h : cap;
    if (h > 0) h--;
  }
  return lcp;
}

/** Minimum over any range of a fixed array in O(1) (sparse table). */
export class SparseMin {
  private readonly levels: Uint16Array[];

  constructor(values: Uint16Array) {
    this.levels = [values];
    for (let span = 1; span * 2 <= values.length; span *= 2) {
      const prev = this.levels[this.levels.length - 1];
      const level = new Uint16Array(values.length - span * 2 + 1);
      for (let i = 0; i < level.length; i++) {
        const a = prev[i];
        const b = prev[i + span];
        level[i] = a < b ? a : b;
      }
      this.levels.push(level);
    }
  }

  /** min(values[from … to]), inclusive; from ≤ to. */
  min(from: number, to: number): number {
    const k = 31 - Math.clz32(to - from + 1);
    const level = this.levels[k];
    const a = level[from];
    const b = level[to - (1 << k) + 1];
    return a < b ? a : b;
  }

  /** The largest k with 2^k ≤ length, for callers that walk the table. */
  get depth(): number {
    return this.levels.length;
  }

  /** min(values[from … from + 2^k − 1]). */
  block(k: number, from: number): number {
    return this.levels[k][from];
  }
}

/** Minimum over ranges of a fixed Int32 array in O(log n) (bottom-up segment tree). */
export class SegmentMin {
  private readonly size: number;
  private readonly tree: Int32Array;

  constructor(values: Int32Array) {
    this.size = values.length;
    this.tree = new Int32Array(2 * this.size);
    this.tree.set(values, this.size);
    for (let i = this.size - 1; i > 0; i--) {
      const a = this.tree[2 * i];
      const b = this.tree[2 * i + 1];
      this.tree[i] = a < b ? a : b;
    }
  }

  /** min(values[from … to]), inclusive. */
  min(from: number, to: number): number {
    let best = 0x7fffffff;
    let lo = from + this.size;
    let hi = to + this.size + 1;
    while (lo < hi) {
      if (lo & 1) best = Math.min(best, this.tree[lo++]);
      if (hi & 1) best = Math.min(best, this.tree[--hi]);
      lo >>= 1;
      hi >>= 1;
    }
    return best;
  }
}
