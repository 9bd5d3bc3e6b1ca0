/**
 * The SNES internal checksum (domain-spec §2.4): a 16-bit sum of every ROM byte, where a size that is
 * not a power of two is first padded to one by mirroring its tail, the way the cartridge's address
 * decoding repeats it.
 */

function sumRange(data: Uint8Array, start: number, end: number): number {
  let sum = 0;
  for (let i = start; i < end; i++) sum += data[i];
  return sum;
}

function largestPowerOfTwoBelow(n: number): number {
  let p = 1;
  while (p * 2 < n) p *= 2;
  return p;
}

function isPowerOfTwo(n: number): boolean {
  return n > 0 && (n & (n - 1)) === 0;
}

/** Sum of `data[start..end)` as it appears once mirrored up to `targetSize` bytes (a power of two). */
function mirroredSum(data: Uint8Array, start: number, end: number, targetSize: number): number {
  const length = end - start;
  if (length === 0) return 0;
  if (isPowerOfTwo(length)) return sumRange(data, start, end) * (targetSize / length);
  const half = largestPowerOfTwoBelow(length);
  const doubled = sumRange(data, start, start + half) + mirroredSum(data, start + half, end, half);
  return doubled * (targetSize / (2 * half));
}

/** The checksum of ROM data exactly as it is (copier header excluded by the caller). */
export function checksumOf(romData: Uint8Array): number {
  if (romData.length === 0) return 0;
  const target = isPowerOfTwo(romData.length) ? romData.length : 2 * largestPowerOfTwoBelow(romData.length);
  return mirroredSum(romData, 0, romData.length, target) & 0xffff;
}

/**
 * The checksum a fixed header would hold: the header's own checksum and complement count as a
 * complementary pair (bytes summing to 0x1FE), so ROMs with placeholder values get the value a
 * checksum fixer would write.
 */
export function expectedChecksum(romData: Uint8Array, headerRomOffset: number): number {
  // A fresh copy: `slice()` on a Node Buffer (what VS Code's file system hands us) is a view, and
  // patching a view would change the caller's ROM bytes.
  const patched = new Uint8Array(romData.length);
  patched.set(romData);
  patched.set([0xff, 0xff, 0x00, 0x00], headerRomOffset + 0x1c);
  return checksumOf(patched);
}
