/**
 * Files the CLI writes: always through a temporary file in the same folder and a rename, so a
 * crash or a full disk never leaves half a file; a file that is changed in place gets a backup
 * first.
 */
import { constants, promises as fs } from 'fs';
import { basename, dirname, join } from 'path';
import { CliFailure } from './cliFailure';
import { describeFsError } from './readRomFile';

export async function writeFileAtomic(path: string, bytes: Uint8Array): Promise<void> {
  const temp = join(dirname(path), `.${basename(path)}.${process.pid}.${Date.now()}.tmp`);
  try {
    const handle = await fs.open(temp, 'wx');
    try {
      await handle.writeFile(bytes);
      await handle.sync();
    } finally {
      await handle.close();
    }
    await fs.rename(temp, path);
  } catch (e) {
    await fs.rm(temp, { force: true });
    throw e instanceof CliFailure ? e : describeWriteError(path, e);
  }
}

/** Copies `path` to a new `<path>.<timestamp>.bak` (never overwriting one) and returns its name. */
export async function backUp(path: string): Promise<string> {
  const stamp = new Date().toISOString().replace(/[-:]/g, '').replace(/\..*$/, '');
  for (let n = 0; n < 100; n++) {
    const backup = `${path}.${stamp}${n ? `-${n}` : ''}.bak`;
    try {
      await fs.copyFile(path, backup, constants.COPYFILE_EXCL);
      return backup;
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw describeWriteError(backup, e);
    }
  }
  throw new CliFailure(`${path}: could not find a free name for the backup`);
}

function describeWriteError(path: string, e: unknown): CliFailure {
  const code = (e as NodeJS.ErrnoException).code;
  if (code === 'ENOSPC') return new CliFailure(`${path}: cannot be written (the disk is full)`);
  if (code === 'EACCES' || code === 'EPERM' || code === 'EROFS') return new CliFailure(`${path}: cannot be written (permission denied)`);
  if (code === 'ENOENT') return new CliFailure(`${path}: cannot be written (no such folder)`);
  return describeFsError(path, e);
}
