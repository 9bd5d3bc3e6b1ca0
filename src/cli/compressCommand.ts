/**
 * `spritepal compress <in> <out>` writes a new stream file, as `inhal -n`; `spritepal compress <in>
 * --into <rom> <offset>` replaces the block at an offset, as inhal does, but only when the new
 * stream fits, after a backup, and by an atomic rename.
 */
import { Command, InvalidArgumentError, Option } from 'commander';
import { compressHal, describeHalFailure, HalLevel, measureBlockSpace, withStreamAt } from '../core/hal';
import { formatHex } from '../core/rom';
import { CliFailure } from './cliFailure';
import { resolveOffset } from './fileOffset';
import { parseWholeNumber } from './numberArgs';
import { readDataFile, readUpToRomSize } from './readRomFile';
import { backUp, writeFileAtomic } from './safeWrite';

interface CompressOptions {
  fast?: boolean;
  optimal?: boolean;
  into?: string;
  maxSize?: number;
  json?: boolean;
}

function parseByteCount(text: string): number {
  const value = parseWholeNumber(text);
  if (!Number.isSafeInteger(value) || value < 1) throw new InvalidArgumentError('give a byte count such as 4096 or 0x1000');
  return value;
}

export function compressCommand(): Command {
  return new Command('compress')
    .description('HAL-compress a file (at most 65,536 bytes) into a new file, or into a ROM at an offset')
    .argument('<in>', 'the uncompressed data')
    .argument('<target>', 'the file to write; with --into, the offset of the block to replace')
    .addOption(new Option('--fast', 'as inhal -fast: fills and plain copies only').conflicts('optimal'))
    .option('--optimal', 'the smallest stream the format allows (default: the same stream as inhal)')
    .option('--into <rom>', 'replace the block at <target> in this ROM (or any file); a backup is kept')
    .option('--max-size <bytes>', 'with --into: room the new stream may take (default: the old block and the 0xFF bytes after it)', parseByteCount)
    .option('--json', 'print one JSON object')
    .action(async (inPath: string, target: string, options: CompressOptions) => {
      const level: HalLevel = options.fast ? 'fast' : options.optimal ? 'optimal' : 'default';
      if (options.maxSize !== undefined && !options.into) throw new CliFailure('--max-size only applies with --into');
      const input = await readDataFile(inPath, 65536, (size) => `${size} bytes is more than HAL compression holds (65,536 bytes)`);
      const packed = compressHal(input, level);
      if (!packed.ok) throw new CliFailure(`${inPath}: ${packed.error.message}`);
      const stream = packed.value;
      const sizes = { inputSize: input.length, compressedSize: stream.length };

      if (!options.into) {
        await writeFileAtomic(target, stream);
        report(options.json, { input: inPath, out: target, level, ...sizes }, [
          `Uncompressed size: ${input.length} bytes`,
          `Compressed size:   ${stream.length} bytes, written to ${target}`,
          `Compression ratio: ${(input.length / stream.length).toFixed(2)}:1`,
        ]);
        return;
      }

      const romPath = options.into;
      const fileBytes = await readUpToRomSize(romPath);
      const { romOffset, fileOffset, target: file } = resolveOffset(romPath, fileBytes, target);
      let maxSize = options.maxSize;
      const measured = measureBlockSpace(file.data, romOffset);
      const space = measured.ok ? measured.value : undefined;
      if (maxSize === undefined) {
        if (!measured.ok) {
          throw new CliFailure(
            `${romPath}: no HAL block at ${formatHex(romOffset)} to replace (${describeHalFailure(measured.error.reason)}); give --max-size to write there anyway`,
          );
        }
        maxSize = measured.value.available;
      }
      const fits = Math.min(maxSize, file.data.length - romOffset);
      if (stream.length > fits) {
        const room = space
          ? `${fits} bytes are available (the old block of ${space.oldBlockSize} bytes and ${space.freeBytesAfter} free bytes after it)`
          : `${fits} bytes are available`;
        throw new CliFailure(
          `${inPath}: the ${level} stream is ${stream.length} bytes, but at ${formatHex(romOffset)} only ${room}; nothing was written`,
        );
      }
      const updated = withStreamAt(fileBytes, fileOffset, stream);
      const backup = await backUp(romPath);
      await writeFileAtomic(romPath, updated);
      report(
        options.json,
        {
          input: inPath,
          rom: romPath,
          romOffset,
          fileOffset,
          level,
          ...sizes,
          maxSize: fits,
          oldBlockSize: space?.oldBlockSize ?? null,
          freeBytesAfter: space?.freeBytesAfter ?? null,
          backup,
        },
        [
          `Uncompressed size: ${input.length} bytes`,
          `Compressed size:   ${stream.length} bytes (${fits} available)`,
          `Inserted at ${formatHex(romOffset)} - ${formatHex(romOffset + stream.length - 1)}${file.headerSize ? ` (file offset ${formatHex(fileOffset)})` : ''}`,
          `Backup:            ${backup}`,
        ],
      );
    });
}

function report(json: boolean | undefined, object: Record<string, unknown>, lines: string[]): void {
  process.stdout.write((json ? JSON.stringify(object, null, 2) : lines.join('\n')) + '\n');
}
