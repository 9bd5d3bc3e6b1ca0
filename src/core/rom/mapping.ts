/**
 * Memory maps: which mapping a header announces, and conversions between ROM offsets and SNES
 * bus addresses (domain-spec §2.8). Bus addresses are 24-bit numbers, shown as $BB:AAAA.
 */
import { err, ok, Result } from '../result';
import { hasCoprocessor, InternalHeader } from './header';

/** What the user sees: the cartridge's map. */
export type Mapping = 'LoROM' | 'HiROM' | 'ExHiROM' | 'SA-1' | 'S-DD1' | 'SPC7110';

/** The address translation a mapping uses by default (S-DD1 is LoROM-like, SPC7110 HiROM-like). */
export type Addressing = 'LoROM' | 'HiROM' | 'ExHiROM' | 'SA-1';

const SA1_COPROCESSOR = 0x3;
const SDD1_COPROCESSOR = 0x4;

export function mappingOf(header: InternalHeader): Mapping {
  const mapNibble = header.mapMode & 0x0f;
  const coprocessor = hasCoprocessor(header.chipset) ? header.chipset >> 4 : -1;
  switch (header.location) {
    case 'ExHiROM':
      return 'ExHiROM';
    case 'HiROM':
      return mapNibble === 0xa ? 'SPC7110' : 'HiROM';
    case 'LoROM':
      // SA-1 is announced in $FFD5 (map 3) and/or $FFD6 (coprocessor 3); SpritePal only looked at the
      // wrong one of the two (domain-spec §2.3).
      if (mapNibble === 0x3 || coprocessor === SA1_COPROCESSOR) return 'SA-1';
      if (mapNibble === 0x2 || coprocessor === SDD1_COPROCESSOR) return 'S-DD1';
      return 'LoROM';
  }
}

export function addressingOf(mapping: Mapping): Addressing {
  switch (mapping) {
    case 'S-DD1': return 'LoROM';
    case 'SPC7110': return 'HiROM';
    default: return mapping;
  }
}

export function formatBusAddress(bus: number): string {
  const bank = (bus >> 16) & 0xff;
  const address = bus & 0xffff;
  return `$${bank.toString(16).toUpperCase().padStart(2, '0')}:${address.toString(16).toUpperCase().padStart(4, '0')}`;
}

export function formatHex(value: number, digits = 6): string {
  return `0x${value.toString(16).toUpperCase().padStart(digits, '0')}`;
}

const MIB = 0x100000;
const FOUR_MIB = 4 * MIB;

/** The bus address a program would use for a ROM byte (FastROM-free banks where both exist). */
export function romOffsetToBus(addressing: Addressing, romOffset: number): Result<number, string> {
  if (!Number.isInteger(romOffset) || romOffset < 0) return err(`ROM offset ${romOffset} is negative or not whole`);
  switch (addressing) {
    case 'LoROM': {
      if (romOffset >= FOUR_MIB) return err(`ROM offset ${formatHex(romOffset)} is beyond LoROM's 4 MiB`);
      const bank = romOffset >> 15;
      // Banks $7E/$7F are work RAM, so the top 64 KiB is reached through the $FE/$FF mirror.
      const busBank = bank >= 0x7e ? bank | 0x80 : bank;
      return ok((busBank << 16) | 0x8000 | (romOffset & 0x7fff));
    }
    case 'HiROM':
      if (romOffset >= FOUR_MIB) return err(`ROM offset ${formatHex(romOffset)} is beyond HiROM's 4 MiB`);
      return ok(0xc00000 | romOffset);
    case 'ExHiROM':
      if (romOffset < FOUR_MIB) return ok(0xc00000 | romOffset);
      if (romOffset < 0x7e0000) return ok(romOffset);
      return err(`ROM offset ${formatHex(romOffset)} has no full-bank ExHiROM address`);
    case 'SA-1':
      if (romOffset >= FOUR_MIB) return err(`ROM offset ${formatHex(romOffset)} is beyond SA-1's default 4 MiB window`);
      return ok(0xc00000 | romOffset);
  }
}

/** The ROM offset behind a bus address, or why none is there. */
export function busToRomOffset(addressing: Addressing, bus: number): Result<number, string> {
  if (!Number.isInteger(bus) || bus < 0 || bus > 0xffffff) return err(`${bus} is not a 24-bit SNES address`);
  const bank = bus >> 16;
  const address = bus & 0xffff;
  const shown = formatBusAddress(bus);
  const systemArea = (bank & 0x7f) < 0x40 && address < 0x8000;
  if (systemArea) return err(`${shown} is in the system area (RAM and registers), not ROM`);
  if (bank === 0x7e || bank === 0x7f) return err(`${shown} is work RAM, not ROM`);
  switch (addressing) {
    case 'LoROM':
      if (address < 0x8000) return err(`${shown} is not mapped to ROM in LoROM (address below $8000)`);
      return ok(((bank & 0x7f) << 15) | (address & 0x7fff));
    case 'HiROM':
      return ok(((bank & 0x3f) << 16) | address);
    case 'ExHiROM':
      // Banks $C0–$FF (and $80–$BF upper halves) hold the first 4 MiB; $40–$7D and $00–$3F the rest.
      return ok((bank & 0x80 ? 0 : FOUR_MIB) + (((bank & 0x3f) << 16) | address));
    case 'SA-1': {
      if (bank >= 0xc0) return ok(((bank - 0xc0) << 16) | address);
      if (bank >= 0x40 && bank < 0x80) return err(`${shown} is SA-1 BW-RAM or unmapped, not ROM`);
      if (address < 0x8000) return err(`${shown} is not mapped to ROM in SA-1 (address below $8000)`);
      // Default SA-1 MMC: $00–$1F → block C (1st MiB), $20–$3F → D, $80–$9F → E, $A0–$BF → F.
      const block = ((bank & 0x80) >> 6) | ((bank & 0x20) >> 5);
      return ok(block * MIB + (((bank & 0x1f) << 15) | (address & 0x7fff)));
    }
  }
}
