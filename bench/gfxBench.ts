/** Graphics benchmark: 64 KiB of 4bpp tiles to RGBA with a palette (target: under 1 ms median). */
import { encodeIndexedPng, grayscalePalette, renderTilesRgba, decodeTiles, tilesToImage } from '../src/core/gfx';
import { tileCorpus } from '../test/support/halInputs';
import { median, printTable, timeRepeated } from './timing';

export function benchGfx(): void {
  console.log('\n== Graphics ==');
  const corpus = tileCorpus();
  const bytes = new Uint8Array(65536);
  for (let i = 0; i < bytes.length; i++) bytes[i] = corpus[i % corpus.length];
  const palette = grayscalePalette('4bpp').map((c, i) => ({ r: c.r, g: (c.g + 40 * i) & 0xff, b: 255 - c.b }));
  const runs = 201;
  const rows: string[][] = [];
  const rgba = timeRepeated(() => renderTilesRgba(bytes, '4bpp', 16, palette, { transparentIndex0: true }), runs);
  rows.push(['64 KiB 4bpp → RGBA (2048 tiles, 128×1024)', `${(median(rgba) * 1000).toFixed(3)} ms`, `${(Math.min(...rgba) * 1000).toFixed(3)} ms`]);
  const indexed = timeRepeated(() => tilesToImage(decodeTiles(bytes, '4bpp').indices, 16), runs);
  rows.push(['64 KiB 4bpp → index picture', `${(median(indexed) * 1000).toFixed(3)} ms`, `${(Math.min(...indexed) * 1000).toFixed(3)} ms`]);
  const image = tilesToImage(decodeTiles(bytes, '4bpp').indices, 16);
  const png = timeRepeated(() => encodeIndexedPng(image, palette), 31);
  rows.push(['index picture → indexed PNG', `${(median(png) * 1000).toFixed(3)} ms`, `${(Math.min(...png) * 1000).toFixed(3)} ms`]);
  console.log(`median and best of ${runs} runs (PNG: 31):`);
  printTable(['work', 'median', 'best'], rows);
}
