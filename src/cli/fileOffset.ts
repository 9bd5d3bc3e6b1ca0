/**
 * Offsets for the codec commands, which work on any file as exhal and inhal do. In a SNES ROM an
 * offset is a ROM offset (copier header excluded) and may be a bus address; in any other file it
 * is simply a file offset.
 */
import { formatHex, loadRomImage, parseOffsetText, resolveOffsetText, RomImage } from '../core/rom';
import { CliFailure } from './cliFailure';

export interface FileTarget {
  /** The bytes offsets index: the ROM data of a ROM, the whole file otherwise. */
  readonly data: Uint8Array;
  /** Bytes before `data` in the file (a copier header). */
  readonly headerSize: number;
  /** The ROM, when the file is one. */
  readonly rom: RomImage | undefined;
}

export function targetOf(fileBytes: Uint8Array): FileTarget {
  const rom = loadRomImage(fileBytes);
  if (rom.ok) return { data: rom.value.romData, headerSize: rom.value.copierHeaderSize, rom: rom.value };
  return { data: fileBytes, headerSize: 0, rom: undefined };
}

export interface ResolvedOffset {
  readonly romOffset: number;
  readonly fileOffset: number;
  readonly target: FileTarget;
}

export function resolveOffset(path: string, fileBytes: Uint8Array, text: string): ResolvedOffset {
  const target = targetOf(fileBytes);
  let romOffset: number;
  if (target.rom) {
    const resolved = resolveOffsetText(text, { addressing: target.rom.addressing, romSize: target.data.length });
    if (!resolved.ok) throw new CliFailure(`${path}: ${resolved.error}`);
    romOffset = resolved.value;
  } else {
    const parsed = parseOffsetText(text);
    if (!parsed.ok) throw new CliFailure(parsed.error);
    if (parsed.value.kind === 'busAddress') {
      throw new CliFailure(`${path}: not a SNES ROM, so "${text}" cannot be mapped; give a file offset such as 0x1A2B`);
    }
    romOffset = parsed.value.romOffset;
    if (romOffset >= target.data.length) {
      throw new CliFailure(`${path}: offset ${formatHex(romOffset)} is beyond the end of the file (${target.data.length} bytes)`);
    }
  }
  return { romOffset, fileOffset: romOffset + target.headerSize, target };
}
