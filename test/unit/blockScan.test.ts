import * as assert from 'assert';
import { compressHal } from '../../src/core/hal';
import { FoundBlock, scanForBlocks } from '../../src/core/scan';
import { inputOfKind } from '../support/halInputs';
import { randomBytes } from '../support/seededRandom';

function packed(data: Uint8Array): Uint8Array {
  const r = compressHal(data);
  if (!r.ok) throw new Error(r.error.message);
  return r.value;
}

function scan(rom: Uint8Array, stopAfter = Infinity): { blocks: FoundBlock[]; completed: boolean; reports: number[] } {
  const blocks: FoundBlock[] = [];
  const reports: number[] = [];
  const completed = scanForBlocks(rom, 0, rom.length, {
    found: (b) => blocks.push(b),
    progress: (done) => reports.push(done),
    shouldStop: () => reports.length >= stopAfter,
  });
  return { blocks, completed, reports };
}

describe('plain block scan (strict decode at every offset)', () => {
  it('finds blocks at their exact start, even right after zero or 0xFF padding', () => {
    const rom = new Uint8Array(0x8000);
    const a = packed(inputOfKind('tiles', 2048, 1));
    const b = packed(inputOfKind('mirrored', 3000, 2));
    rom.set(a, 0x1000); // zeros before it
    rom.fill(0xff, 0x3000, 0x4000);
    rom.set(b, 0x4000); // 0xFF before it
    const { blocks, completed } = scan(rom);
    assert.ok(completed);
    assert.deepStrictEqual(blocks, [
      { romOffset: 0x1000, compressedSize: a.length, decompressedSize: 2048 },
      { romOffset: 0x4000, compressedSize: b.length, decompressedSize: 3000 },
    ]);
  });

  it('reports offsets inside a found block no more (the scan jumps past its terminator)', () => {
    const rom = randomBytes(0x4000, 3);
    const block = packed(inputOfKind('tiles', 8192, 5));
    rom.set(block, 0x800);
    const inside = scan(rom).blocks.filter((x) => x.romOffset > 0x800 && x.romOffset < 0x800 + block.length);
    assert.deepStrictEqual(inside, []);
  });

  it('reports progress and stops when asked', () => {
    const rom = randomBytes(0x10000, 4);
    const all = scan(rom);
    assert.ok(all.completed);
    assert.strictEqual(all.reports.at(-1), 0x10000);
    const stopped = scan(rom, 2);
    assert.ok(!stopped.completed);
    assert.ok((stopped.reports.at(-1) ?? 0) < 0x10000);
  });

  it('zero-filled and random areas hold no blocks', () => {
    assert.deepStrictEqual(scan(new Uint8Array(0x40000)).blocks, []);
    const noise = scan(randomBytes(0x10000, 8)).blocks;
    for (const b of noise) assert.ok(b.compressedSize < b.decompressedSize && b.decompressedSize >= 512);
  });
});
