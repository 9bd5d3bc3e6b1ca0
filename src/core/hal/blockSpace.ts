/**
 * Room for a re-inserted block: the stream already at the offset plus the free bytes (0xFF) right
 * after it. 0x00 is not counted as free: it is a valid first byte of a following block.
 */
import { err, ok, Result } from '../result';
import { decodeHal, HalDecodeFailure } from './decode';

export const FREE_BYTE = 0xff;

export interface BlockSpace {
  /** Size of the stream at the offset, terminator included. */
  readonly oldBlockSize: number;
  /** 0xFF bytes right after that stream, up to the end of the data. */
  readonly freeBytesAfter: number;
  /** What a new stream may occupy without touching anything else. */
  readonly available: number;
}

export function measureBlockSpace(data: Uint8Array, offset: number): Result<BlockSpace, HalDecodeFailure> {
  const decoded = decodeHal(data, offset);
  if (!decoded.ok) return err(decoded);
  const end = offset + decoded.compressedSize;
  let free = 0;
  while (end + free < data.length && data[end + free] === FREE_BYTE) free++;
  return ok({ oldBlockSize: decoded.compressedSize, freeBytesAfter: free, available: decoded.compressedSize + free });
}

/** A copy of `data` with `stream` written at `offset`; the caller has checked that it fits. */
export function withStreamAt(data: Uint8Array, offset: number, stream: Uint8Array): Uint8Array {
  if (offset < 0 || offset + stream.length > data.length) {
    throw new RangeError(`a ${stream.length}-byte stream does not fit at ${offset} in ${data.length} bytes`);
  }
  const copy = data.slice();
  copy.set(stream, offset);
  return copy;
}
