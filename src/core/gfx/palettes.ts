/** Where a palette comes from: grey ramps, ROM bytes, sub-palettes of a larger set. */
import { err, ok, Result } from '../result';
import { formatHex } from '../rom';
import { Palette, paletteFromBgr555, Rgb } from './colors';
import { bitsPerPixel, TileFormat } from './tiles';

export function colorsPerPalette(format: TileFormat): number {
  return 1 << bitsPerPixel(format);
}

/** An even grey ramp, 0 to 255: index i of 4bpp is i·17, so the picture shows its indices. */
export function grayscalePalette(format: TileFormat): Rgb[] {
  const count = colorsPerPalette(format);
  return Array.from({ length: count }, (_, i) => {
    const v = Math.round((i * 255) / (count - 1));
    return { r: v, g: v, b: v };
  });
}

/** `count` BGR555 colours stored at a ROM offset. */
export function paletteFromRom(romData: Uint8Array, romOffset: number, count: number): Result<Rgb[], string> {
  if (romOffset < 0 || romOffset + 2 * count > romData.length) {
    return err(`a ${count}-colour palette at ${formatHex(romOffset, 1)} runs past the end of the ROM`);
  }
  return ok(paletteFromBgr555(romData.subarray(romOffset, romOffset + 2 * count)));
}

/**
 * Sub-palette `index` of a larger set (a CGRAM dump, a palette file): colours index·size … +size.
 * A set no larger than one sub-palette is returned as it is for index 0.
 */
export function subPalette(colors: Palette, index: number, size: number): Result<Rgb[], string> {
  if (!Number.isInteger(index) || index < 0 || index > 15) return err(`palette index ${index} is not 0–15`);
  if (colors.length <= size && index === 0) return ok([...colors]);
  const from = index * size;
  if (from + size > colors.length) {
    return err(`palette index ${index} needs colours ${from}–${from + size - 1}, but the palette has ${colors.length}`);
  }
  return ok(colors.slice(from, from + size));
}
