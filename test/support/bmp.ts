/** Just enough of BMP for the fixtures: uncompressed 8-bit indexed, bottom-up or top-down. */
export interface Bmp8 {
  width: number;
  height: number;
  /** Top row first, one index per pixel. */
  indices: Uint8Array;
  palette: Array<{ r: number; g: number; b: number }>;
}

export function readBmp8(bytes: Uint8Array): Bmp8 {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (bytes[0] !== 0x42 || bytes[1] !== 0x4d) throw new Error('not a BMP');
  const dataOffset = view.getUint32(10, true);
  const headerSize = view.getUint32(14, true);
  const width = view.getInt32(18, true);
  const rawHeight = view.getInt32(22, true);
  const bpp = view.getUint16(28, true);
  const compression = view.getUint32(30, true);
  if (bpp !== 8 || compression !== 0) throw new Error(`unsupported BMP: ${bpp} bpp, compression ${compression}`);
  const colors = view.getUint32(46, true) || 256;
  const palette = Array.from({ length: colors }, (_, i) => {
    const at = 14 + headerSize + 4 * i;
    return { b: bytes[at], g: bytes[at + 1], r: bytes[at + 2] };
  });
  const height = Math.abs(rawHeight);
  const stride = Math.ceil(width / 4) * 4;
  const indices = new Uint8Array(width * height);
  for (let y = 0; y < height; y++) {
    const row = rawHeight > 0 ? height - 1 - y : y;
    indices.set(bytes.subarray(dataOffset + row * stride, dataOffset + row * stride + width), y * width);
  }
  return { width, height, indices, palette };
}
