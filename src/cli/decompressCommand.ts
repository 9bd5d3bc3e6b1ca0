/** `spritepal decompress <file> <offset> <out>`: exhal, in-process, with the reason when it fails. */
import { Command } from 'commander';
import { decodeHal, describeHalFailure, HalDecodeMode } from '../core/hal';
import { formatHex } from '../core/rom';
import { CliFailure } from './cliFailure';
import { resolveOffset } from './fileOffset';
import { readUpToRomSize } from './readRomFile';
import { writeFileAtomic } from './safeWrite';

export function decompressCommand(): Command {
  return new Command('decompress')
    .description('decompress the HAL stream at an offset of any file (a ROM, or a raw stream) into a new file')
    .argument('<file>', 'a ROM or any file holding HAL-compressed data')
    .argument('<offset>', 'where the stream starts: a ROM offset in a ROM (or a bus address), a file offset otherwise')
    .argument('<out>', 'file to write the decompressed bytes to (not written when decompression fails)')
    .option('--strict', 'also refuse streams no encoder writes (copies from unwritten output, command 7)')
    .option('--json', 'print one JSON object')
    .action(async (path: string, offsetText: string, outPath: string, options: { strict?: boolean; json?: boolean }) => {
      const fileBytes = await readUpToRomSize(path);
      const { romOffset, fileOffset, target } = resolveOffset(path, fileBytes, offsetText);
      const mode: HalDecodeMode = options.strict ? 'strict' : 'exhal';
      const r = decodeHal(target.data, romOffset, { mode });
      const where = target.headerSize ? `ROM offset ${formatHex(romOffset)} (file offset ${formatHex(fileOffset)})` : formatHex(romOffset);
      if (!r.ok) {
        const at = r.at + target.headerSize;
        throw new CliFailure(
          `${path}: no valid HAL stream at ${where}: ${describeHalFailure(r.reason)} (${r.reason}, command at file offset ${formatHex(at)}, ${r.produced} bytes decoded before it)`,
        );
      }
      const strictCheck = options.strict ? r : decodeHal(target.data, romOffset, { mode: 'strict' });
      await writeFileAtomic(outPath, r.data);
      if (options.json) {
        const json = {
          path,
          romOffset,
          fileOffset,
          mode,
          out: outPath,
          compressedSize: r.compressedSize,
          decompressedSize: r.data.length,
          strictValid: strictCheck.ok,
          commands: r.commands,
        };
        process.stdout.write(JSON.stringify(json, null, 2) + '\n');
        return;
      }
      process.stdout.write(
        [
          `Compressed size:   ${r.compressedSize} bytes (${where} to ${formatHex(romOffset + r.compressedSize - 1)})`,
          `Decompressed size: ${r.data.length} bytes, written to ${outPath}`,
          `Compression ratio: ${(r.data.length / r.compressedSize).toFixed(2)}:1`,
        ].join('\n') + '\n',
      );
      if (!strictCheck.ok) {
        process.stderr.write(
          `warning: strict decoding refuses this stream (${describeHalFailure(strictCheck.reason)}): it may not be real compressed data\n`,
        );
      }
    });
}
