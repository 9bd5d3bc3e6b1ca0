/** Identity of a ROM's data (copier header excluded), as ROM databases and patch tools list it. */
import { buf as crc32Of } from 'crc-32';

export interface RomHashes {
  readonly sha256: string;
  /** Eight lowercase hex digits. */
  readonly crc32: string;
}

function toHex(bytes: Uint8Array): string {
  let s = '';
  for (const b of bytes) s += b.toString(16).padStart(2, '0');
  return s;
}

/** Web Crypto, so the same code runs in Node, workers and webviews. */
export async function hashRomData(romData: Uint8Array): Promise<RomHashes> {
  const digest = await globalThis.crypto.subtle.digest('SHA-256', romData as Uint8Array<ArrayBuffer>);
  const crc = crc32Of(romData) >>> 0;
  return { sha256: toHex(new Uint8Array(digest)), crc32: crc.toString(16).padStart(8, '0') };
}
