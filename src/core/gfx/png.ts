/**
 * PNG through fast-png (pure JavaScript, so it runs in Node, workers and webviews). Exports are
 * indexed: PLTE holds the palette and pixel values are palette indices (0–15 for 4bpp), with an
 * optional tRNS entry making colour 0 transparent.
 */
import { decode, encode } from 'fast-png';
import { err, ok, Result } from '../result';
import { Palette, Rgb } from './colors';
import { IndexedImage } from './layout';

export interface IndexedPng {
  readonly kind: 'indexed';
  readonly width: number;
  readonly height: number;
  readonly indices: Uint8Array;
  readonly palette: Rgb[];
}

export interface RgbaPng {
  readonly kind: 'rgba';
  readonly width: number;
  readonly height: number;
  /** 4 bytes per pixel, 8 bits each. */
  readonly rgba: Uint8Array;
}

export type PngImage = IndexedPng | RgbaPng;

export interface IndexedPngOptions {
  /** Write a tRNS chunk so that colour 0 is transparent, as it is for sprites. */
  readonly transparentIndex0?: boolean;
  /** tEXt chunks (keyword → text). */
  readonly text?: Record<string, string>;
}

export function encodeIndexedPng(image: IndexedImage, palette: Palette, options: IndexedPngOptions = {}): Uint8Array {
  let maxIndex = 0;
  for (const v of image.pixels) if (v > maxIndex) maxIndex = v;
  const entries = Math.max(palette.length, maxIndex + 1);
  const plte = Array.from({ length: entries }, (_, i) => {
    const c = palette[i] ?? { r: 0, g: 0, b: 0 };
    return options.transparentIndex0 ? [c.r, c.g, c.b, i === 0 ? 0 : 255] : [c.r, c.g, c.b];
  });
  return encode({
    width: image.width,
    height: image.height,
    data: image.pixels,
    depth: 8,
    channels: 1,
    palette: plte,
    text: options.text,
  });
}

export function decodePngImage(bytes: Uint8Array): Result<PngImage, string> {
  let png;
  try {
    png = decode(bytes);
  } catch (e) {
    return err(`not a readable PNG (${(e as Error).message})`);
  }
  const { width, height, depth, channels } = png;
  const data = png.data;
  const pixels = width * height;
  if (channels === 1 && png.palette) {
    return ok({
      kind: 'indexed',
      width,
      height,
      indices: depth === 8 ? new Uint8Array(data) : unpackSamples(data, width, height, depth),
      palette: png.palette.map((c) => ({ r: c[0], g: c[1], b: c[2] })),
    });
  }
  const samples = depth === 16 ? Uint8Array.from(data, (v) => v >> 8) : depth < 8 ? scaleSamples(unpackSamples(data, width, height * channels, depth), depth) : data;
  const rgba = new Uint8Array(pixels * 4);
  const alphaOf = (trns: number): number => (png.transparency && png.transparency[0] === trns ? 0 : 255);
  for (let p = 0; p < pixels; p++) {
    const s = p * channels;
    if (channels === 1 || channels === 2) {
      rgba.set([samples[s], samples[s], samples[s], channels === 2 ? samples[s + 1] : alphaOf(data[s])], p * 4);
    } else {
      rgba.set([samples[s], samples[s + 1], samples[s + 2], channels === 4 ? samples[s + 3] : 255], p * 4);
    }
  }
  return ok({ kind: 'rgba', width, height, rgba });
}

/** Samples of 1, 2 or 4 bits, packed from the high bits and padded to whole bytes per row. */
function unpackSamples(data: ArrayLike<number>, width: number, rows: number, depth: number): Uint8Array {
  const out = new Uint8Array(width * rows);
  const rowBytes = Math.ceil((width * depth) / 8);
  const mask = (1 << depth) - 1;
  for (let y = 0; y < rows; y++) {
    for (let x = 0; x < width; x++) {
      const bit = x * depth;
      out[y * width + x] = (data[y * rowBytes + (bit >> 3)] >> (8 - depth - (bit & 7))) & mask;
    }
  }
  return out;
}

function scaleSamples(samples: Uint8Array, depth: number): Uint8Array {
  const max = (1 << depth) - 1;
  return samples.map((v) => Math.round((v * 255) / max));
}
