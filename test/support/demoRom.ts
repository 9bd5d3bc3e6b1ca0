/**
 * The demo ROM's HAL blocks: zlib-licensed tile sheets from the fixtures, compressed with SpritePal's
 * own `optimal` level into the free (zero) space of pvsneslib's AnimatedSprite ROM, each followed by
 * its palette. `npm run make-demo-rom` writes demo/spritepal-demo.sfc from the original ROM.
 */
import { compressHal } from '../../src/core/hal';
import { expectedChecksum } from '../../src/core/rom';
import { readFixture } from './fixtures';

export interface DemoBlock {
  readonly name: string;
  readonly romOffset: number;
  readonly tiles: readonly string[];
  readonly palette: readonly string[];
}

export const DEMO_BLOCKS: readonly DemoBlock[] = [
  {
    name: 'pvsneslib logo (MosaicShading), 392 4bpp tiles',
    romOffset: 0x10000,
    tiles: ['tiles', 'pvsneslib-2012', 'MosaicShading', 'pvsneslib.pic'],
    palette: ['tiles', 'pvsneslib-2012', 'MosaicShading', 'pvsneslib.pal'],
  },
  {
    name: 'hex digits sprites (undisbeliever obj-tests), 256 4bpp tiles',
    romOffset: 0x20000,
    tiles: ['tiles', 'undisbeliever', 'gen', 'obj-tests__hex8-4bpp-tiles.tiles'],
    palette: ['tiles', 'undisbeliever', 'gen', 'obj-tests__hex8-4bpp-tiles.pal'],
  },
  {
    name: 'sprite sheet (undisbeliever example-backgrounds obj), 128 4bpp tiles',
    romOffset: 0x28000,
    tiles: ['tiles', 'undisbeliever', 'gen', 'example-backgrounds__obj-4bpp-tiles.tiles'],
    palette: ['tiles', 'undisbeliever', 'gen', 'example-backgrounds__obj-4bpp-tiles.pal'],
  },
  {
    name: 'title screen (undisbeliever inidisp-fadein-fadeout game), 45 4bpp tiles',
    romOffset: 0x30000,
    tiles: ['tiles', 'undisbeliever', 'gen', 'inidisp-fadein-fadeout__game.4bpp'],
    palette: ['tiles', 'undisbeliever', 'gen', 'inidisp-fadein-fadeout__game.palette'],
  },
];

/** Where a block's palette goes: right after its stream, on the next 16-byte boundary. */
export function paletteOffset(romOffset: number, compressedSize: number): number {
  return (romOffset + compressedSize + 15) & ~15;
}

export function buildDemoRom(original: Uint8Array): Uint8Array {
  const rom = original.slice();
  for (const block of DEMO_BLOCKS) {
    const r = compressHal(readFixture(...block.tiles), 'optimal');
    if (!r.ok) throw new Error(`${block.name}: ${r.error.message}`);
    rom.set(r.value, block.romOffset);
    rom.set(readFixture(...block.palette), paletteOffset(block.romOffset, r.value.length));
  }
  // LoROM header at 0x7FC0: complement at +0x1C, checksum at +0x1E, little-endian.
  const checksum = expectedChecksum(rom, 0x7fc0);
  rom.set([~checksum & 0xff, (~checksum >> 8) & 0xff, checksum & 0xff, checksum >> 8], 0x7fc0 + 0x1c);
  return rom;
}
