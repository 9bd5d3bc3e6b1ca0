/**
 * Longest copy matches at every input position, for the three copy commands:
 *
 *   copy             in[p + k]        = in[i + k]   (p < i; may overlap position i, as LZ does)
 *   bitReversedCopy  rev(in[p + k])   = in[i + k]   (p < i)
 *   backwardCopy     in[q − k]        = in[i + k]   (q < i, k ≤ q)
 *
 * One suffix array over S·#·rev(S)·$·reverse(S) answers all three: a bit-reversed match is a common
 * prefix of S[i…] and rev(S)[p…]; a backward match from q is a common prefix of S[i…] and
 * reverse(S)[n−1−q…], whose length bounds k ≤ q by itself. For each position the longest match with
 * a source before i is the best of the nearest valid suffixes on either side in suffix order
 * (monotonic stacks), and the common prefix of two suffixes is a range minimum of the LCP array.
 * That makes inhal's quadratic searches (minutes on 64 KiB of zeros) O(n log n).
 */
import { BIT_REVERSED, CopyMethod, HAL_MAX_RUN } from './format';
import { buildLcpArray, buildSuffixArray, inverseOf, SegmentMin, SparseMin } from './suffixArray';

// Local copies of imported constants: unbundled CommonJS turns each imported use into a getter call.
const MAX_RUN = HAL_MAX_RUN;
/** Stored LCP values are capped here: one more than a command can use, so "≥ 1024" stays exact. */
const LCP_CAP = MAX_RUN + 1;
const NO_KEY = 0x7fffffff;
const SEGMENTS: readonly CopyMethod[] = ['copy', 'bitReversedCopy', 'backwardCopy'];

export interface CopyMatchOptions {
  readonly bitReversed: boolean;
  readonly backward: boolean;
}

export interface CopyMatches {
  /** Longest match length (0 … 1024) at each input position, per method; zero when not searched. */
  readonly lengths: Readonly<Record<CopyMethod, Uint16Array>>;
  /**
   * The position a command writes for a match of at least `length` at `inputPos`: the earliest
   * source (smallest p, or smallest q going backward), as inhal picks it.
   */
  sourceOf(inputPos: number, method: CopyMethod, length: number): number;
}

export function findCopyMatches(input: Uint8Array, options: CopyMatchOptions): CopyMatches {
  const n = input.length;
  const segmentCount = options.backward ? 3 : options.bitReversed ? 2 : 1;
  const enabled = [true, options.bitReversed, options.backward];
  // Text layout: segment s starts at s·(n+1); separators 256 and 257 keep matches inside a segment.
  const textLength = segmentCount * n + (segmentCount - 1);
  const text = new Int32Array(textLength);
  text.set(input, 0);
  if (segmentCount > 1) {
    text[n] = 256;
    for (let p = 0; p < n; p++) text[n + 1 + p] = BIT_REVERSED[input[p]];
  }
  if (segmentCount > 2) {
    text[2 * n + 1] = 257;
    for (let r = 0; r < n; r++) text[2 * n + 2 + r] = input[n - 1 - r];
  }
  const sa = buildSuffixArray(text, 258);
  const inverse = inverseOf(sa);
  const lcp = new SparseMin(buildLcpArray(text, sa, inverse, LCP_CAP));

  // For each rank: which segment the suffix belongs to and its key (the source position it stands for).
  const segmentOfRank = new Int8Array(textLength);
  const keyOfRank = new Int32Array(textLength);
  for (let r = 0; r < textLength; r++) {
    const t = sa[r];
    const s = Math.floor(t / (n + 1));
    const within = t - s * (n + 1);
    if (within === n) {
      segmentOfRank[r] = -1; // a separator
      keyOfRank[r] = NO_KEY;
    } else {
      segmentOfRank[r] = s;
      keyOfRank[r] = s === 2 ? n - 1 - within : within;
    }
  }

  const lengths = [new Uint16Array(n), new Uint16Array(n), new Uint16Array(n)];
  sweep(+1);
  sweep(-1);

  function sweep(direction: 1 | -1): void {
    const stackRank = [new Int32Array(textLength), new Int32Array(textLength), new Int32Array(textLength)];
    const stackKey = [new Int32Array(textLength), new Int32Array(textLength), new Int32Array(textLength)];
    const top = [0, 0, 0];
    for (let step = 0; step < textLength; step++) {
      const r = direction > 0 ? step : textLength - 1 - step;
      const s = segmentOfRank[r];
      if (s < 0) continue;
      const key = keyOfRank[r];
      if (s === 0) {
        // A suffix of S: query every enabled segment for its nearest suffix whose source is before i.
        for (let m = 0; m < 3; m++) {
          if (!enabled[m] || top[m] === 0) continue;
          // Keys grow from the bottom of the stack to its top; find the topmost key < i.
          let lo = 0;
          let hi = top[m] - 1;
          if (stackKey[m][0] >= key) continue;
          while (lo < hi) {
            const mid = (lo + hi + 1) >> 1;
            if (stackKey[m][mid] < key) lo = mid;
            else hi = mid - 1;
          }
          const other = stackRank[m][lo];
          const common = direction > 0 ? lcp.min(other + 1, r) : lcp.min(r + 1, other);
          const capped = common > MAX_RUN ? MAX_RUN : common;
          if (capped > lengths[m][key]) lengths[m][key] = capped;
        }
      }
      if (!enabled[s]) continue;
      // A farther entry with a key no smaller can never be the nearest valid one again.
      while (top[s] > 0 && stackKey[s][top[s] - 1] >= key) top[s]--;
      stackRank[s][top[s]] = r;
      stackKey[s][top[s]] = key;
      top[s]++;
    }
  }

  const keyTrees: Array<SegmentMin | undefined> = [undefined, undefined, undefined];
  function keyTree(m: number): SegmentMin {
    let tree = keyTrees[m];
    if (!tree) {
      const keys = new Int32Array(textLength);
      for (let r = 0; r < textLength; r++) keys[r] = segmentOfRank[r] === m ? keyOfRank[r] : NO_KEY;
      tree = keyTrees[m] = new SegmentMin(keys);
    }
    return tree;
  }

  return {
    lengths: { copy: lengths[0], bitReversedCopy: lengths[1], backwardCopy: lengths[2] },
    sourceOf(inputPos: number, method: CopyMethod, length: number): number {
      const m = SEGMENTS.indexOf(method);
      if (!enabled[m] || length < 1 || length > lengths[m][inputPos]) {
        throw new RangeError(`no ${method} of ${length} bytes at input position ${inputPos}`);
      }
      // The ranks whose suffixes share at least `length` symbols with S[inputPos…] form one interval.
      const r = inverse[inputPos];
      let lo = r;
      let hi = r;
      for (let k = lcp.depth - 1; k >= 0; k--) {
        const span = 1 << k;
        if (lo - span >= 0 && lcp.block(k, lo - span + 1) >= length) lo -= span;
        if (hi + span <= textLength - 1 && lcp.block(k, hi + 1) >= length) hi += span;
      }
      return keyTree(m).min(lo, hi);
    },
  };
}
