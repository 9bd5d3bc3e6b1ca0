import * as assert from 'assert';
import {
  bgr555ToRgb,
  decodePngImage,
  decodeTiles,
  paletteFromBgr555,
  renderTilemap,
  rgbToBgr555,
  TileFormat,
  tilesToImage,
} from '../../src/core/gfx';
import { readBmp8 } from '../support/bmp';
import { readFixture } from '../support/fixtures';

const pvsneslib = (dir: string, file: string): Uint8Array => readFixture('tiles', 'pvsneslib-2012', dir, file);
const gen = (file: string): Uint8Array => readFixture('tiles', 'undisbeliever', 'gen', file);
const resource = (...parts: string[]): Uint8Array => readFixture('tiles', 'undisbeliever', 'resources', ...parts);

describe('graphics: tiles, tilemaps and palettes render the pictures they came from', () => {
  // (Transparency/backgrounds is drawn with colour math in its ROM and Mode0Pixel is one flat colour:
  // neither is a picture of its own tiles.)
  // pvsneslib's gfx2snes reorders colours and rounds 8→5 bits its own way, so the check is: one
  // picture index ↔ one CGRAM index everywhere, and each colour within one BGR555 step.
  const gfx2snes: Array<[string, string, TileFormat]> = [
    ['MosaicShading', 'pvsneslib', '4bpp'],
    ['Transparency', 'clouds', '2bpp'],
    ['HDMAGradient', 'pvsneslib', '8bpp'],
  ];
  for (const [dir, name, format] of gfx2snes) {
    it(`pvsneslib ${dir}/${name} (${format}): tiles + map + palette = ${name}.bmp, pixel for pixel`, () => {
      const bmp = readBmp8(pvsneslib(dir, `${name}.bmp`));
      const tiles = decodeTiles(pvsneslib(dir, `${name}.pic`), format);
      assert.strictEqual(tiles.trailingBytes, 0);
      const image = renderTilemap({ tiles: tiles.indices, tilemap: pvsneslib(dir, `${name}.map`), format });
      const palette = paletteFromBgr555(pvsneslib(dir, `${name}.pal`));
      const forward = new Map<number, number>();
      const backward = new Map<number, number>();
      for (let y = 0; y < bmp.height; y++) {
        for (let x = 0; x < bmp.width; x++) {
          const ours = image.pixels[y * image.width + x];
          const theirs = bmp.indices[y * bmp.width + x];
          assert.strictEqual(forward.get(theirs) ?? ours, ours, `(${x}, ${y}): bmp index ${theirs} maps to two CGRAM indices`);
          assert.strictEqual(backward.get(ours) ?? theirs, theirs, `(${x}, ${y}): CGRAM index ${ours} shows two bmp colours`);
          forward.set(theirs, ours);
          backward.set(ours, theirs);
        }
      }
      for (const [theirs, ours] of forward) {
        const a = bmp.palette[theirs];
        const b = palette[ours] ?? { r: 0, g: 0, b: 0 };
        for (const ch of ['r', 'g', 'b'] as const) {
          assert.ok(Math.abs((a[ch] >> 3) - (b[ch] >> 3)) <= 1, `bmp colour ${theirs} ${JSON.stringify(a)} vs CGRAM ${ours} ${JSON.stringify(b)}`);
        }
      }
      assert.ok(forward.size >= 2);
    });
  }

  it("undisbeliever's game.4bpp + tilemap + palette = game.png exactly (every pixel's BGR555 colour)", () => {
    const png = decodePngImage(resource('inidisp-fadein-fadeout', 'game.png'));
    assert.ok(png.ok && png.value.kind === 'indexed');
    const tiles = decodeTiles(gen('inidisp-fadein-fadeout__game.4bpp'), '4bpp');
    const image = renderTilemap({ tiles: tiles.indices, tilemap: gen('inidisp-fadein-fadeout__game.tilemap'), format: '4bpp' });
    const palette = paletteFromBgr555(gen('inidisp-fadein-fadeout__game.palette'));
    assert.strictEqual(image.width, png.value.width);
    assert.strictEqual(image.height, png.value.height);
    for (let p = 0; p < image.pixels.length; p++) {
      const expected = rgbToBgr555(png.value.palette[png.value.indices[p]]);
      assert.strictEqual(rgbToBgr555(palette[image.pixels[p]]), expected, `pixel ${p % 256}, ${Math.floor(p / 256)}`);
    }
  });

  // png2snes keeps the PNG's palette order, so tile sheets decode to the PNG's own indices.
  const sheets: Array<[string, string, TileFormat]> = [
    ['bricks-2bpp-tiles', 'example-backgrounds__bricks-2bpp-tiles.tiles', '2bpp'],
    ['bricks-4bpp-tiles', 'example-backgrounds__bricks-4bpp-tiles.tiles', '4bpp'],
    ['bricks-8bpp-tiles', 'example-backgrounds__bricks-8bpp-tiles.tiles', '8bpp'],
    ['obj-4bpp-tiles', 'example-backgrounds__obj-4bpp-tiles.tiles', '4bpp'],
    ['clouds-2bpp-tiles', 'example-backgrounds__clouds-2bpp-tiles.tiles', '2bpp'],
  ];
  for (const [png, tiles, format] of sheets) {
    it(`undisbeliever ${tiles} (${format}) decodes to the indices of ${png}.png`, () => {
      const picture = decodePngImage(resource('example-backgrounds', `${png}.png`));
      assert.ok(picture.ok && picture.value.kind === 'indexed');
      const decoded = decodeTiles(gen(tiles), format);
      const image = tilesToImage(decoded.indices, picture.value.width / 8);
      assert.deepStrictEqual(image.pixels.subarray(0, picture.value.indices.length), picture.value.indices);
    });
  }

  it('BGR555 → RGB888 → BGR555 is the identity for all 32,768 colours, and 31 becomes 255', () => {
    for (let w = 0; w < 0x8000; w++) assert.strictEqual(rgbToBgr555(bgr555ToRgb(w)), w);
    assert.deepStrictEqual(bgr555ToRgb(0x7fff), { r: 255, g: 255, b: 255 });
    assert.deepStrictEqual(bgr555ToRgb(0x001f), { r: 255, g: 0, b: 0 });
    assert.deepStrictEqual(bgr555ToRgb(0x0001), { r: 8, g: 0, b: 0 });
    assert.strictEqual(rgbToBgr555({ r: 4, g: 0, b: 0 }), 0); // 4·31/255 = 0.49 → 0
    assert.strictEqual(rgbToBgr555({ r: 5, g: 0, b: 0 }), 1); // 0.61 → 1
  });
});
