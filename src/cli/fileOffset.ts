/**
 * Offsets for the codec commands, which work on any file as exhal and inhal do. In a SNES ROM an
 * offset is a ROM offset (copier header excluded) and may be a bus address; in any other file it
 * is simply a file offset.
 */
import { formatHex, loadRomImage, parseOffsetText, resolveOffsetText } from '../core/rom';
import { CliFailure } from './cliFailure';

export interface FileTarget {
  /** The bytes offsets index: the ROM data of a ROM, the whole file otherwise. */
  readonly data: Uint8Array;
  /** Bytes before `data` in the file (a copier header). */
  readonly headerSize: number;
  readonly isRom: boolean;
}

export function targetOf(fileBytes: Uint8Array): FileTarget {
  const rom = loadRomImage(fileBytes);
  if (rom.ok) return { data: rom.value.romData, headerSize: rom.value.copierHeaderSize, isRom: true };
  return { data: fileBytes, headerSize: 0, isRom: false };
}

export interface ResolvedOffset {
  readonly romOffset: number;
  readonly fileOffset: number;
}

export function resolveOffset(path: string, fileBytes: Uint8Array, text: string): ResolvedOffset & { target: FileTarget } {
  const target = targetOf(fileBytes);
  let romOffset: number;
  if (target.isRom) {
    const rom = loadRomImage(fileBytes);
    if (!rom.ok) throw new CliFailure(`${path}: ${rom.error.message}`);
    const resolved = resolveOffsetText(text, { addressing: rom.value.addressing, romSize: target.data.length });
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

