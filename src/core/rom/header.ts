/**
 * The internal SNES header (domain-spec §2.2–2.5): where it can be, what its fields mean, and how to
 * pick the right candidate without trusting the checksum alone (ROM hacks and homebrew often leave it
 * unfixed, so a bad checksum must not make a ROM unreadable).
 */
import { decodeJisX0201Title } from './jisX0201';

export type HeaderLocation = 'LoROM' | 'HiROM' | 'ExHiROM';

export const HEADER_CANDIDATES: ReadonlyArray<{ readonly location: HeaderLocation; readonly romOffset: number }> = [
  { location: 'LoROM', romOffset: 0x7fc0 },
  { location: 'HiROM', romOffset: 0xffc0 },
  { location: 'ExHiROM', romOffset: 0x40ffc0 },
];

/** Bytes from the header start to the end of the interrupt vectors. */
const HEADER_SPAN = 0x40;
const TITLE_LENGTH = 21;

export interface InternalHeader {
  readonly location: HeaderLocation;
  /** ROM offset of the header's first byte ($FFC0 on the bus). */
  readonly romOffset: number;
  readonly title: string;
  readonly titlePrintable: boolean;
  /** $FFD5: map mode (low nibble: memory map; bit 4: FastROM). */
  readonly mapMode: number;
  /** $FFD6: cartridge type (low nibble: ROM/RAM/battery/coprocessor; high nibble: which coprocessor). */
  readonly chipset: number;
  readonly romSizeCode: number;
  readonly sramSizeCode: number;
  readonly regionCode: number;
  readonly developerCode: number;
  readonly version: number;
  readonly checksumComplement: number;
  readonly checksum: number;
  /** Emulation-mode reset vector at $FFFC. */
  readonly resetVector: number;
}

function readU16(data: Uint8Array, at: number): number {
  return data[at] | (data[at + 1] << 8);
}

export function readHeaderAt(romData: Uint8Array, location: HeaderLocation, romOffset: number): InternalHeader | undefined {
  if (romOffset + HEADER_SPAN > romData.length) return undefined;
  const title = decodeJisX0201Title(romData.subarray(romOffset, romOffset + TITLE_LENGTH));
  return {
    location,
    romOffset,
    title: title.text,
    titlePrintable: title.printable,
    mapMode: romData[romOffset + 0x15],
    chipset: romData[romOffset + 0x16],
    romSizeCode: romData[romOffset + 0x17],
    sramSizeCode: romData[romOffset + 0x18],
    regionCode: romData[romOffset + 0x19],
    developerCode: romData[romOffset + 0x1a],
    version: romData[romOffset + 0x1b],
    checksumComplement: readU16(romData, romOffset + 0x1c),
    checksum: readU16(romData, romOffset + 0x1e),
    resetVector: readU16(romData, romOffset + 0x3c),
  };
}

const MAP_NIBBLES_FOR_LOCATION: Record<HeaderLocation, readonly number[]> = {
  LoROM: [0x0, 0x2, 0x3],
  HiROM: [0x1, 0xa],
  ExHiROM: [0x5],
};

/**
 * Plausibility of a header candidate (domain-spec §2.5). Each clue is independent evidence; random
 * bytes score about 1, a real header with an unfixed checksum about 7, a clean one 11.
 */
export function scoreHeader(header: InternalHeader, romSize: number): number {
  let score = 0;
  if ((header.checksum ^ header.checksumComplement) === 0xffff) score += 4;
  const mapHigh = header.mapMode & 0xf0;
  if ((mapHigh === 0x20 || mapHigh === 0x30) && MAP_NIBBLES_FOR_LOCATION[header.location].includes(header.mapMode & 0x0f)) {
    score += 3;
  }
  if (header.titlePrintable && /[0-9A-Za-z\uff61-\uff9f]/.test(header.title)) score += 2;
  if (header.romSizeCode >= 0x05 && header.romSizeCode <= 0x0d && 1024 * 2 ** header.romSizeCode >= romSize / 2) score += 1;
  if (header.sramSizeCode <= 0x08) score += 0.5;
  if (header.resetVector >= 0x8000) score += 1;
  return score;
}

/** Below this no candidate looks like a SNES header at all. */
export const MIN_HEADER_SCORE = 4;

export interface DetectedHeader {
  readonly header: InternalHeader;
  readonly score: number;
}

/** The most plausible header; earlier candidates win ties, as LoROM is the most common map. */
export function detectHeader(romData: Uint8Array): DetectedHeader | undefined {
  let best: DetectedHeader | undefined;
  for (const candidate of HEADER_CANDIDATES) {
    const header = readHeaderAt(romData, candidate.location, candidate.romOffset);
    if (!header) continue;
    const score = scoreHeader(header, romData.length);
    if (!best || score > best.score) best = { header, score };
  }
  return best && best.score >= MIN_HEADER_SCORE ? best : undefined;
}

const REGIONS = [
  'Japan', 'USA/Canada', 'Europe', 'Sweden/Scandinavia', 'Finland', 'Denmark', 'France', 'Netherlands', 'Spain',
  'Germany', 'Italy', 'China', 'Indonesia', 'Korea', 'International', 'Canada', 'Brazil', 'Australia',
];

export function regionName(code: number): string {
  return REGIONS[code] ?? `Unknown (0x${code.toString(16).toUpperCase().padStart(2, '0')})`;
}

const COPROCESSORS: Record<number, string> = {
  0x0: 'DSP', 0x1: 'SuperFX', 0x2: 'OBC1', 0x3: 'SA-1', 0x4: 'S-DD1', 0x5: 'S-RTC', 0xe: 'Other', 0xf: 'Custom',
};

/** "ROM+RAM+battery", "ROM+SA-1+RAM+battery", … from $FFD6. */
export function chipsetName(chipset: number): string {
  const kind = chipset & 0x0f;
  const coprocessor = COPROCESSORS[chipset >> 4] ?? `coprocessor 0x${(chipset >> 4).toString(16).toUpperCase()}`;
  switch (kind) {
    case 0x0: return 'ROM';
    case 0x1: return 'ROM+RAM';
    case 0x2: return 'ROM+RAM+battery';
    case 0x3: return `ROM+${coprocessor}`;
    case 0x4: return `ROM+${coprocessor}+RAM`;
    case 0x5: return `ROM+${coprocessor}+RAM+battery`;
    case 0x6: return `ROM+${coprocessor}+battery`;
    default: return `Unknown (0x${chipset.toString(16).toUpperCase().padStart(2, '0')})`;
  }
}

/** True when the chipset byte names a coprocessor, so its high nibble means something. */
export function hasCoprocessor(chipset: number): boolean {
  const kind = chipset & 0x0f;
  return kind >= 0x3 && kind <= 0x6;
}

/** Size in KiB of a 2^n-KiB size code; 0 stays 0 (no SRAM). */
export function sizeCodeToKiB(code: number): number {
  return code === 0 || code > 0x10 ? 0 : 2 ** code;
}
