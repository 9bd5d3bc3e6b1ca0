/**
 * Tile bytes straight to RGBA pixels for previews, without an index picture in between. Each plane
 * byte is spread by table so that one 32-bit word holds the indices of a row's 8 pixels (4 bits
 * each), and colours are written as 32-bit words. Layout is plain 8×8, row-major.
 */
import { Palette } from './colors';
import { bitsPerPixel, bytesPerTile, TileFormat } from './tiles';

export interface RgbaImage {
  readonly width: number;
  readonly height: number;
  /** 4 bytes per pixel: R, G, B, A. */
  readonly rgba: Uint8ClampedArray;
}

export interface RgbaOptions {
  /** Colour 0 fully transparent, as sprites show it. */
  readonly transparentIndex0?: boolean;
}

// SPREAD[b]: bit k of b moved to bit 4·(7−k), so pixel x (bit 7−x) lands in nibble x.
const SPREAD = new Uint32Array(256);
for (let b = 0; b < 256; b++) {
  let v = 0;
  for (let x = 0; x < 8; x++) if (b & (0x80 >> x)) v |= 1 << (4 * x);
  SPREAD[b] = v >>> 0;
}

const LITTLE_ENDIAN = new Uint8Array(new Uint32Array([1]).buffer)[0] === 1;

function colorWords(palette: Palette, count: number, transparent0: boolean): Uint32Array {
  const words = new Uint32Array(count);
  for (let i = 0; i < count; i++) {
    const c = palette[i] ?? { r: 0, g: 0, b: 0 };
    const a = transparent0 && i === 0 ? 0 : 255;
    words[i] = LITTLE_ENDIAN
      ? ((a << 24) | (c.b << 16) | (c.g << 8) | c.r) >>> 0
      : ((c.r << 24) | (c.g << 16) | (c.b << 8) | a) >>> 0;
  }
  return words;
}

export function renderTilesRgba(
  bytes: Uint8Array,
  format: TileFormat,
  tilesPerRow: number,
  palette: Palette,
  options: RgbaOptions = {},
): RgbaImage {
  const size = bytesPerTile(format);
  const tileCount = Math.floor(bytes.length / size);
  const columns = Math.max(1, tilesPerRow);
  const width = columns * 8;
  const height = Math.max(1, Math.ceil(tileCount / columns)) * 8;
  const rgba = new Uint8ClampedArray(width * height * 4);
  const out = new Uint32Array(rgba.buffer);
  const bpp = bitsPerPixel(format);
  const colors = colorWords(palette, 1 << bpp, !!options.transparentIndex0);
  out.fill(colors[0]);

  for (let t = 0; t < tileCount; t++) {
    const base = t * size;
    let o = (Math.floor(t / columns) * 8) * width + (t % columns) * 8;
    for (let y = 0; y < 8; y++, o += width) {
      if (format === 'mode7') {
        for (let x = 0; x < 8; x++) out[o + x] = colors[bytes[base + y * 8 + x]];
        continue;
      }
      const r = base + 2 * y;
      // Low four planes as nibbles; 8bpp adds the high four planes.
      const low = SPREAD[bytes[r]] | (SPREAD[bytes[r + 1]] << 1) | (bpp > 2 ? (SPREAD[bytes[r + 16]] << 2) | (SPREAD[bytes[r + 17]] << 3) : 0);
      if (bpp < 8) {
        for (let x = 0; x < 8; x++) out[o + x] = colors[(low >>> (4 * x)) & 15];
      } else {
        const high = SPREAD[bytes[r + 32]] | (SPREAD[bytes[r + 33]] << 1) | (SPREAD[bytes[r + 48]] << 2) | (SPREAD[bytes[r + 49]] << 3);
        for (let x = 0; x < 8; x++) out[o + x] = colors[((low >>> (4 * x)) & 15) | (((high >>> (4 * x)) & 15) << 4)];
      }
    }
  }
  return { width, height, rgba };
}
