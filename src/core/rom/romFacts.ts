/** The plain-data description of an open ROM that the views, commands and CLI show. */
import { fileOffsetOf } from './copierHeader';
import { chipsetName, regionName, sizeCodeToKiB } from './header';
import { Mapping } from './mapping';
import { hashRomData, RomHashes } from './romHashes';
import { loadRomImage, RomImage, RomLoadError } from './romImage';

export interface RomFacts {
  readonly path: string;
  readonly fileSize: number;
  readonly romSize: number;
  readonly copierHeader: boolean;
  readonly mapping: Mapping;
  /** ROM offset of the internal header (0x7FC0, 0xFFC0 or 0x40FFC0). */
  readonly headerOffset: number;
  /** File offset of the internal header (headerOffset + 512 with a copier header). */
  readonly headerFileOffset: number;
  readonly title: string;
  readonly mapMode: number;
  readonly fastRom: boolean;
  readonly chipset: string;
  readonly chipsetCode: number;
  readonly romSizeKiB: number;
  readonly sramSizeKiB: number;
  readonly region: string;
  readonly regionCode: number;
  readonly version: number;
  readonly checksum: number;
  readonly checksumComplement: number;
  readonly checksumComputed: number;
  readonly checksumValid: boolean;
  readonly sha256: string;
  readonly crc32: string;
  readonly warnings: readonly string[];
}

export function romFactsOf(image: RomImage, path: string, hashes: RomHashes): RomFacts {
  const h = image.header;
  return {
    path,
    fileSize: image.fileBytes.length,
    romSize: image.romData.length,
    copierHeader: image.copierHeaderSize > 0,
    mapping: image.mapping,
    headerOffset: h.romOffset,
    headerFileOffset: fileOffsetOf(h.romOffset, image.copierHeaderSize),
    title: h.title,
    mapMode: h.mapMode,
    fastRom: (h.mapMode & 0x10) !== 0,
    chipset: chipsetName(h.chipset),
    chipsetCode: h.chipset,
    romSizeKiB: sizeCodeToKiB(h.romSizeCode),
    sramSizeKiB: sizeCodeToKiB(h.sramSizeCode),
    region: regionName(h.regionCode),
    regionCode: h.regionCode,
    version: h.version,
    checksum: h.checksum,
    checksumComplement: h.checksumComplement,
    checksumComputed: image.checksumComputed,
    checksumValid: image.checksumValid,
    sha256: hashes.sha256,
    crc32: hashes.crc32,
    warnings: image.warnings,
  };
}

/** Load, check and describe a ROM file's bytes in one step (the path only labels the facts). */
export async function describeRomFile(
  path: string,
  fileBytes: Uint8Array,
): Promise<{ readonly ok: true; readonly image: RomImage; readonly facts: RomFacts } | { readonly ok: false; readonly error: RomLoadError }> {
  const loaded = loadRomImage(fileBytes);
  if (!loaded.ok) return loaded;
  const hashes = await hashRomData(loaded.value.romData);
  return { ok: true, image: loaded.value, facts: romFactsOf(loaded.value, path, hashes) };
}
