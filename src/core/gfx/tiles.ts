/**
 * SNES tiles to palette indices and back (domain-spec §3.1). A tile is 8×8 pixels; in planar
 * formats bit 7 of a plane byte is the leftmost pixel and planes come in pairs: row y of planes 0/1
 * at bytes 2y/2y+1, planes 2/3 at 16+2y/16+2y+1, planes 4/5 at 32+…, 6/7 at 48+…. Mode 7 tiles are
 * linear: one byte per pixel.
 */

export type TileFormat = '2bpp' | '4bpp' | '8bpp' | 'mode7';
export const TILE_FORMATS: readonly TileFormat[] = ['2bpp', '4bpp', '8bpp', 'mode7'];

export const TILE_PIXELS = 64;

export function bitsPerPixel(format: TileFormat): 2 | 4 | 8 {
  return format === '2bpp' ? 2 : format === '4bpp' ? 4 : 8;
}

export function bytesPerTile(format: TileFormat): number {
  return format === 'mode7' ? 64 : 8 * bitsPerPixel(format);
}

export interface DecodedTiles {
  /** 64 palette indices per tile, row by row. */
  readonly indices: Uint8Array;
  readonly tileCount: number;
  /** Bytes after the last whole tile, not decoded. */
  readonly trailingBytes: number;
}

export function decodeTiles(bytes: Uint8Array, format: TileFormat): DecodedTiles {
  const size = bytesPerTile(format);
  const tileCount = Math.floor(bytes.length / size);
  const indices = new Uint8Array(tileCount * TILE_PIXELS);
  if (format === 'mode7') {
    indices.set(bytes.subarray(0, tileCount * size));
  } else {
    const planePairs = bitsPerPixel(format) / 2;
    for (let t = 0; t < tileCount; t++) {
      const base = t * size;
      const out = t * TILE_PIXELS;
      for (let y = 0; y < 8; y++) {
        for (let pair = 0; pair < planePairs; pair++) {
          const lo = bytes[base + pair * 16 + 2 * y];
          const hi = bytes[base + pair * 16 + 2 * y + 1];
          const shift = pair * 2;
          for (let x = 0; x < 8; x++) {
            const bit = 7 - x;
            indices[out + y * 8 + x] |= (((lo >> bit) & 1) | (((hi >> bit) & 1) << 1)) << shift;
          }
        }
      }
    }
  }
  return { indices, tileCount, trailingBytes: bytes.length - tileCount * size };
}

/** Indices (64 per tile) back to tile bytes; an index that does not fit the depth is a caller error. */
export function encodeTiles(indices: Uint8Array, format: TileFormat): Uint8Array {
  const size = bytesPerTile(format);
  const tileCount = Math.floor(indices.length / TILE_PIXELS);
  const bytes = new Uint8Array(tileCount * size);
  if (format === 'mode7') {
    bytes.set(indices.subarray(0, tileCount * TILE_PIXELS));
    return bytes;
  }
  const bpp = bitsPerPixel(format);
  const limit = 1 << bpp;
  for (let t = 0; t < tileCount; t++) {
    const base = t * size;
    for (let y = 0; y < 8; y++) {
      for (let x = 0; x < 8; x++) {
        const v = indices[t * TILE_PIXELS + y * 8 + x];
        if (v >= limit) throw new RangeError(`index ${v} does not fit ${format}`);
        const bit = 7 - x;
        for (let plane = 0; plane < bpp; plane++) {
          if ((v >> plane) & 1) bytes[base + (plane >> 1) * 16 + 2 * y + (plane & 1)] |= 1 << bit;
        }
      }
    }
  }
  return bytes;
}
