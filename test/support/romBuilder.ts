/**
 * Synthesizes SNES ROM images for tests: any size, any header location, with a fixed, broken or
 * placeholder checksum and an optional copier header. The checksum is fixed with an independent
 * byte-sum written here, not with the code under test.
 */
import { randomBytes } from './seededRandom';

export interface RomSpec {
  readonly size: number;
  readonly headerAt: 0x7fc0 | 0xffc0 | 0x40ffc0;
  readonly title?: string;
  readonly mapMode: number;
  readonly chipset?: number;
  readonly romSizeCode?: number;
  readonly sramSizeCode?: number;
  readonly region?: number;
  readonly version?: number;
  /**
   * 'fixed': the right pair; 'placeholder': complement 0xFFFF, checksum 0x0000 (what devkits leave);
   * 'broken': a complementary but wrong pair; 'zeros': four zero bytes.
   */
  readonly checksum: 'fixed' | 'placeholder' | 'broken' | 'zeros';
  readonly copierHeader?: boolean;
  /** Fill for everything but the header: random bytes (seeded) by default. */
  readonly fill?: 'random' | 'zero';
  readonly seed?: number;
}

/** Byte sum with the tail of a non-power-of-two image mirrored, written independently of src/. */
export function referenceChecksum(data: Uint8Array): number {
  const size = data.length;
  let pow = 1;
  while (pow < size) pow *= 2;
  if (pow === size) return data.reduce((a, b) => a + b, 0) & 0xffff;
  // Build the mirrored image explicitly: the slow, obvious way.
  const expanded = new Uint8Array(pow);
  const expand = (src: Uint8Array, target: number): Uint8Array => {
    let p = 1;
    while (p < src.length) p *= 2;
    if (p === src.length) {
      const out = new Uint8Array(target);
      for (let i = 0; i < target; i++) out[i] = src[i % src.length];
      return out;
    }
    const half = p / 2;
    const doubled = new Uint8Array(p);
    doubled.set(src.subarray(0, half));
    doubled.set(expand(src.subarray(half), half), half);
    const out = new Uint8Array(target);
    for (let i = 0; i < target; i++) out[i] = doubled[i % p];
    return out;
  };
  expanded.set(expand(data, pow));
  return expanded.reduce((a, b) => a + b, 0) & 0xffff;
}

export function buildRom(spec: RomSpec): Uint8Array {
  const rom = spec.fill === 'zero' ? new Uint8Array(spec.size) : randomBytes(spec.size, spec.seed ?? 1);
  const h = spec.headerAt;
  const title = (spec.title ?? 'SPRITEPAL TEST').padEnd(21, ' ').slice(0, 21);
  for (let i = 0; i < 21; i++) rom[h + i] = title.charCodeAt(i);
  rom[h + 0x15] = spec.mapMode;
  rom[h + 0x16] = spec.chipset ?? 0x00;
  rom[h + 0x17] = spec.romSizeCode ?? Math.max(5, Math.ceil(Math.log2(spec.size / 1024)));
  rom[h + 0x18] = spec.sramSizeCode ?? 0;
  rom[h + 0x19] = spec.region ?? 1;
  rom[h + 0x1a] = 0x33;
  rom[h + 0x1b] = spec.version ?? 0;
  rom[h + 0x3c] = 0x00; // reset vector $8000
  rom[h + 0x3d] = 0x80;
  const writePair = (checksum: number) => {
    const complement = checksum ^ 0xffff;
    rom.set([complement & 0xff, complement >> 8, checksum & 0xff, checksum >> 8], h + 0x1c);
  };
  writePair(0x0000);
  const sum = referenceChecksum(rom);
  if (spec.checksum === 'fixed') writePair(sum);
  else if (spec.checksum === 'broken') writePair((sum + 0x1234) & 0xffff);
  else if (spec.checksum === 'placeholder') rom.set([0xff, 0xff, 0x00, 0x00], h + 0x1c);
  else rom.set([0x00, 0x00, 0x00, 0x00], h + 0x1c);
  if (!spec.copierHeader) return rom;
  const withHeader = new Uint8Array(512 + rom.length);
  withHeader[0] = (rom.length / 8192) & 0xff;
  withHeader.set(rom, 512);
  return withHeader;
}
