/**
 * A plain scan for HAL blocks: a strict decode at every offset of a range (domain-spec §1.9: strict
 * mode rejects random offsets after a median of five bytes, so every offset is affordable). A hit
 * must produce real output and shrink it; the scan then jumps past the block, because offsets inside
 * a found stream decode too and are not blocks of their own. The scanner issue replaces the accept
 * rule with quality scoring; the loop, its progress and its stop check stay.
 */
import { decodeHal } from '../hal';

export interface FoundBlock {
  readonly romOffset: number;
  readonly compressedSize: number;
  readonly decompressedSize: number;
}

export interface BlockScanOptions {
  /** Smallest decoded size that counts (default 512 bytes, sixteen 4bpp tiles). */
  readonly minOutput?: number;
  /** Give up on an offset once its stream has read this many more bytes than it produced (default 1024). */
  readonly maxInputSlack?: number;
  /** Offsets between progress reports and stop checks (default 4096). */
  readonly reportEvery?: number;
}

export interface BlockScanHooks {
  found(block: FoundBlock): void;
  /** Offsets done so far in this range. */
  progress(done: number): void;
  /** Asked every `reportEvery` offsets; true ends the scan early. */
  shouldStop(): boolean;
}

/** Scans [from, to) for blocks starting there; returns false when stopped early. */
export function scanForBlocks(romData: Uint8Array, from: number, to: number, hooks: BlockScanHooks, options: BlockScanOptions = {}): boolean {
  const minOutput = options.minOutput ?? 512;
  const reportEvery = options.reportEvery ?? 4096;
  const maxInputSlack = options.maxInputSlack ?? 1024;
  let nextReport = from + reportEvery;
  let offset = from;
  while (offset < to) {
    if (offset >= nextReport) {
      hooks.progress(offset - from);
      if (hooks.shouldStop()) return false;
      nextReport = offset + reportEvery;
    }
    if (startsWithZeros(romData, offset)) {
      offset++;
      continue;
    }
    const hit = blockAt(romData, offset, minOutput, maxInputSlack);
    if (hit) {
      hooks.found(hit);
      offset = hit.romOffset + hit.compressedSize;
    } else {
      offset++;
    }
  }
  hooks.progress(to - from);
  return true;
}

/** Zero padding decodes as one-byte literals of zero; four zeros in a row start no real block. */
function startsWithZeros(romData: Uint8Array, offset: number): boolean {
  return offset + 4 <= romData.length && (romData[offset] | romData[offset + 1] | romData[offset + 2] | romData[offset + 3]) === 0;
}

/**
 * The block decoding from `offset`, if any. Where `offset` is still zero padding (a zero byte) and a
 * block starting one to three zero bytes later ends at the same terminator, that later block is the
 * real one: the padding only parsed as literals in front of it.
 */
function blockAt(romData: Uint8Array, offset: number, minOutput: number, maxInputSlack: number): FoundBlock | undefined {
  const strict = (at: number) => decodeHal(romData, at, { mode: 'strict', maxInputSlack });
  let r = strict(offset);
  if (!r.ok || r.data.length < minOutput || r.compressedSize >= r.data.length) return undefined;
  const end = offset + r.compressedSize;
  let start = offset;
  advance: while (romData[start] === 0) {
    for (let k = 1; k <= 3 && romData[start + k - 1] === 0; k++) {
      const later = strict(start + k);
      if (later.ok && start + k + later.compressedSize === end && later.data.length >= minOutput) {
        start += k;
        r = later;
        continue advance;
      }
    }
    break;
  }
  return { romOffset: start, compressedSize: r.compressedSize, decompressedSize: r.data.length };
}
