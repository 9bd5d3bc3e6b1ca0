/**
 * A seeded fuzz run of the decoder's contract on random streams, streams of random commands and
 * mutated real streams: it never throws, it agrees with the plain reference decoder in result,
 * size, failure reason and position, its output stays within 64 KiB, and a stream strict mode
 * accepts decodes the same in exhal mode.
 */
import { compressHal, decodeHal, HalDecodeMode } from '../../src/core/hal';
import { INPUT_KINDS, inputOfKind } from './halInputs';
import { referenceDecode } from './referenceHal';
import { mulberry32 } from './seededRandom';

export interface FuzzReport {
  readonly calls: number;
  readonly accepted: number;
  readonly violations: readonly string[];
}

export function fuzzHalDecoder(calls: number, seed: number): FuzzReport {
  const next = mulberry32(seed);
  const int = (n: number): number => (next() * n) | 0;
  const violations: string[] = [];
  let accepted = 0;
  let made = 0;

  const seeds: Uint8Array[] = [];
  for (const kind of INPUT_KINDS) {
    for (const size of [16, 200, 3000]) {
      const r = compressHal(inputOfKind(kind, size, size), kind === 'incompressible' ? 'fast' : 'optimal');
      if (r.ok) seeds.push(r.value);
    }
  }

  function randomStream(): Uint8Array {
    const length = next() < 0.8 ? 1 + int(64) : 1 + int(4096);
    return Uint8Array.from({ length }, () => int(256));
  }

  function commandStream(): Uint8Array {
    const bytes: number[] = [];
    const commands = 1 + int(20);
    for (let c = 0; c < commands; c++) {
      const cmd = int(8);
      const long = cmd === 7 || next() < 0.3;
      const k = long ? int(1024) : int(32);
      if (long) bytes.push(0xe0 | (cmd << 2) | (k >> 8), k & 0xff);
      else bytes.push((cmd << 5) | k);
      const args = cmd === 0 ? k + 1 : cmd === 1 || cmd === 3 ? 1 : 2;
      for (let a = 0; a < args; a++) bytes.push(cmd >= 4 && a === 0 && next() < 0.7 ? int(4) : int(256));
    }
    if (next() < 0.9) bytes.push(0xff);
    return Uint8Array.from(bytes);
  }

  function mutated(): Uint8Array {
    const base = Array.from(seeds[int(seeds.length)]);
    const edits = 1 + int(4);
    for (let e = 0; e < edits; e++) {
      const at = int(base.length);
      const what = int(4);
      if (what === 0) base[at] = int(256);
      else if (what === 1) base[at] ^= 1 << int(8);
      else if (what === 2) base.splice(at, 1);
      else base.splice(at, 0, int(256));
    }
    if (next() < 0.2) base.length = int(base.length + 1);
    return Uint8Array.from(base);
  }

  function check(input: Uint8Array, start: number, mode: HalDecodeMode): boolean {
    made++;
    const label = `seed ${seed}, call ${made}, ${mode}, start ${start}, input ${Buffer.from(input.subarray(0, 48)).toString('hex')}`;
    let r;
    try {
      r = decodeHal(input, start, { mode });
    } catch (e) {
      violations.push(`${label}: threw ${(e as Error).message}`);
      return false;
    }
    const expected = referenceDecode(input, start, mode === 'strict');
    if (r.ok !== expected.ok) {
      violations.push(`${label}: ok ${r.ok}, reference ${expected.ok}`);
      return false;
    }
    if (r.ok && expected.ok) {
      if (r.compressedSize !== expected.compressedSize || !Buffer.from(r.data).equals(Buffer.from(expected.data))) {
        violations.push(`${label}: output or size differs from the reference`);
      }
      if (r.data.length < 1 || r.data.length > 65536 || r.compressedSize > Math.min(65536, input.length - start)) {
        violations.push(`${label}: sizes out of bounds`);
      }
    } else if (!r.ok && !expected.ok) {
      if (r.reason !== expected.reason || r.at !== expected.at) {
        violations.push(`${label}: failed with ${r.reason} at ${r.at}, reference ${expected.reason} at ${expected.at}`);
      }
      if (r.produced < 0 || r.produced > 65536) violations.push(`${label}: produced ${r.produced}`);
    }
    return r.ok;
  }

  while (made < calls) {
    const pick = next();
    let input = pick < 0.4 ? randomStream() : pick < 0.7 ? commandStream() : mutated();
    let start = 0;
    if (next() < 0.2) {
      const padding = int(8);
      input = Uint8Array.from([...Array.from({ length: padding }, () => int(256)), ...input]);
      start = padding;
    }
    const strictOk = check(input, start, 'strict');
    const exhalOk = check(input, start, 'exhal');
    if (strictOk) {
      accepted++;
      if (!exhalOk) violations.push(`seed ${seed}, call ${made}: strict accepts what exhal mode refuses`);
      else {
        const a = decodeHal(input, start, { mode: 'strict' });
        const b = decodeHal(input, start, { mode: 'exhal' });
        if (a.ok && b.ok && !Buffer.from(a.data).equals(Buffer.from(b.data))) {
          violations.push(`seed ${seed}, call ${made}: strict and exhal modes decode differently`);
        }
      }
    }
    if (violations.length > 20) break;
  }
  return { calls: made, accepted, violations };
}
