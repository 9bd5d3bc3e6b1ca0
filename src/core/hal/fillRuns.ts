/**
 * How far each fill command could reach from every input position, computed right to left in
 * linear time. Lengths are not capped here; the encoders apply their own rules.
 */
export interface FillRuns {
  /** Bytes equal to in[i] from i on. */
  readonly byteRun: Uint32Array;
  /** Whole words (in[i], in[i+1]) repeated from i on; 0 when fewer than two bytes remain. */
  readonly wordRun: Uint32Array;
  /** Bytes continuing in[i], in[i]+1, … from i on, wrapping 0xFF → 0x00 as the decoder does. */
  readonly sequenceRun: Uint32Array;
}

export function findFillRuns(input: Uint8Array): FillRuns {
  const n = input.length;
  const byteRun = new Uint32Array(n);
  const wordRun = new Uint32Array(n);
  const sequenceRun = new Uint32Array(n);
  // repeatsTwoBack[i]: how many bytes from i on each equal the byte two before them.
  const repeatsTwoBack = new Uint32Array(n + 1);
  for (let i = n - 1; i >= 0; i--) {
    const last = i === n - 1;
    byteRun[i] = !last && input[i + 1] === input[i] ? byteRun[i + 1] + 1 : 1;
    sequenceRun[i] = !last && input[i + 1] === ((input[i] + 1) & 0xff) ? sequenceRun[i + 1] + 1 : 1;
    repeatsTwoBack[i] = i >= 2 && input[i] === input[i - 2] ? repeatsTwoBack[i + 1] + 1 : 0;
    if (n - i >= 2) {
      const covered = Math.min(n - i, 2 + (i + 2 <= n ? repeatsTwoBack[i + 2] : 0));
      wordRun[i] = covered >> 1;
    }
  }
  return { byteRun, wordRun, sequenceRun };
}
