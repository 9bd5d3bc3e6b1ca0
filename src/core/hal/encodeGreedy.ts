/**
 * inhal's greedy packer (domain-spec §1.10.2), reproduced command for command so that `default`
 * writes what inhal writes, and `fast` what `inhal -fast` writes. At each position: the longest fill
 * (byte, word, then sequence; a later kind must be strictly longer), then, unless the fill already
 * covers 1024 bytes, the longest copy (normal, bit-reversed, then backward; strictly longer again).
 * A copy wins only when strictly longer than the fill; a fill must cover more than two bytes and a
 * copy at least four. inhal's quirks are kept on purpose: sequences do not wrap past 0xFF, word
 * fills of 1025–2047 bytes are cut to 1024, copies need four bytes left in the input.
 */
import { CopyMethod, COPY_COMMAND, HAL_MAX_RUN } from './format';
import { findCopyMatches } from './matchFinder';
import { findFillRuns } from './fillRuns';
import { HalStreamWriter } from './streamWriter';

// Local copies of imported constants: unbundled CommonJS turns each imported use into a getter call.
const MAX_RUN = HAL_MAX_RUN;
const MIN_FILL = 3;
const MIN_COPY = 4;

type Fill = 'byteFill' | 'wordFill' | 'sequenceFill';

export function encodeGreedy(input: Uint8Array, fast: boolean): Uint8Array {
  const n = input.length;
  const runs = findFillRuns(input);
  const matches = findCopyMatches(input, { bitReversed: !fast, backward: !fast });
  const copyMethods: readonly CopyMethod[] = fast ? ['copy'] : ['copy', 'bitReversedCopy', 'backwardCopy'];
  const writer = new HalStreamWriter(input);

  let i = 0;
  while (i < n) {
    let fill: Fill | undefined;
    let fillBytes = 0;
    const byteBytes = Math.min(runs.byteRun[i], MAX_RUN);
    if (byteBytes >= MIN_FILL) {
      fill = 'byteFill';
      fillBytes = byteBytes;
    }
    let wordBytes = 2 * runs.wordRun[i];
    if (wordBytes >= 2 * MAX_RUN) wordBytes = 2 * MAX_RUN;
    else if (wordBytes > MAX_RUN) wordBytes = MAX_RUN;
    if (wordBytes >= MIN_FILL && wordBytes > fillBytes) {
      fill = 'wordFill';
      fillBytes = wordBytes;
    }
    if (!fast) {
      const sequenceBytes = Math.min(runs.sequenceRun[i], 256 - input[i], MAX_RUN);
      if (sequenceBytes >= MIN_FILL && sequenceBytes > fillBytes) {
        fill = 'sequenceFill';
        fillBytes = sequenceBytes;
      }
    }

    let copy: CopyMethod | undefined;
    let copyBytes = 0;
    if (fillBytes < MAX_RUN && n - i >= MIN_COPY) {
      for (const method of copyMethods) {
        const length = matches.lengths[method][i];
        if (length >= MIN_COPY && length > copyBytes) {
          copy = method;
          copyBytes = length;
        }
      }
    }

    if (copy && copyBytes > fillBytes) {
      writer.copy(COPY_COMMAND[copy], matches.sourceOf(i, copy, copyBytes), copyBytes);
      i += copyBytes;
    } else if (fill === 'byteFill') {
      writer.byteFill(input[i], fillBytes);
      i += fillBytes;
    } else if (fill === 'wordFill') {
      writer.wordFill(input[i], input[i + 1], fillBytes / 2);
      i += fillBytes;
    } else if (fill === 'sequenceFill') {
      writer.sequenceFill(input[i], fillBytes);
      i += fillBytes;
    } else {
      writer.literal(i);
      i++;
    }
  }
  return writer.finish();
}
