/**
 * A SNES ROM from the bytes of a file: copier header, internal header, mapping and checksum. Files that
 * cannot be a ROM are refused with a reason a person can act on; a bad checksum is only a warning.
 */
import { err, ok, Result } from '../result';
import { copierHeaderSizeFor, CopierHeaderSize } from './copierHeader';
import { expectedChecksum } from './checksum';
import { detectHeader, InternalHeader } from './header';
import { Addressing, addressingOf, Mapping, mappingOf } from './mapping';

export const MIN_ROM_SIZE = 32 * 1024;
export const MAX_ROM_SIZE = 16 * 1024 * 1024;

export interface RomImage {
  /** The whole file, copier header included. */
  readonly fileBytes: Uint8Array;
  /** The ROM data: `fileBytes` without the copier header (a view, not a copy). */
  readonly romData: Uint8Array;
  readonly copierHeaderSize: CopierHeaderSize;
  readonly header: InternalHeader;
  readonly headerScore: number;
  readonly mapping: Mapping;
  readonly addressing: Addressing;
  readonly checksumComputed: number;
  readonly checksumValid: boolean;
  readonly warnings: readonly string[];
}

export type RomLoadErrorCode = 'empty' | 'tooSmall' | 'tooLarge' | 'knownFormat' | 'text' | 'noHeader';

export interface RomLoadError {
  readonly code: RomLoadErrorCode;
  /** What is wrong, without the file name (callers prefix it). */
  readonly message: string;
}

const KIB = 1024;

function formatSize(bytes: number): string {
  if (bytes < KIB) return `${bytes} bytes`;
  if (bytes < KIB * KIB) return `${+(bytes / KIB).toFixed(1)} KiB`;
  return `${+(bytes / KIB / KIB).toFixed(2)} MiB`;
}

const SIGNATURES: ReadonlyArray<{ readonly name: string; readonly magic: readonly number[] }> = [
  { name: 'a PNG image', magic: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a] },
  { name: 'a JPEG image', magic: [0xff, 0xd8, 0xff] },
  { name: 'a GIF image', magic: [0x47, 0x49, 0x46, 0x38] },
  { name: 'a ZIP archive', magic: [0x50, 0x4b, 0x03, 0x04] },
  { name: 'a 7-Zip archive', magic: [0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c] },
  { name: 'a gzip file', magic: [0x1f, 0x8b] },
  { name: 'a PDF document', magic: [0x25, 0x50, 0x44, 0x46, 0x2d] },
  { name: 'an ELF executable', magic: [0x7f, 0x45, 0x4c, 0x46] },
  { name: 'an IPS patch', magic: [0x50, 0x41, 0x54, 0x43, 0x48] },
  { name: 'a BPS patch', magic: [0x42, 0x50, 0x53, 0x31] },
];

function knownFormat(bytes: Uint8Array): string | undefined {
  return SIGNATURES.find((s) => s.magic.every((b, i) => bytes[i] === b))?.name;
}

/** Text has no control bytes other than tab, CR, LF and form feed; every ROM has plenty. */
function looksLikeText(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, 64 * KIB);
  for (let i = 0; i < n; i++) {
    const b = bytes[i];
    if (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d && b !== 0x0c) return false;
    if (b === 0x7f) return false;
  }
  return true;
}

export function loadRomImage(fileBytes: Uint8Array): Result<RomImage, RomLoadError> {
  const fileSize = fileBytes.length;
  if (fileSize === 0) return err({ code: 'empty', message: 'the file is empty' });
  const format = knownFormat(fileBytes);
  if (format) return err({ code: 'knownFormat', message: `this is ${format}, not a SNES ROM` });
  if (looksLikeText(fileBytes)) return err({ code: 'text', message: 'this is a text file, not a SNES ROM' });
  const copierHeaderSize = copierHeaderSizeFor(fileSize);
  const romSize = fileSize - copierHeaderSize;
  if (romSize < MIN_ROM_SIZE) {
    return err({ code: 'tooSmall', message: `${formatSize(fileSize)} is too small for a SNES ROM (at least 32 KiB)` });
  }
  if (romSize > MAX_ROM_SIZE) {
    return err({ code: 'tooLarge', message: `${formatSize(fileSize)} is too large for a SNES ROM (at most 16 MiB)` });
  }
  const romData = fileBytes.subarray(copierHeaderSize);
  const detected = detectHeader(romData);
  if (!detected) {
    return err({
      code: 'noHeader',
      message: 'no SNES internal header found at 0x7FC0 (LoROM), 0xFFC0 (HiROM) or 0x40FFC0 (ExHiROM): this does not look like a SNES ROM',
    });
  }
  const { header, score } = detected;
  const checksumComputed = expectedChecksum(romData, header.romOffset);
  const checksumValid = checksumComputed === header.checksum && (header.checksum ^ header.checksumComplement) === 0xffff;
  const warnings: string[] = [];
  if (!checksumValid) {
    warnings.push(
      `header checksum 0x${hex4(header.checksum)} / complement 0x${hex4(header.checksumComplement)} does not match the computed 0x${hex4(checksumComputed)} (common in ROM hacks and homebrew)`,
    );
  }
  if (romSize % (32 * KIB) !== 0) warnings.push(`unusual ROM size ${formatSize(romSize)} (not a multiple of 32 KiB)`);
  if (copierHeaderSize > 0 && countNonZero(fileBytes.subarray(8, copierHeaderSize)) > 64) {
    warnings.push('the 512-byte copier header holds unexpected data; it is skipped all the same');
  }
  const mapping = mappingOf(header);
  return ok({
    fileBytes,
    romData,
    copierHeaderSize,
    header,
    headerScore: score,
    mapping,
    addressing: addressingOf(mapping),
    checksumComputed,
    checksumValid,
    warnings,
  });
}

function hex4(n: number): string {
  return n.toString(16).toUpperCase().padStart(4, '0');
}

function countNonZero(bytes: Uint8Array): number {
  let n = 0;
  for (const b of bytes) if (b !== 0) n++;
  return n;
}
