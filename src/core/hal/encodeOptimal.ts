/**
 * The smallest HAL stream for an input: an exact shortest path over every command at every
 * position and every length it can take, with true costs (domain-spec §1.10.1):
 *
 *   literal run of L (1–1024)           L+1 (L ≤ 32) or L+2
 *   byte or sequence fill of L bytes    2 or 3
 *   word fill of W words (2W bytes)     3 or 4
 *   copy of L bytes (any of three)      3 or 4
 *
 * Each command from position i reaches a whole interval of targets for one cost (a literal run for
 * a cost that grows with the target), so the relaxation keeps a heap of interval offers instead of
 * enumerating up to 2048 edges per position: O(n log n) whatever the input. Sequence fills wrap past
 * 0xFF and copies may be shorter than four bytes, which inhal never uses.
 */
import { CopyMethod, COPY_COMMAND, HAL_MAX_RUN, HAL_SHORT_RUN } from './format';
import { findFillRuns } from './fillRuns';
import { IntervalHeap } from './intervalHeap';
import { findCopyMatches } from './matchFinder';
import { HalStreamWriter } from './streamWriter';

// Local copies of imported constants: unbundled CommonJS turns each imported use into a getter call.
const MAX_RUN = HAL_MAX_RUN;
const SHORT_RUN = HAL_SHORT_RUN;
const enum Step {
  literal = 0,
  byteFill = 1,
  wordFill = 2,
  sequenceFill = 3,
  copy = 4,
}

const COPY_METHODS: readonly CopyMethod[] = ['copy', 'bitReversedCopy', 'backwardCopy'];
const LONG = SHORT_RUN + 1;

export function encodeOptimal(input: Uint8Array): Uint8Array {
  const n = input.length;
  const runs = findFillRuns(input);
  const matches = findCopyMatches(input, { bitReversed: true, backward: true });

  const fillLength = new Uint16Array(n);
  const fillKind = new Int8Array(n);
  const copyLength = new Uint16Array(n);
  const wordLength = new Uint16Array(n);
  for (let i = 0; i < n; i++) {
    const bytes = Math.min(runs.byteRun[i], MAX_RUN);
    const sequence = Math.min(runs.sequenceRun[i], MAX_RUN);
    fillKind[i] = sequence > bytes ? Step.sequenceFill : Step.byteFill;
    fillLength[i] = Math.max(bytes, sequence);
    wordLength[i] = Math.min(runs.wordRun[i], MAX_RUN);
    copyLength[i] = Math.max(
      matches.lengths.copy[i],
      matches.lengths.bitReversedCopy[i],
      matches.lengths.backwardCopy[i],
    );
  }

  const dist = new Int32Array(n + 1);
  const predFrom = new Int32Array(n + 1);
  const predKind = new Int8Array(n + 1);
  const literals = new IntervalHeap(2 * n + 2);
  const fixed = new IntervalHeap(4 * n + 4);
  const words = [new IntervalHeap(n + 2), new IntervalHeap(n + 2)];

  for (let j = 1; j <= n; j++) {
    // Offers starting at j: the short forms from j−1, the long forms from j−33 (j−66 for words).
    const i = j - 1;
    const d = dist[i];
    literals.push(d - i + 1, i + SHORT_RUN, i, Step.literal);
    if (fillLength[i] > 0) fixed.push(d + 2, i + Math.min(fillLength[i], SHORT_RUN), i, fillKind[i]);
    if (copyLength[i] > 0) fixed.push(d + 3, i + Math.min(copyLength[i], SHORT_RUN), i, Step.copy);
    if (wordLength[i] > 0) words[i & 1].push(d + 3, i + 2 * Math.min(wordLength[i], SHORT_RUN), i, Step.wordFill);
    const l = j - LONG;
    if (l >= 0) {
      const dl = dist[l];
      literals.push(dl - l + 2, l + MAX_RUN, l, Step.literal);
      if (fillLength[l] >= LONG) fixed.push(dl + 3, l + fillLength[l], l, fillKind[l]);
      if (copyLength[l] >= LONG) fixed.push(dl + 4, l + copyLength[l], l, Step.copy);
    }
    const w = j - 2 * LONG;
    if (w >= 0 && wordLength[w] >= LONG) words[w & 1].push(dist[w] + 4, w + 2 * wordLength[w], w, Step.wordFill);

    let best = 0x7fffffff;
    let heap: IntervalHeap | undefined;
    let id = -1;
    const lit = literals.best(j);
    if (lit >= 0) {
      best = literals.keyOf(lit) + j;
      heap = literals;
      id = lit;
    }
    for (const candidate of [fixed, words[j & 1]]) {
      const c = candidate.best(j);
      if (c >= 0 && candidate.keyOf(c) < best) {
        best = candidate.keyOf(c);
        heap = candidate;
        id = c;
      }
    }
    // A literal offer always reaches j, so there is always a way in.
    dist[j] = best;
    predFrom[j] = heap!.fromOf(id);
    predKind[j] = heap!.kindOf(id);
  }

  const steps: Array<{ from: number; to: number; kind: number }> = [];
  for (let j = n; j > 0; j = predFrom[j]) steps.push({ from: predFrom[j], to: j, kind: predKind[j] });
  steps.reverse();

  const writer = new HalStreamWriter(input);
  for (const { from, to, kind } of steps) {
    const length = to - from;
    switch (kind) {
      case Step.literal:
        for (let p = from; p < to; p++) writer.literal(p);
        break;
      case Step.byteFill:
        writer.byteFill(input[from], length);
        break;
      case Step.sequenceFill:
        writer.sequenceFill(input[from], length);
        break;
      case Step.wordFill:
        writer.wordFill(input[from], input[from + 1], length / 2);
        break;
      default: {
        const method = COPY_METHODS.find((m) => matches.lengths[m][from] >= length)!;
        writer.copy(COPY_COMMAND[method], matches.sourceOf(from, method, length), length);
      }
    }
  }
  return writer.finish();
}
