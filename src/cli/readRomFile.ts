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

/** Reads a file that should be a ROM, refusing folders and oversized files before reading them. */
export async function readRomFile(path: string): Promise<Uint8Array> {
  try {
    const stat = await fs.stat(path);
    if (stat.isDirectory()) throw new CliFailure(`${path}: is a folder, not a ROM file`);
    if (stat.size > MAX_ROM_SIZE + COPIER_HEADER_SIZE) {
      throw new CliFailure(`${path}: ${(stat.size / 1048576).toFixed(2)} MiB is too large for a SNES ROM (at most 16 MiB)`);
    }
    return new Uint8Array(await fs.readFile(path));
  } catch (e) {
    throw e instanceof CliFailure ? e : describeFsError(path, e);
  }
}

/** Reads any file of at most `maxBytes` (codec input, raw streams), refusing folders first. */
export async function readDataFile(path: string, maxBytes: number, tooLarge: (size: number) => string): Promise<Uint8Array> {
  try {
    const stat = await fs.stat(path);
    if (stat.isDirectory()) throw new CliFailure(`${path}: is a folder, not a file`);
    if (stat.size > maxBytes) throw new CliFailure(`${path}: ${tooLarge(stat.size)}`);
    return new Uint8Array(await fs.readFile(path));
  } catch (e) {
    throw e instanceof CliFailure ? e : describeFsError(path, e);
  }
}
