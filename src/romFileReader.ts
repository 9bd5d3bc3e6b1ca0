/** Reads a ROM through vscode.workspace.fs, so remote and virtual workspaces work too. */
import * as vscode from 'vscode';
import { COPIER_HEADER_SIZE, MAX_ROM_SIZE } from './core/rom';
import { err, ok, Result } from './core/result';

export function uriLabel(uri: vscode.Uri): string {
  return uri.scheme === 'file' ? uri.fsPath : uri.toString(true);
}

function describeFsError(label: string, e: unknown): string {
  if (e instanceof vscode.FileSystemError) {
    switch (e.code) {
      case 'FileNotFound': return `${label}: no such file`;
      case 'NoPermissions': return `${label}: cannot be read (permission denied)`;
      case 'FileIsADirectory': return `${label}: is a folder, not a ROM file`;
      case 'Unavailable': return `${label}: the file system is unavailable`;
    }
  }
  return `${label}: cannot be read (${(e as Error)?.message ?? String(e)})`;
}

export async function readRomUri(uri: vscode.Uri): Promise<Result<Uint8Array, string>> {
  const label = uriLabel(uri);
  try {
    const stat = await vscode.workspace.fs.stat(uri);
    if (stat.type & vscode.FileType.Directory) return err(`${label}: is a folder, not a ROM file`);
    if (stat.size > MAX_ROM_SIZE + COPIER_HEADER_SIZE) {
      return err(`${label}: ${(stat.size / 1048576).toFixed(2)} MiB is too large for a SNES ROM (at most 16 MiB)`);
    }
    return ok(await vscode.workspace.fs.readFile(uri));
  } catch (e) {
    return err(describeFsError(label, e));
  }
}
