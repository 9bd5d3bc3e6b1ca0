/**
 * The HAL decoder (domain-spec §1.7–1.8). It never throws, never writes more than 64 KiB and always
 * ends: every command consumes input and the input window is bounded.
 *
 * - `exhal` mode decodes exactly what exhal decodes and fails exactly where it fails; long-form
 *   command 7 acts as a copy, and copies may read output not yet written (it reads as zero).
 * - `strict` mode also rejects copies from output not yet written and headers 0xFC–0xFE: no
 *   encoder writes them, so they mark garbage when scanning.
 */
import { BIT_REVERSED, HAL_INPUT_WINDOW, HAL_MAX_OUTPUT, HAL_TERMINATOR, HalCommand } from './format';

export type HalDecodeMode = 'exhal' | 'strict';

export type HalFailReason =
  /** The stream ran past the end of the input (or of exhal's 64 KiB window) before its terminator. */
  | 'eof'
  /** A command would make the output larger than 64 KiB (or the caller's limit). */
  | 'outputTooLarge'
  /** A copy reads past 64 KiB (position + length > 65536) or, going backward, before position 0. */
  | 'copyOutOfRange'
  /** strict mode: a copy starts at output that has not been written yet. */
  | 'copyFromUnwritten'
  /** strict mode: a long header 0xFC–0xFE (command 7), which no encoder writes. */
  | 'reservedCommand'
  /** The terminator comes before any output; exhal reports this as a failure. */
  | 'empty'
  /** Only with `maxInputSlack`: the stream has used that many more bytes than it produced. */
  | 'notCompressing';

/** How many commands of each kind the stream holds (exhal's unpack statistics). */
export interface HalCommandCounts {
  readonly literal: number;
  readonly byteFill: number;
  readonly wordFill: number;
  readonly sequenceFill: number;
  readonly copy: number;
  readonly bitReversedCopy: number;
  readonly backwardCopy: number;
}

export interface HalDecoded {
  readonly ok: true;
  readonly data: Uint8Array;
  /** Bytes of input the stream occupies, terminator included. */
  readonly compressedSize: number;
  readonly commands: HalCommandCounts;
}

export interface HalDecodeFailure {
  readonly ok: false;
  readonly reason: HalFailReason;
  /** Index into the input of the header of the command that failed. */
  readonly at: number;
  /** Output bytes produced before the failing command. */
  readonly produced: number;
}

export type HalDecodeResult = HalDecoded | HalDecodeFailure;

export interface HalDecodeOptions {
  readonly mode?: HalDecodeMode;
  /** Fail with `outputTooLarge` beyond this many bytes (at most, and by default, 65,536). */
  readonly maxOutput?: number;
  /**
   * Scanning aid: fail with `notCompressing` once the input read exceeds the output by this much.
   * Zero-filled ROM areas decode as endless one-byte literals; without a bound every offset there
   * would read 64 KiB before failing.
   */
  readonly maxInputSlack?: number;
}

// Module-local copies: in unbundled CommonJS every imported binding is a getter call, which would
// dominate the inner loop.
const TERMINATOR = HAL_TERMINATOR;
const WINDOW = HAL_INPUT_WINDOW;
const MAX_OUTPUT = HAL_MAX_OUTPUT;
const REVERSED = BIT_REVERSED;
const { literal: LITERAL, byteFill: BYTE_FILL, wordFill: WORD_FILL, sequenceFill: SEQUENCE_FILL, copy: COPY, bitReversedCopy: BIT_REVERSED_COPY, backwardCopy: BACKWARD_COPY } =
  HalCommand;

// One output buffer reused by every call: decoding is synchronous, and scanning decodes at millions
// of offsets, where a fresh zeroed 64 KiB buffer per call would dominate the cost.
const scratch = new Uint8Array(MAX_OUTPUT);

const FAIL_MESSAGES: Readonly<Record<HalFailReason, string>> = {
  eof: 'the data ends before the stream is terminated (no 0xFF end marker)',
  outputTooLarge: 'the output would be larger than 64 KiB',
  copyOutOfRange: 'a copy command reads outside the 64 KiB output',
  copyFromUnwritten: 'a copy command reads output that has not been written yet',
  reservedCommand: 'a reserved command (header 0xFC–0xFE) that no HAL encoder writes',
  empty: 'the stream ends before producing any output',
  notCompressing: 'the data does not compress: it reads far more bytes than it produces',
};

/** What went wrong, for people; `at` is formatted by the caller, who knows what offset it is. */
export function describeHalFailure(reason: HalFailReason): string {
  return FAIL_MESSAGES[reason];
}

/**
 * Decodes the HAL stream that starts at `input[start]`. `at` in a failure and `compressedSize` are
 * in input bytes; `at` is an index into `input`, so a caller passing ROM data gets a ROM offset.
 */
export function decodeHal(input: Uint8Array, start = 0, options: HalDecodeOptions = {}): HalDecodeResult {
  const strict = options.mode === 'strict';
  const maxOutput = Math.min(options.maxOutput ?? MAX_OUTPUT, MAX_OUTPUT);
  const slack = options.maxInputSlack ?? Infinity;
  const end = Math.min(input.length, start + WINDOW);
  const out = scratch;
  const counts = [0, 0, 0, 0, 0, 0, 0];
  let ip = start;
  let op = 0;

  for (;;) {
    const at = ip;
    if (ip >= end) return failure('eof', at, op);
    const h = input[ip++];
    if (h === TERMINATOR) {
      if (op === 0) return failure('empty', at, op);
      return { ok: true, data: out.slice(0, op), compressedSize: ip - start, commands: countsOf(counts) };
    }
    let command: number;
    let length: number;
    if (h >= 0xe0) {
      if (ip >= end) return failure('eof', at, op);
      command = (h >> 2) & 7;
      length = (((h & 3) << 8) | input[ip++]) + 1;
    } else {
      command = h >> 5;
      length = (h & 0x1f) + 1;
    }
    if (command === 7) {
      // The original routine masks the command so that 7 behaves as 4 (exhal's comment).
      if (strict) return failure('reservedCommand', at, op);
      command = COPY;
    }
    const produced = command === WORD_FILL ? 2 * length : length;
    if (op + produced > maxOutput) return failure('outputTooLarge', at, op);

    switch (command) {
      case LITERAL: {
        if (end - ip < length) return failure('eof', at, op);
        if (length < 16) {
          for (let i = 0; i < length; i++) out[op + i] = input[ip + i];
        } else {
          out.set(input.subarray(ip, ip + length), op);
        }
        ip += length;
        op += length;
        break;
      }
      case BYTE_FILL: {
        if (ip >= end) return failure('eof', at, op);
        out.fill(input[ip++], op, op + length);
        op += length;
        break;
      }
      case WORD_FILL: {
        if (end - ip < 2) return failure('eof', at, op);
        const a = input[ip];
        const b = input[ip + 1];
        ip += 2;
        for (let i = 0; i < length; i++) {
          out[op++] = a;
          out[op++] = b;
        }
        break;
      }
      case SEQUENCE_FILL: {
        if (ip >= end) return failure('eof', at, op);
        const v = input[ip++];
        for (let i = 0; i < length; i++) out[op++] = (v + i) & 0xff;
        break;
      }
      default: {
        if (end - ip < 2) return failure('eof', at, op);
        const p = (input[ip] << 8) | input[ip + 1];
        ip += 2;
        if (command === BACKWARD_COPY) {
          if (p < length - 1) return failure('copyOutOfRange', at, op);
        } else if (p + length > MAX_OUTPUT) {
          return failure('copyOutOfRange', at, op);
        }
        if (p >= op) {
          if (strict) return failure('copyFromUnwritten', at, op);
          // exhal reads its zero-initialised buffer there; this buffer is reused, so clear what
          // the copy can read beyond the written output.
          const readEnd = command === BACKWARD_COPY ? p + 1 : p + length;
          out.fill(0, op, readEnd);
        }
        copyBytes(out, command, p, op, length);
        op += length;
      }
    }
    counts[command]++;
    if (ip - start - op > slack) return failure('notCompressing', at, op);
  }
}

// A plain function, not a closure: capturing the mutable positions would slow every access to them.
function failure(reason: HalFailReason, at: number, produced: number): HalDecodeFailure {
  return { ok: false, reason, at, produced };
}

/** Copies one byte at a time in ascending output order: an overlapping source repeats a pattern. */
function copyBytes(out: Uint8Array, command: number, p: number, op: number, length: number): void {
  if (command === COPY) {
    if (p + length <= op) out.copyWithin(op, p, p + length);
    else for (let i = 0; i < length; i++) out[op + i] = out[p + i];
  } else if (command === BIT_REVERSED_COPY) {
    for (let i = 0; i < length; i++) out[op + i] = REVERSED[out[p + i]];
  } else {
    for (let i = 0; i < length; i++) out[op + i] = out[p - i];
  }
}

function countsOf(c: number[]): HalCommandCounts {
  return {
    literal: c[0],
    byteFill: c[1],
    wordFill: c[2],
    sequenceFill: c[3],
    copy: c[4],
    bitReversedCopy: c[5],
    backwardCopy: c[6],
  };
}
