/** Opens the ROM named by `spritepal.openRomOnStartup` (the demo workspace uses it). */
import * as vscode from 'vscode';
import { openRom, RomCommandDeps } from './romCommands';

export async function openStartupRom(deps: RomCommandDeps): Promise<void> {
  const folder = vscode.workspace.workspaceFolders?.[0];
  const relative = vscode.workspace.getConfiguration('spritepal', folder).get<string>('openRomOnStartup', '').trim();
  if (!folder || !relative) return;
  await openRom(deps, vscode.Uri.joinPath(folder.uri, relative));
}
