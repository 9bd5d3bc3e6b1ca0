import * as assert from 'assert';
import { encode } from 'fast-png';
import {
  bgr555ToRgb,
  decodePngImage,
  encodeIndexedPng,
  grayscalePalette,
  IndexedImage,
  Palette,
  pngToIndexedImage,
  TileFormat,
} from '../../src/core/gfx';
import { mulberry32 } from '../support/seededRandom';

function randomImage(width: number, height: number, limit: number, seed: number): IndexedImage {
  const next = mulberry32(seed);
  return { width, height, pixels: Uint8Array.from({ length: width * height }, () => (next() * limit) | 0) };
}

function snesPalette(count: number, seed: number): Palette {
  const next = mulberry32(seed);
  const used = new Set<number>();
  const colors = [];
  while (colors.length < count) {
    const w = (next() * 0x8000) | 0;
    if (used.has(w)) continue;
    used.add(w);
    colors.push(bgr555ToRgb(w));
  }
  return colors;
}

const rgbaOf = (image: IndexedImage, palette: Palette, transparent0 = false): Uint8Array => {
  const out = new Uint8Array(image.pixels.length * 4);
  image.pixels.forEach((v, p) => out.set([palette[v].r, palette[v].g, palette[v].b, transparent0 && v === 0 ? 0 : 255], p * 4));
  return out;
};

describe('graphics: indexed PNG out and in', () => {
  const depths: Array<[TileFormat, number]> = [
    ['2bpp', 4],
    ['4bpp', 16],
    ['8bpp', 256],
  ];
  for (const [format, colors] of depths) {
    it(`${format}: export → import gives back the same indices, and PLTE holds the palette`, () => {
      const image = randomImage(64, 24, colors, colors);
      const palette = snesPalette(colors, 3);
      const png = encodeIndexedPng(image, palette, { transparentIndex0: true });
      const decoded = decodePngImage(png);
      assert.ok(decoded.ok && decoded.value.kind === 'indexed');
      assert.deepStrictEqual(decoded.value.indices, image.pixels);
      assert.deepStrictEqual(decoded.value.palette, [...palette]);
      const back = pngToIndexedImage(decoded.value, { colorCount: colors, palette });
      assert.ok(back.ok);
      assert.deepStrictEqual(back.value.pixels, image.pixels);
    });

    it(`${format}: an RGBA picture in the target palette's colours imports to the same indices`, () => {
      const image = randomImage(32, 16, colors, colors + 1);
      const palette = snesPalette(colors, 4);
      const png = encode({ width: 32, height: 16, data: rgbaOf(image, palette, true), channels: 4, depth: 8 });
      const decoded = decodePngImage(png);
      assert.ok(decoded.ok && decoded.value.kind === 'rgba');
      const back = pngToIndexedImage(decoded.value, { colorCount: colors, palette });
      assert.ok(back.ok, !back.ok ? back.error.message : '');
      assert.deepStrictEqual(back.value.pixels, image.pixels);
    });
  }

  it('pixel values are indices 0–15, not SpritePal’s 0, 17, 34 …', () => {
    const image = { width: 8, height: 8, pixels: Uint8Array.from({ length: 64 }, (_, i) => i % 16) };
    const decoded = decodePngImage(encodeIndexedPng(image, grayscalePalette('4bpp')));
    assert.ok(decoded.ok && decoded.value.kind === 'indexed');
    assert.strictEqual(Math.max(...decoded.value.indices), 15);
    assert.deepStrictEqual(decoded.value.palette[15], { r: 255, g: 255, b: 255 });
    assert.deepStrictEqual(decoded.value.palette[1], { r: 17, g: 17, b: 17 });
  });

  it('tRNS makes colour 0 transparent only when asked', () => {
    const image = randomImage(8, 8, 16, 1);
    const hasTrns = (png: Uint8Array): boolean => Buffer.from(png).includes(Buffer.from('tRNS'));
    assert.ok(hasTrns(encodeIndexedPng(image, grayscalePalette('4bpp'), { transparentIndex0: true })));
    assert.ok(!hasTrns(encodeIndexedPng(image, grayscalePalette('4bpp'))));
  });

  describe('import errors name the problem', () => {
    const palette = snesPalette(16, 9);
    it('dimensions that are not multiples of 8', () => {
      const png = decodePngImage(encodeIndexedPng({ width: 12, height: 8, pixels: new Uint8Array(96) }, palette));
      assert.ok(png.ok);
      const r = pngToIndexedImage(png.value, { colorCount: 16, palette });
      assert.ok(!r.ok && r.error.code === 'size');
      assert.match(r.error.message, /12×8 pixels; both sides must be multiples of 8/);
    });

    it('indices above the depth, with the first tiles and pixels', () => {
      const pixels = new Uint8Array(16 * 8);
      pixels[3] = 17; // tile 0, (3, 0)
      pixels[5 * 16 + 12] = 16; // tile 1, (12, 5)
      const png = decodePngImage(encodeIndexedPng({ width: 16, height: 8, pixels }, palette));
      assert.ok(png.ok);
      const r = pngToIndexedImage(png.value, { colorCount: 16, palette });
      assert.ok(!r.ok && r.error.code === 'indexOutOfRange');
      assert.strictEqual(r.error.problemCount, 2);
      assert.deepStrictEqual(r.error.problems, [
        { tile: 0, x: 3, y: 0, value: '17' },
        { tile: 1, x: 12, y: 5, value: '16' },
      ]);
      assert.match(r.error.message, /2 pixels use a palette index above 15: tile 0 at \(3, 0\): 17; tile 1 at \(12, 5\): 16/);
    });

    it('RGB colours not in the palette, with where and which colour', () => {
      const image = randomImage(16, 16, 16, 2);
      const rgba = rgbaOf(image, palette);
      rgba.set([255, 0, 255, 255], (9 * 16 + 10) * 4); // tile 3, (10, 9)
      const png = decodePngImage(encode({ width: 16, height: 16, data: rgba, channels: 4, depth: 8 }));
      assert.ok(png.ok);
      const r = pngToIndexedImage(png.value, { colorCount: 16, palette });
      assert.ok(!r.ok && r.error.code === 'colorNotInPalette');
      assert.deepStrictEqual(r.error.problems, [{ tile: 3, x: 10, y: 9, value: '#FF00FF' }]);
      assert.match(r.error.message, /1 pixel has a colour not in the palette: tile 3 at \(10, 9\): #FF00FF/);
    });

    it('lists at most 8 problems but counts them all', () => {
      const rgba = new Uint8Array(8 * 8 * 4).fill(1);
      const png = decodePngImage(encode({ width: 8, height: 8, data: rgba, channels: 4, depth: 8 }));
      assert.ok(png.ok);
      const r = pngToIndexedImage(png.value, { colorCount: 16, palette });
      assert.ok(!r.ok);
      assert.strictEqual(r.error.problems.length, 8);
      assert.strictEqual(r.error.problemCount, 64);
    });

    it('bytes that are not a PNG', () => {
      const r = decodePngImage(new TextEncoder().encode('not a png at all'));
      assert.ok(!r.ok);
      assert.match(r.error, /not a readable PNG/);
    });
  });
});
