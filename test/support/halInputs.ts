/** Seeded inputs of the shapes HAL streams hold, for codec property tests and benchmarks. */
import { readdirSync } from 'fs';
import { BIT_REVERSED } from '../../src/core/hal';
import { fixturePath, readFixture } from './fixtures';
import { mulberry32, randomBytes } from './seededRandom';

export const INPUT_KINDS = ['zeros', 'runs', 'sequences', 'tiles', 'mirrored', 'incompressible'] as const;
export type InputKind = (typeof INPUT_KINDS)[number];

export const BOUNDARY_SIZES = [1, 2, 3, 4, 31, 32, 33, 1023, 1024, 1025, 2048, 65535, 65536] as const;

/** Every tile sheet among the fixtures, concatenated: real SNES graphics of 2, 4 and 8 bpp. */
export function tileCorpus(): Uint8Array {
  const parts: Uint8Array[] = [readFixture('tiles', 'pvsneslib-2012', 'MosaicShading', 'pvsneslib.pic')];
  const gen = fixturePath('tiles', 'undisbeliever', 'gen');
  for (const name of readdirSync(gen).sort()) {
    if (/\.(tiles|2bpp|4bpp)$/.test(name)) parts.push(readFixture('tiles', 'undisbeliever', 'gen', name));
  }
  const all = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    all.set(p, at);
    at += p.length;
  }
  return all;
}

let corpus: Uint8Array | undefined;

export function inputOfKind(kind: InputKind, size: number, seed: number): Uint8Array {
  const next = mulberry32(seed);
  const byte = (): number => (next() * 256) | 0;
  const out = new Uint8Array(size);
  switch (kind) {
    case 'zeros':
      break;
    case 'runs':
      for (let i = 0; i < size; ) {
        const v = byte();
        const len = 1 + ((next() * (next() < 0.2 ? 1500 : 40)) | 0);
        for (let k = 0; k < len && i < size; k++) out[i++] = next() < 0.3 && k % 2 ? v ^ 0x5a : v;
      }
      break;
    case 'sequences':
      for (let i = 0; i < size; ) {
        let v = byte();
        const len = 1 + ((next() * 300) | 0);
        for (let k = 0; k < len && i < size; k++) out[i++] = v++ & 0xff;
      }
      break;
    case 'tiles': {
      corpus ??= tileCorpus();
      const from = (next() * corpus.length) | 0;
      for (let i = 0; i < size; i++) out[i] = corpus[(from + i) % corpus.length];
      break;
    }
    case 'mirrored': {
      // 8-byte rows followed by their horizontal flips (bit reversal) and their reversals, as
      // mirrored sprites are stored.
      for (let i = 0; i < size; ) {
        const row = Array.from({ length: 8 }, () => (next() < 0.4 ? 0 : byte()));
        for (const b of row) if (i < size) out[i++] = b;
        for (const b of row) if (i < size) out[i++] = BIT_REVERSED[b];
        for (let k = 7; k >= 0; k--) if (i < size) out[i++] = row[k];
      }
      break;
    }
    case 'incompressible':
      return randomBytes(size, seed);
  }
  return out;
}
