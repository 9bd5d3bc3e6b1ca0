/**
 * A PNG back to palette indices for re-insertion. Indexed PNGs keep their indices; RGB(A) PNGs must
 * use the target palette's colours exactly (fully transparent pixels are colour 0). Nothing is
 * guessed or quantised: a wrong colour is an error that says where it is.
 */
import { err, ok, Result } from '../result';
import { Palette } from './colors';
import { IndexedImage } from './layout';
import { PngImage } from './png';

export type PngImportErrorCode = 'size' | 'indexOutOfRange' | 'colorNotInPalette';

export interface PngImportProblem {
  /** Tile number in picture order (left to right, top to bottom). */
  readonly tile: number;
  readonly x: number;
  readonly y: number;
  /** The offending index, or the colour as #RRGGBB. */
  readonly value: string;
}

export interface PngImportError {
  readonly code: PngImportErrorCode;
  readonly message: string;
  /** The first offending pixels (at most MAX_LISTED), in reading order. */
  readonly problems: readonly PngImportProblem[];
  readonly problemCount: number;
}

const MAX_LISTED = 8;

export interface PngImportOptions {
  /** Colours per palette of the target format: indices must be below it. */
  readonly colorCount: number;
  /** The palette RGB(A) pixels must be drawn from. */
  readonly palette: Palette;
}

export function pngToIndexedImage(png: PngImage, options: PngImportOptions): Result<IndexedImage, PngImportError> {
  const { width, height } = png;
  if (width % 8 !== 0 || height % 8 !== 0) {
    return err({
      code: 'size',
      message: `the image is ${width}×${height} pixels; both sides must be multiples of 8 (whole tiles)`,
      problems: [],
      problemCount: 0,
    });
  }
  const pixels = new Uint8Array(width * height);
  const problems: PngImportProblem[] = [];
  let problemCount = 0;
  const report = (p: number, value: string): void => {
    problemCount++;
    if (problems.length >= MAX_LISTED) return;
    const x = p % width;
    const y = Math.floor(p / width);
    problems.push({ tile: Math.floor(y / 8) * (width / 8) + Math.floor(x / 8), x, y, value });
  };

  if (png.kind === 'indexed') {
    for (let p = 0; p < pixels.length; p++) {
      const v = png.indices[p];
      if (v >= options.colorCount) report(p, String(v));
      pixels[p] = v;
    }
    if (problemCount) {
      return err({
        code: 'indexOutOfRange',
        message: `${problemCount} pixel${problemCount > 1 ? 's use' : ' uses'} a palette index above ${options.colorCount - 1}: ${list(problems)}`,
        problems,
        problemCount,
      });
    }
    return ok({ width, height, pixels });
  }

  const lookup = new Map<number, number>();
  options.palette.slice(0, options.colorCount).forEach((c, i) => {
    const key = (c.r << 16) | (c.g << 8) | c.b;
    if (!lookup.has(key)) lookup.set(key, i);
  });
  for (let p = 0; p < pixels.length; p++) {
    const o = p * 4;
    if (png.rgba[o + 3] === 0) continue; // transparent: colour 0
    const key = (png.rgba[o] << 16) | (png.rgba[o + 1] << 8) | png.rgba[o + 2];
    const index = lookup.get(key);
    if (index === undefined) report(p, `#${key.toString(16).toUpperCase().padStart(6, '0')}`);
    else pixels[p] = index;
  }
  if (problemCount) {
    return err({
      code: 'colorNotInPalette',
      message: `${problemCount} pixel${problemCount > 1 ? 's have colours' : ' has a colour'} not in the palette: ${list(problems)}`,
      problems,
      problemCount,
    });
  }
  return ok({ width, height, pixels });
}

function list(problems: readonly PngImportProblem[]): string {
  return problems.map((p) => `tile ${p.tile} at (${p.x}, ${p.y}): ${p.value}`).join('; ');
}
