import * as assert from 'assert';
import {
  arrangeTiles,
  bytesPerTile,
  decodeTiles,
  encodeTiles,
  imageToTiles,
  renderTilemap,
  renderTilesRgba,
  TILE_FORMATS,
  tilesToImage,
} from '../../src/core/gfx';
import { mulberry32 } from '../support/seededRandom';

function randomIndices(tiles: number, limit: number, seed: number): Uint8Array {
  const next = mulberry32(seed);
  return Uint8Array.from({ length: tiles * 64 }, () => (next() * limit) | 0);
}

describe('graphics: planar tiles and layout', () => {
  it('decodes a known 2bpp and 4bpp row (bit 7 is the leftmost pixel)', () => {
    const twoBpp = new Uint8Array(16);
    twoBpp[0] = 0b10000001; // plane 0 of row 0
    twoBpp[1] = 0b11000000; // plane 1 of row 0
    assert.deepStrictEqual(Array.from(decodeTiles(twoBpp, '2bpp').indices.subarray(0, 8)), [3, 2, 0, 0, 0, 0, 0, 1]);
    const fourBpp = new Uint8Array(32);
    fourBpp[2] = 0x80; // plane 0, row 1
    fourBpp[16 + 2] = 0x80; // plane 2, row 1
    fourBpp[17 + 14] = 0x01; // plane 3, row 7
    const t = decodeTiles(fourBpp, '4bpp').indices;
    assert.strictEqual(t[8], 0b0101);
    assert.strictEqual(t[63], 0b1000);
  });

  for (const format of TILE_FORMATS) {
    it(`${format}: encode then decode is the identity, and the reverse too`, () => {
      const limit = format === '2bpp' ? 4 : format === '4bpp' ? 16 : 256;
      const indices = randomIndices(40, limit, limit);
      const bytes = encodeTiles(indices, format);
      assert.strictEqual(bytes.length, 40 * bytesPerTile(format));
      assert.deepStrictEqual(decodeTiles(bytes, format).indices, indices);
      assert.deepStrictEqual(encodeTiles(decodeTiles(bytes, format).indices, format), bytes);
    });
  }

  it('reports trailing bytes that are not a whole tile', () => {
    const r = decodeTiles(new Uint8Array(32 * 3 + 7), '4bpp');
    assert.strictEqual(r.tileCount, 3);
    assert.strictEqual(r.trailingBytes, 7);
  });

  it('refuses to encode an index the depth cannot hold', () => {
    assert.throws(() => encodeTiles(new Uint8Array(64).fill(4), '2bpp'), /index 4 does not fit 2bpp/);
  });

  it('8×8 layout: row-major, width = tiles per row × 8, last row padded', () => {
    const image = tilesToImage(randomIndices(20, 16, 1), 16);
    assert.strictEqual(image.width, 128);
    assert.strictEqual(image.height, 16);
    const { cells } = arrangeTiles(20, 16, '8x8');
    assert.deepStrictEqual(Array.from(cells.subarray(16, 22)), [16, 17, 18, 19, -1, -1]);
  });

  it('16×16 arrangement keeps each sprite whole: its lower half is 16 tiles on', () => {
    const { columns, cells } = arrangeTiles(64, 4, '16x16');
    assert.strictEqual(columns, 4);
    // Picture row 0: sprite 0 (tiles 0, 1) and sprite 1 (2, 3); row 1: their lower halves (16, 17, 18, 19).
    assert.deepStrictEqual(Array.from(cells.subarray(0, 8)), [0, 1, 2, 3, 16, 17, 18, 19]);
    // Two sprites per picture row: sprite 2 (tiles 4, 5 over 20, 21) starts picture rows 2–3, and
    // sprite 8, the first of the next VRAM row pair (32, 33 over 48, 49), starts rows 8–9.
    assert.deepStrictEqual(Array.from(cells.subarray(2 * 4, 2 * 4 + 2)), [4, 5]);
    assert.deepStrictEqual(Array.from(cells.subarray(3 * 4, 3 * 4 + 2)), [20, 21]);
    assert.deepStrictEqual(Array.from(cells.subarray(8 * 4, 8 * 4 + 2)), [32, 33]);
    assert.deepStrictEqual(Array.from(cells.subarray(9 * 4, 9 * 4 + 2)), [48, 49]);
    const all = Array.from(cells).filter((c) => c >= 0).sort((a, b) => a - b);
    assert.deepStrictEqual(all, Array.from({ length: 64 }, (_, i) => i));
  });

  it('8×16 arrangement pairs each tile with the one 16 tiles on', () => {
    const { cells } = arrangeTiles(32, 4, '8x16');
    assert.deepStrictEqual(Array.from(cells.subarray(0, 8)), [0, 1, 2, 3, 16, 17, 18, 19]);
  });

  for (const arrangement of ['8x8', '8x16', '16x16'] as const) {
    it(`picture → tiles undoes tiles → picture (${arrangement})`, () => {
      const indices = randomIndices(64, 16, 5);
      const image = tilesToImage(indices, 8, arrangement);
      assert.deepStrictEqual(imageToTiles(image, 64, arrangement), indices);
    });
  }

  it('tilemap entries: tile number, palette and both flips', () => {
    const tile = new Uint8Array(64);
    tile[0] = 1; // top-left pixel
    const tiles = new Uint8Array(128);
    tiles.set(tile, 64); // tile 1
    const map = new Uint8Array(8);
    const entries = [0x0001, 0x4001 | (2 << 10), 0x8001, 0xc001];
    entries.forEach((w, i) => {
      map[2 * i] = w & 0xff;
      map[2 * i + 1] = w >> 8;
    });
    const image = renderTilemap({ tiles, tilemap: map, format: '4bpp', widthTiles: 4 });
    const at = (x: number, y: number): number => image.pixels[y * image.width + x];
    assert.strictEqual(at(0, 0), 1); // plain
    assert.strictEqual(at(8 + 7, 0), 2 * 16 + 1); // h-flip, palette 2
    assert.strictEqual(at(16, 7), 1); // v-flip
    assert.strictEqual(at(24 + 7, 7), 1); // both
    assert.strictEqual(at(8, 0), 2 * 16); // palette applies to index 0 too
  });
});

describe('graphics: tiles straight to RGBA', () => {
  for (const format of TILE_FORMATS) {
    it(`${format}: the same picture as decode → layout → palette lookup`, () => {
      const limit = format === '2bpp' ? 4 : format === '4bpp' ? 16 : 256;
      const indices = randomIndices(37, limit, 11);
      const bytes = encodeTiles(indices, format);
      const next = mulberry32(3);
      const palette = Array.from({ length: limit }, () => ({ r: (next() * 256) | 0, g: (next() * 256) | 0, b: (next() * 256) | 0 }));
      for (const transparentIndex0 of [false, true]) {
        const rgba = renderTilesRgba(bytes, format, 8, palette, { transparentIndex0 });
        const image = tilesToImage(decodeTiles(bytes, format).indices, 8);
        assert.strictEqual(rgba.width, image.width);
        assert.strictEqual(rgba.height, image.height);
        image.pixels.forEach((v, p) => {
          const c = palette[v];
          const expected = [c.r, c.g, c.b, transparentIndex0 && v === 0 ? 0 : 255];
          assert.deepStrictEqual(Array.from(rgba.rgba.subarray(p * 4, p * 4 + 4)), expected, `pixel ${p}`);
        });
      }
    });
  }
});
