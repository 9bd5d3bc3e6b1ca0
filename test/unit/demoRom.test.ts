import * as assert from 'assert';
import { readFileSync } from 'fs';
import { join } from 'path';
import { decodeHal } from '../../src/core/hal';
import { loadRomImage } from '../../src/core/rom';
import { FoundBlock, scanForBlocks } from '../../src/core/scan';
import { DEMO_BLOCKS, paletteOffset } from '../support/demoRom';
import { projectRoot, readFixture } from '../support/fixtures';

describe('the demo ROM holds what demo/README.md says', () => {
  const rom = new Uint8Array(readFileSync(join(projectRoot, 'demo', 'spritepal-demo.sfc')));

  it('is a valid LoROM with a correct checksum', () => {
    const image = loadRomImage(rom);
    assert.ok(image.ok);
    assert.strictEqual(image.value.mapping, 'LoROM');
    assert.strictEqual(image.value.checksumValid, true);
  });

  for (const block of DEMO_BLOCKS) {
    it(`0x${block.romOffset.toString(16)}: ${block.name}, followed by its palette`, () => {
      const r = decodeHal(rom, block.romOffset, { mode: 'strict' });
      assert.ok(r.ok);
      assert.deepStrictEqual(r.data, readFixture(...block.tiles));
      const palette = readFixture(...block.palette);
      const at = paletteOffset(block.romOffset, r.compressedSize);
      assert.deepStrictEqual(rom.subarray(at, at + palette.length), palette);
    });
  }

  it('a scan of the whole ROM finds those blocks at their exact starts', () => {
    const found: FoundBlock[] = [];
    scanForBlocks(rom, 0, rom.length, { found: (b) => found.push(b), progress: () => undefined, shouldStop: () => false });
    const offsets = found.map((b) => b.romOffset);
    for (const block of DEMO_BLOCKS) assert.ok(offsets.includes(block.romOffset), `0x${block.romOffset.toString(16)} in ${offsets}`);
    // The plain strict pass also accepts a few stretches of program code (bank 0); quality scoring,
    // with the scanner issue, is what tells graphics from code.
    assert.ok(found.filter((b) => !DEMO_BLOCKS.some((d) => d.romOffset === b.romOffset)).every((b) => b.romOffset < 0x8000));
  });
});
