/**
 * Where tiles go in a picture. VRAM holds sprites as 16 tiles per row: the lower half of a 16-pixel
 * tall sprite is 16 tiles after its upper half. With the 8×16 or 16×16 arrangement each sprite is
 * kept whole in the picture, whatever the number of tiles per row.
 */

export type SpriteArrangement = '8x8' | '8x16' | '16x16';

/** A picture of palette indices, one byte per pixel. */
export interface IndexedImage {
  readonly width: number;
  readonly height: number;
  readonly pixels: Uint8Array;
}

export const VRAM_TILES_PER_ROW = 16;

function spriteSize(arrangement: SpriteArrangement): { w: number; h: number } {
  return arrangement === '8x8' ? { w: 1, h: 1 } : arrangement === '8x16' ? { w: 1, h: 2 } : { w: 2, h: 2 };
}

/**
 * For each tile cell of the picture (row by row), the tile shown there, or −1. `tilesPerRow` is the
 * picture's width in tiles; for 8×16 and 16×16 it is rounded up to whole sprites.
 */
export function arrangeTiles(
  tileCount: number,
  tilesPerRow: number,
  arrangement: SpriteArrangement,
): { columns: number; rows: number; cells: Int32Array } {
  const { w, h } = spriteSize(arrangement);
  if (w === 1 && h === 1) {
    const columns = Math.max(1, tilesPerRow);
    const rows = Math.max(1, Math.ceil(tileCount / columns));
    const cells = new Int32Array(columns * rows).fill(-1);
    for (let t = 0; t < tileCount; t++) cells[t] = t;
    return { columns, rows, cells };
  }
  // Sprites in VRAM order: across a row of 16 tiles, then skip the rows holding their lower halves.
  const spritesPerVramRow = VRAM_TILES_PER_ROW / w;
  const vramRows = Math.ceil(tileCount / VRAM_TILES_PER_ROW);
  const spriteCount = Math.ceil(vramRows / h) * spritesPerVramRow;
  const spritesPerRow = Math.max(1, Math.ceil(tilesPerRow / w));
  const columns = spritesPerRow * w;
  const rows = Math.max(1, Math.ceil(spriteCount / spritesPerRow)) * h;
  const cells = new Int32Array(columns * rows).fill(-1);
  for (let s = 0; s < spriteCount; s++) {
    const topLeft = Math.floor(s / spritesPerVramRow) * VRAM_TILES_PER_ROW * h + (s % spritesPerVramRow) * w;
    const cellX = (s % spritesPerRow) * w;
    const cellY = Math.floor(s / spritesPerRow) * h;
    for (let dy = 0; dy < h; dy++) {
      for (let dx = 0; dx < w; dx++) {
        const tile = topLeft + dy * VRAM_TILES_PER_ROW + dx;
        if (tile < tileCount) cells[(cellY + dy) * columns + cellX + dx] = tile;
      }
    }
  }
  return { columns, rows, cells };
}

/** Tiles (64 indices each) laid out as a picture; cells without a tile are index 0. */
export function tilesToImage(
  indices: Uint8Array,
  tilesPerRow: number,
  arrangement: SpriteArrangement = '8x8',
): IndexedImage {
  const tileCount = Math.floor(indices.length / 64);
  const { columns, rows, cells } = arrangeTiles(tileCount, tilesPerRow, arrangement);
  const width = columns * 8;
  const pixels = new Uint8Array(width * rows * 8);
  for (let cell = 0; cell < cells.length; cell++) {
    const tile = cells[cell];
    if (tile < 0) continue;
    const x0 = (cell % columns) * 8;
    const y0 = Math.floor(cell / columns) * 8;
    for (let y = 0; y < 8; y++) pixels.set(indices.subarray(tile * 64 + y * 8, tile * 64 + y * 8 + 8), (y0 + y) * width + x0);
  }
  return { width, height: rows * 8, pixels };
}

/** The inverse of tilesToImage for a picture of the same layout: tile indices back in VRAM order. */
export function imageToTiles(image: IndexedImage, tileCount: number, arrangement: SpriteArrangement = '8x8'): Uint8Array {
  const columns = image.width / 8;
  const { cells } = arrangeTiles(tileCount, columns, arrangement);
  const indices = new Uint8Array(tileCount * 64);
  for (let cell = 0; cell < cells.length; cell++) {
    const tile = cells[cell];
    if (tile < 0) continue;
    const x0 = (cell % columns) * 8;
    const y0 = Math.floor(cell / columns) * 8;
    if (y0 + 8 > image.height) continue;
    for (let y = 0; y < 8; y++) {
      const from = (y0 + y) * image.width + x0;
      indices.set(image.pixels.subarray(from, from + 8), tile * 64 + y * 8);
    }
  }
  return indices;
}
