/**
 * A BG tilemap assembled: 16-bit little-endian entries vhopppcc cccccccc (tile number 0–1023,
 * palette 0–7, priority, horizontal and vertical flip), `widthTiles` entries per row. Each pixel
 * becomes palette·colours + index, an index into the whole CGRAM, as the PPU looks colours up.
 */
import { IndexedImage } from './layout';
import { colorsPerPalette } from './palettes';
import { TileFormat } from './tiles';

export interface TilemapEntry {
  readonly tile: number;
  readonly palette: number;
  readonly priority: boolean;
  readonly flipX: boolean;
  readonly flipY: boolean;
}

export function tilemapEntry(word: number): TilemapEntry {
  return {
    tile: word & 0x3ff,
    palette: (word >> 10) & 7,
    priority: (word & 0x2000) !== 0,
    flipX: (word & 0x4000) !== 0,
    flipY: (word & 0x8000) !== 0,
  };
}

export interface TilemapSource {
  /** Decoded tiles, 64 indices each. */
  readonly tiles: Uint8Array;
  readonly tilemap: Uint8Array;
  readonly format: TileFormat;
  readonly widthTiles?: number;
  /** Added to every pixel: BG number × 32 in mode 0, where each BG has its own palettes. */
  readonly paletteBase?: number;
}

export function renderTilemap(source: TilemapSource): IndexedImage {
  const widthTiles = source.widthTiles ?? 32;
  const entries = source.tilemap.length >> 1;
  const heightTiles = Math.ceil(entries / widthTiles);
  const width = widthTiles * 8;
  const pixels = new Uint8Array(width * heightTiles * 8);
  // 8bpp BGs have one palette of 256 colours: the palette bits do not apply.
  const perPalette = source.format === '2bpp' || source.format === '4bpp' ? colorsPerPalette(source.format) : 0;
  const tileCount = source.tiles.length >> 6;
  for (let e = 0; e < entries; e++) {
    const entry = tilemapEntry(source.tilemap[2 * e] | (source.tilemap[2 * e + 1] << 8));
    if (entry.tile >= tileCount) continue;
    const base = (source.paletteBase ?? 0) + entry.palette * perPalette;
    const x0 = (e % widthTiles) * 8;
    const y0 = Math.floor(e / widthTiles) * 8;
    for (let y = 0; y < 8; y++) {
      const sy = entry.flipY ? 7 - y : y;
      for (let x = 0; x < 8; x++) {
        const sx = entry.flipX ? 7 - x : x;
        pixels[(y0 + y) * width + x0 + x] = (base + source.tiles[entry.tile * 64 + sy * 8 + sx]) & 0xff;
      }
    }
  }
  return { width, height: heightTiles * 8, pixels };
}
