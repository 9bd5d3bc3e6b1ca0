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
 * The block decoding from `offset`, if any. A stream that opens with literals of zero bytes (the end
 * of zero padding) and then reaches a block of its own ending at the same terminator is that block.
 */
function blockAt(romData: Uint8Array, offset: number, minOutput: number, maxInputSlack: number): FoundBlock | undefined {
  const r = decodeHal(romData, offset, { mode: 'strict', maxInputSlack });
  if (!r.ok || r.data.length < minOutput || r.compressedSize >= r.data.length) return undefined;
  const end = offset + r.compressedSize;
  let start = offset;
  for (;;) {
    const h = romData[start];
    const literal = h < 0x20 ? h + 1 : 0;
    if (literal === 0 || start + 1 + literal >= end) break;
    let zeros = true;
    for (let i = 1; i <= literal; i++) zeros &&= romData[start + i] === 0;
    if (!zeros) break;
    const inner = decodeHal(romData, start + 1 + literal, { mode: 'strict', maxInputSlack });
    if (!inner.ok || start + 1 + literal + inner.compressedSize !== end || inner.data.length < minOutput) break;
    start += 1 + literal;
  }
  if (start === offset) return { romOffset: offset, compressedSize: r.compressedSize, decompressedSize: r.data.length };
  const inner = decodeHal(romData, start, { mode: 'strict' });
  return inner.ok ? { romOffset: start, compressedSize: inner.compressedSize, decompressedSize: inner.data.length } : undefined;
}
