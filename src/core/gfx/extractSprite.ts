/**
 * Graphics at a ROM offset to an indexed picture: HAL-decoded or raw bytes, decoded as tiles, laid
 * out, with the chosen palette. Plain data in and out; files are the caller's business.
 */
import { decodeHal, describeHalFailure, HalFailReason } from '../hal';
import { err, ok, Result } from '../result';
import { formatHex } from '../rom';
import { Palette } from './colors';
import { IndexedImage, SpriteArrangement, tilesToImage } from './layout';
import { bytesPerTile, decodeTiles, TileFormat } from './tiles';

export type Compression = 'hal' | 'raw';

export interface ExtractRequest {
  readonly romOffset: number;
  readonly compression: Compression;
  readonly format: TileFormat;
  readonly tilesPerRow: number;
  readonly arrangement: SpriteArrangement;
  /** Raw: bytes to read (default 4096). HAL: decoded bytes to use at most (default all). */
  readonly length?: number;
}

export interface ExtractedSprite {
  readonly image: IndexedImage;
  /** Input bytes taken from the ROM (the HAL stream with its terminator, or the raw bytes). */
  readonly compressedSize: number;
  /** Tile bytes decoded (after HAL decompression, before the length cut for HAL). */
  readonly decompressedSize: number;
  readonly tileCount: number;
  /** Bytes after the last whole tile, left out of the picture. */
  readonly trailingBytes: number;
}

export type ExtractError =
  | { readonly code: 'hal'; readonly reason: HalFailReason; readonly at: number; readonly message: string }
  | { readonly code: 'range' | 'noTiles'; readonly message: string };

export const DEFAULT_RAW_LENGTH = 4096;

export function extractSprite(romData: Uint8Array, request: ExtractRequest): Result<ExtractedSprite, ExtractError> {
  const { romOffset } = request;
  if (!Number.isInteger(romOffset) || romOffset < 0 || romOffset >= romData.length) {
    return err({ code: 'range', message: `offset ${romOffset} is outside the ROM (${romData.length} bytes)` });
  }
  let data: Uint8Array;
  let compressedSize: number;
  if (request.compression === 'hal') {
    const decoded = decodeHal(romData, romOffset);
    if (!decoded.ok) {
      return err({
        code: 'hal',
        reason: decoded.reason,
        at: decoded.at,
        message: `no HAL stream at ${formatHex(romOffset, 1)}: ${describeHalFailure(decoded.reason)}`,
      });
    }
    data = decoded.data;
    compressedSize = decoded.compressedSize;
  } else {
    const length = request.length ?? DEFAULT_RAW_LENGTH;
    if (romOffset + length > romData.length) {
      return err({ code: 'range', message: `${length} bytes from ${formatHex(romOffset, 1)} run past the end of the ROM` });
    }
    data = romData.subarray(romOffset, romOffset + length);
    compressedSize = length;
  }
  const decompressedSize = data.length;
  if (request.compression === 'hal' && request.length !== undefined) data = data.subarray(0, request.length);
  const tiles = decodeTiles(data, request.format);
  if (tiles.tileCount === 0) {
    return err({ code: 'noTiles', message: `${data.length} bytes is less than one ${request.format} tile (${bytesPerTile(request.format)} bytes)` });
  }
  return ok({
    image: tilesToImage(tiles.indices, request.tilesPerRow, request.arrangement),
    compressedSize,
    decompressedSize,
    tileCount: tiles.tileCount,
    trailingBytes: tiles.trailingBytes,
  });
}

/** A palette sized for the format: padded with black or cut, so PLTE matches the indices used. */
export function fitPalette(palette: Palette, colorCount: number): Palette {
  return Array.from({ length: colorCount }, (_, i) => palette[i] ?? { r: 0, g: 0, b: 0 });
}
