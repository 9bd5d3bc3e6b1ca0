/** `spritepal info <rom> [--json]`: what the ROM's header says and what its data really is. */
import { Command } from 'commander';
import { describeRomFile, formatHex, RomFacts } from '../core/rom';
import { CliFailure } from './cliFailure';
import { readRomFile } from './readRomFile';

function hex(value: number, digits: number): string {
  return formatHex(value, digits);
}

function formatFacts(f: RomFacts): string {
  const rows: Array<[string, string]> = [
    ['File', `${f.path} (${f.fileSize} bytes${f.copierHeader ? ', 512-byte copier header' : ''})`],
    ['Title', f.title || '(blank)'],
    ['Mapping', `${f.mapping} (map mode ${hex(f.mapMode, 2)}, ${f.fastRom ? 'FastROM' : 'SlowROM'})`],
    ['Header', `ROM offset ${hex(f.headerOffset, 6)}${f.copierHeader ? ` (file offset ${hex(f.headerFileOffset, 6)})` : ''}`],
    ['Chipset', `${f.chipset} (${hex(f.chipsetCode, 2)})`],
    ['ROM size', `${f.romSizeKiB} KiB in header, ${f.romSize / 1024} KiB of data`],
    ['SRAM', f.sramSizeKiB ? `${f.sramSizeKiB} KiB` : 'none'],
    ['Region', `${f.region} (${hex(f.regionCode, 2)})`],
    ['Version', `1.${f.version}`],
    [
      'Checksum',
      `${hex(f.checksum, 4)} (complement ${hex(f.checksumComplement, 4)}), computed ${hex(f.checksumComputed, 4)}: ${f.checksumValid ? 'valid' : 'INVALID'}`,
    ],
    ['SHA-256', f.sha256],
    ['CRC32', f.crc32],
  ];
  const lines = rows.map(([k, v]) => `${k.padEnd(9)} ${v}`);
  for (const w of f.warnings) lines.push(`Warning: ${w}`);
  return lines.join('\n');
}

export function infoCommand(): Command {
  return new Command('info')
    .description('show the facts of a SNES ROM: header, mapping, checksum and hashes')
    .argument('<rom>', 'ROM file (.sfc, .smc, …; a 512-byte copier header is detected by size)')
    .option('--json', 'print one JSON object')
    .action(async (romPath: string, options: { json?: boolean }) => {
      const described = await describeRomFile(romPath, await readRomFile(romPath));
      if (!described.ok) throw new CliFailure(`${romPath}: ${described.error.message}`);
      process.stdout.write((options.json ? JSON.stringify(described.facts, null, 2) : formatFacts(described.facts)) + '\n');
    });
}
