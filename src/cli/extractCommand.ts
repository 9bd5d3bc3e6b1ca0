/**
 * `spritepal extract <rom> <offset> <out.png>`: graphics at an offset to an indexed PNG, with a JSON
 * file beside it holding what re-insertion needs.
 */
import { Command, InvalidArgumentError, Option } from 'commander';
import {
  colorsPerPalette,
  encodeIndexedPng,
  extractSprite,
  fitPalette,
  grayscalePalette,
  paletteFromBgr555,
  paletteFromRom,
  readPaletteFile,
  Rgb,
  rgbToBgr555,
  SpriteArrangement,
  subPalette,
  TileFormat,
} from '../core/gfx';
import { formatBusAddress, formatHex, hashRomData, MAX_ROM_SIZE, romOffsetToBus } from '../core/rom';
import { Result } from '../core/result';
import { CliFailure } from './cliFailure';
import { resolveOffset } from './fileOffset';
import { parseWholeNumber } from './numberArgs';
import { readDataFile, readUpToRomSize } from './readRomFile';
import { writeFileAtomic } from './safeWrite';

interface ExtractOptions {
  hal?: boolean;
  raw?: boolean;
  bpp: '2' | '4' | '8' | 'mode7';
  tilesPerRow: number;
  arrangement: SpriteArrangement;
  length?: number;
  palette: string;
  paletteIndex: number;
  transparent?: boolean;
  json?: boolean;
}

function positiveInt(max: number) {
  return (text: string): number => {
    const v = parseWholeNumber(text);
    if (!Number.isSafeInteger(v) || v < 1 || v > max) throw new InvalidArgumentError(`give a whole number from 1 to ${max}`);
    return v;
  };
}

function paletteIndexArg(text: string): number {
  const v = Number(text);
  if (!Number.isInteger(v) || v < 0 || v > 15) throw new InvalidArgumentError('give a palette index from 0 to 15');
  return v;
}

/** Split off the output's .png (any case) so that `x` and `x.png` both give x.png and x.json. */
export function outputNames(out: string): { png: string; json: string } {
  const base = /\.png$/i.test(out) ? out.slice(0, -4) : out;
  return { png: /\.png$/i.test(out) ? out : `${out}.png`, json: `${base}.json` };
}

async function loadPalette(
  spec: string,
  index: number,
  format: TileFormat,
  romPath: string,
  fileBytes: Uint8Array,
  romData: Uint8Array,
): Promise<{ colors: Rgb[]; source: string; romOffset?: number }> {
  const size = colorsPerPalette(format);
  const unwrap = (r: Result<Rgb[], string>, what: string): Rgb[] => {
    if (!r.ok) throw new CliFailure(`${what}: ${r.error}`);
    return r.value;
  };
  if (spec === 'gray' || spec === 'grey') return { colors: grayscalePalette(format), source: 'gray' };
  const m = /^(rom|cgram|file):(.+)$/.exec(spec);
  if (!m) throw new CliFailure(`--palette "${spec}": use gray, rom:OFFSET, cgram:FILE or file:FILE`);
  const [, kind, arg] = m;
  if (kind === 'rom') {
    const { romOffset } = resolveOffset(romPath, fileBytes, arg);
    const at = romOffset + index * size * 2;
    return { colors: unwrap(paletteFromRom(romData, at, size), `--palette ${spec}`), source: `rom:${formatHex(romOffset)}`, romOffset: at };
  }
  const bytes = await readDataFile(arg, 1 << 20, (n) => `${n} bytes is too large for a palette file`);
  if (kind === 'cgram') {
    if (bytes.length !== 512) throw new CliFailure(`${arg}: a CGRAM dump is 512 bytes (256 BGR555 colours), this file has ${bytes.length}`);
    return { colors: unwrap(subPalette(paletteFromBgr555(bytes), index, size), arg), source: `cgram:${arg}` };
  }
  const all = unwrap(readPaletteFile(arg, bytes), arg);
  return { colors: unwrap(subPalette(all, index, size), arg), source: `file:${arg}` };
}

export function extractCommand(): Command {
  return new Command('extract')
    .description('write the graphics at an offset as an indexed PNG, and a JSON file beside it for re-insertion')
    .argument('<rom>', 'a ROM (or any file)')
    .argument('<offset>', 'where the graphics start (ROM offset or bus address)')
    .argument('<out.png>', 'the PNG to write; the metadata goes to the same name with .json')
    .addOption(new Option('--hal', 'the data is HAL-compressed (the default)').conflicts('raw'))
    .option('--raw', 'the data is stored uncompressed')
    .addOption(new Option('--bpp <depth>', 'tile format').choices(['2', '4', '8', 'mode7']).default('4'))
    .option('--tiles-per-row <n>', 'picture width in tiles', positiveInt(256), 16)
    .addOption(new Option('--arrangement <size>', 'keep 8×16 or 16×16 sprites whole').choices(['8x8', '8x16', '16x16']).default('8x8'))
    .option('--length <bytes>', 'raw: bytes to read (default 4096); HAL: decoded bytes to use', positiveInt(MAX_ROM_SIZE))
    .option('--palette <source>', 'gray, rom:OFFSET, cgram:FILE (512-byte dump) or file:FILE (.pal, .gpl, .act, JASC, RIFF)', 'gray')
    .option('--palette-index <n>', 'which sub-palette: colours n·16… (4bpp), n·4… (2bpp); from rom:, steps one palette', paletteIndexArg, 0)
    .option('--transparent', 'make colour 0 transparent (tRNS)')
    .option('--json', 'print the metadata as JSON')
    .action(async (romPath: string, offsetText: string, out: string, options: ExtractOptions) => {
      const fileBytes = await readUpToRomSize(romPath);
      const { romOffset, fileOffset, target } = resolveOffset(romPath, fileBytes, offsetText);
      const format: TileFormat = options.bpp === 'mode7' ? 'mode7' : `${options.bpp}bpp`;
      const compression = options.raw ? 'raw' : 'hal';
      const extracted = extractSprite(target.data, {
        romOffset,
        compression,
        format,
        tilesPerRow: options.tilesPerRow,
        arrangement: options.arrangement,
        length: options.length,
      });
      if (!extracted.ok) {
        const e = extracted.error;
        const where = e.code === 'hal' ? ` (${e.reason}, command at file offset ${formatHex(e.at + target.headerSize)})` : '';
        throw new CliFailure(`${romPath}: ${e.message}${where}`);
      }
      const sprite = extracted.value;
      const palette = await loadPalette(options.palette, options.paletteIndex, format, romPath, fileBytes, target.data);
      const colors = fitPalette(palette.colors, colorsPerPalette(format));
      const names = outputNames(out);
      const png = encodeIndexedPng(sprite.image, colors, { transparentIndex0: options.transparent });

      const rom = target.rom;
      const bus = rom ? romOffsetToBus(rom.addressing, romOffset) : undefined;
      const metadata = {
        tool: 'spritepal',
        rom: romPath,
        title: rom ? rom.header.title : null,
        sha256: (await hashRomData(target.data)).sha256,
        romOffset,
        fileOffset,
        snesAddress: bus?.ok ? formatBusAddress(bus.value) : null,
        compression,
        compressedSize: sprite.compressedSize,
        decompressedSize: sprite.decompressedSize,
        bpp: format === 'mode7' ? 8 : Number(options.bpp),
        format,
        tileCount: sprite.tileCount,
        trailingBytes: sprite.trailingBytes,
        tilesPerRow: sprite.image.width / 8,
        arrangement: options.arrangement,
        width: sprite.image.width,
        height: sprite.image.height,
        palette: {
          source: palette.source,
          index: options.paletteIndex,
          romOffset: palette.romOffset ?? null,
          transparentIndex0: !!options.transparent,
          bgr555: colors.map((c) => formatHex(rgbToBgr555(c), 4)),
        },
        png: names.png,
      };
      await writeFileAtomic(names.png, png);
      await writeFileAtomic(names.json, new TextEncoder().encode(JSON.stringify(metadata, null, 2) + '\n'));
      if (options.json) {
        process.stdout.write(JSON.stringify(metadata, null, 2) + '\n');
        return;
      }
      process.stdout.write(
        [
          `Extracted ${sprite.tileCount} ${format} tiles from ${formatHex(romOffset)} (${compression === 'hal' ? `HAL, ${sprite.compressedSize} → ${sprite.decompressedSize} bytes` : `${sprite.compressedSize} raw bytes`})`,
          `Wrote ${names.png} (${sprite.image.width}×${sprite.image.height}) and ${names.json}`,
          ...(sprite.trailingBytes ? [`Note: ${sprite.trailingBytes} bytes after the last whole tile are not in the picture`] : []),
        ].join('\n') + '\n',
      );
    });
}
