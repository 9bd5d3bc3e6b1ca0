/**
 * One parser for offsets typed by people. A plain number is a ROM offset (hex, with or without 0x;
 * `#` marks decimal, as in many assemblers); a `$` or a bank separator marks a SNES bus address,
 * which goes through the ROM's mapping.
 */
import { err, ok, Result } from '../result';
import { Addressing, busToRomOffset, formatHex } from './mapping';

export type OffsetText =
  | { readonly kind: 'romOffset'; readonly romOffset: number }
  | { readonly kind: 'busAddress'; readonly bus: number };

const HELP = 'use 0x1A2B3C or 1A2B3C (hex ROM offset), #123456 (decimal), or a bus address such as $C1:8000, C1:8000 or $C18000';

export function parseOffsetText(text: string): Result<OffsetText, string> {
  const t = text.trim().replace(/_/g, '');
  const bad = err(`"${text}" is not an offset: ${HELP}`);
  let m: RegExpExecArray | null;
  if ((m = /^\$?([0-9a-f]{1,2}):([0-9a-f]{1,4})$/i.exec(t))) {
    return ok({ kind: 'busAddress', bus: (parseInt(m[1], 16) << 16) | parseInt(m[2], 16) });
  }
  if ((m = /^\$([0-9a-f]{1,6})$/i.exec(t))) return ok({ kind: 'busAddress', bus: parseInt(m[1], 16) });
  if ((m = /^#([0-9]{1,9})$/.exec(t))) return ok({ kind: 'romOffset', romOffset: parseInt(m[1], 10) });
  if ((m = /^(?:0x)?([0-9a-f]{1,8})$/i.exec(t))) return ok({ kind: 'romOffset', romOffset: parseInt(m[1], 16) });
  return bad;
}

export interface OffsetContext {
  readonly addressing: Addressing;
  /** ROM data size in bytes (copier header excluded). */
  readonly romSize: number;
}

/** The ROM offset a person meant, checked against the ROM's size. */
export function resolveOffsetText(text: string, context: OffsetContext): Result<number, string> {
  const parsed = parseOffsetText(text);
  if (!parsed.ok) return parsed;
  let romOffset: number;
  if (parsed.value.kind === 'busAddress') {
    const mapped = busToRomOffset(context.addressing, parsed.value.bus);
    if (!mapped.ok) return mapped;
    romOffset = mapped.value;
  } else {
    romOffset = parsed.value.romOffset;
  }
  if (romOffset >= context.romSize) {
    return err(`offset ${formatHex(romOffset)} is beyond the end of the ROM (${formatHex(context.romSize)} bytes)`);
  }
  return ok(romOffset);
}
