/**
 * SNES colours are BGR555 words (bit 15 unused): 0bbbbbgg gggrrrrr, little-endian in ROM and CGRAM.
 * 5 → 8 bits replicates the top bits, (c << 3) | (c >> 2), so 31 becomes 255 and 0 stays 0;
 * 8 → 5 bits rounds, so every colour survives a round trip through RGB888. Used everywhere.
 */

export interface Rgb {
  readonly r: number;
  readonly g: number;
  readonly b: number;
}

/** A list of colours; index 0 is the backdrop (transparent for sprites). */
export type Palette = readonly Rgb[];

export function expand5(c: number): number {
  return (c << 3) | (c >> 2);
}

export function reduce8(c: number): number {
  return Math.round((c * 31) / 255);
}

export function bgr555ToRgb(word: number): Rgb {
  return { r: expand5(word & 0x1f), g: expand5((word >> 5) & 0x1f), b: expand5((word >> 10) & 0x1f) };
}

export function rgbToBgr555(rgb: Rgb): number {
  return reduce8(rgb.r) | (reduce8(rgb.g) << 5) | (reduce8(rgb.b) << 10);
}

/** Little-endian BGR555 words to colours; a trailing odd byte is ignored. */
export function paletteFromBgr555(bytes: Uint8Array): Rgb[] {
  const colors: Rgb[] = [];
  for (let i = 0; i + 1 < bytes.length; i += 2) colors.push(bgr555ToRgb(bytes[i] | (bytes[i + 1] << 8)));
  return colors;
}

export function paletteToBgr555(palette: Palette): Uint8Array {
  const out = new Uint8Array(palette.length * 2);
  palette.forEach((c, i) => {
    const w = rgbToBgr555(c);
    out[2 * i] = w & 0xff;
    out[2 * i + 1] = w >> 8;
  });
  return out;
}
