/**
 * SNES header titles are JIS X 0201: ASCII-like in 0x20–0x7E (with ¥ and ‾ at 0x5C and 0x7E)
 * and half-width katakana in 0xA1–0xDF.
 */

export interface DecodedTitle {
  /** The title with trailing spaces and NULs removed. */
  readonly text: string;
  /** True when every byte before the padding is a printable JIS X 0201 character. */
  readonly printable: boolean;
}

const HALFWIDTH_KATAKANA_BASE = 0xff61;

export function decodeJisX0201Title(bytes: Uint8Array): DecodedTitle {
  let end = bytes.length;
  while (end > 0 && (bytes[end - 1] === 0x20 || bytes[end - 1] === 0x00)) end--;
  let text = '';
  let printable = true;
  for (let i = 0; i < end; i++) {
    const b = bytes[i];
    if (b === 0x5c) text += '\u00a5';
    else if (b === 0x7e) text += '\u203e';
    else if (b >= 0x20 && b < 0x7f) text += String.fromCharCode(b);
    else if (b >= 0xa1 && b <= 0xdf) text += String.fromCharCode(HALFWIDTH_KATAKANA_BASE + (b - 0xa1));
    else {
      text += '\ufffd';
      printable = false;
    }
  }
  return { text, printable };
}
