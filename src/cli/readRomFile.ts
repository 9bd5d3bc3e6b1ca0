/** The CLI reads files with Node's fs; the extension uses vscode.workspace.fs instead. */
import { promises as fs } from 'fs';
import { COPIER_HEADER_SIZE, MAX_ROM_SIZE } from '../core/rom';
import { CliFailure } from './cliFailure';

export function describeFsError(path: string, e: unknown): CliFailure {
  const code = (e as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return new CliFailure(`${path}: no such file`);
  if (code === 'EACCES' || code === 'EPERM') return new CliFailure(`${path}: cannot be read (permission denied)`);
  if (code === 'EISDIR') return new CliFailure(`${path}: is a folder, not a ROM file`);
  return new CliFailure(`${path}: cannot be read (${(e as Error).message})`);
}

/** Reads a file of at most `maxBytes`, refusing folders and oversized files before reading them. */
async function readCapped(path: string, maxBytes: number, tooLarge: (size: number) => string, folder: string): Promise<Uint8Array> {
  try {
    const stat = await fs.stat(path);
    if (stat.isDirectory()) throw new CliFailure(`${path}: ${folder}`);
    if (stat.size > maxBytes) throw new CliFailure(`${path}: ${tooLarge(stat.size)}`);
    return new Uint8Array(await fs.readFile(path));
  } catch (e) {
    throw e instanceof CliFailure ? e : describeFsError(path, e);
  }
}

/** Reads a file that should be a ROM. */
export function readRomFile(path: string): Promise<Uint8Array> {
  return readCapped(
    path,
    MAX_ROM_SIZE + COPIER_HEADER_SIZE,
    (size) => `${(size / 1048576).toFixed(2)} MiB is too large for a SNES ROM (at most 16 MiB)`,
    'is a folder, not a ROM file',
  );
}

/** Reads any file of at most `maxBytes` (codec input, raw streams, palettes). */
export function readDataFile(path: string, maxBytes: number, tooLarge: (size: number) => string): Promise<Uint8Array> {
  return readCapped(path, maxBytes, tooLarge, 'is a folder, not a file');
}

/** Reads any file no larger than a SNES ROM can be: a ROM, or a raw stream the codec commands work on. */
export function readUpToRomSize(path: string): Promise<Uint8Array> {
  return readDataFile(path, MAX_ROM_SIZE + COPIER_HEADER_SIZE, (size) => `${size} bytes is larger than any SNES ROM`);
}
