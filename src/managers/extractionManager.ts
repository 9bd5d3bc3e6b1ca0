/**
 * Decode, render, extract and inject on one ROM's bytes. Stateless: the registry hands it the open
 * session's data under the lock, and everything it returns is a fresh copy.
 */
import {
  bytesPerTile,
  colorsPerPalette,
  encodeIndexedPng,
  extractSprite,
  ExtractRequest,
  fitPalette,
  grayscalePalette,
  Palette,
  renderTilesRgba,
  TileFormat,
} from '../core/gfx';
import { compressHal, decodeHal, describeHalFailure, HalLevel, measureBlockSpace } from '../core/hal';
import { err, ok, Result } from '../core/result';

export interface PreviewRequest {
  readonly romOffset: number;
  readonly compression: 'hal' | 'raw';
  readonly format: TileFormat;
  readonly tilesPerRow: number;
  /** Raw: bytes to show (default 4096). HAL: decoded bytes to show at most (default 4096). */
  readonly length?: number;
  readonly palette?: Palette;
  readonly transparentIndex0?: boolean;
}

export type PreviewResult =
  | {
      readonly ok: true;
      readonly romOffset: number;
      readonly width: number;
      readonly height: number;
      readonly rgba: Uint8ClampedArray;
      readonly tileCount: number;
      /** HAL: the stream's size with its terminator; raw: the bytes shown. */
      readonly compressedSize: number;
      readonly decompressedSize: number;
    }
  | { readonly ok: false; readonly romOffset: number; readonly reason: string; readonly message: string };

export interface ExtractResult {
  readonly png: Uint8Array;
  readonly tileCount: number;
  readonly compressedSize: number;
  readonly decompressedSize: number;
  readonly width: number;
  readonly height: number;
}

export interface InjectReport {
  readonly compressedSize: number;
  readonly available: number;
  /** The whole ROM data after the change (a copy). */
  readonly romData: Uint8Array;
}

const PREVIEW_BYTES = 4096;

export class ExtractionManager {
  preview(romData: Uint8Array, request: PreviewRequest): PreviewResult {
    const { romOffset } = request;
    if (!Number.isInteger(romOffset) || romOffset < 0 || romOffset >= romData.length) {
      return { ok: false, romOffset, reason: 'range', message: `offset ${romOffset} is outside the ROM` };
    }
    let bytes: Uint8Array;
    let compressedSize: number;
    let decompressedSize: number;
    if (request.compression === 'hal') {
      const decoded = decodeHal(romData, romOffset, { mode: 'strict' });
      if (!decoded.ok) return { ok: false, romOffset, reason: decoded.reason, message: describeHalFailure(decoded.reason) };
      bytes = decoded.data.subarray(0, request.length ?? PREVIEW_BYTES);
      compressedSize = decoded.compressedSize;
      decompressedSize = decoded.data.length;
    } else {
      bytes = romData.subarray(romOffset, Math.min(romData.length, romOffset + (request.length ?? PREVIEW_BYTES)));
      compressedSize = decompressedSize = bytes.length;
    }
    const palette = request.palette ?? grayscalePalette(request.format);
    const image = renderTilesRgba(bytes, request.format, request.tilesPerRow, palette, { transparentIndex0: request.transparentIndex0 });
    const tileCount = Math.floor(bytes.length / bytesPerTile(request.format));
    return { ok: true, romOffset, width: image.width, height: image.height, rgba: image.rgba, tileCount, compressedSize, decompressedSize };
  }

  extract(romData: Uint8Array, request: ExtractRequest, palette: Palette, transparentIndex0: boolean): Result<ExtractResult, string> {
    const r = extractSprite(romData, request);
    if (!r.ok) return err(r.error.message);
    const colors = fitPalette(palette, colorsPerPalette(request.format));
    return ok({
      png: encodeIndexedPng(r.value.image, colors, { transparentIndex0 }),
      tileCount: r.value.tileCount,
      compressedSize: r.value.compressedSize,
      decompressedSize: r.value.decompressedSize,
      width: r.value.image.width,
      height: r.value.image.height,
    });
  }

  /** Compresses `data` and places it at `romOffset` if it fits the block there and the free bytes after it. */
  inject(romData: Uint8Array, romOffset: number, data: Uint8Array, level: HalLevel): Result<InjectReport, string> {
    const space = measureBlockSpace(romData, romOffset);
    if (!space.ok) return err(`no HAL block at ${romOffset} to replace: ${describeHalFailure(space.error.reason)}`);
    const packed = compressHal(data, level);
    if (!packed.ok) return err(packed.error.message);
    if (packed.value.length > space.value.available) {
      return err(`the stream is ${packed.value.length} bytes but only ${space.value.available} are available`);
    }
    const updated = romData.slice();
    updated.set(packed.value, romOffset);
    return ok({ compressedSize: packed.value.length, available: space.value.available, romData: updated });
  }
}

