/** The ROM commands: Open ROM…, Open in SpritePal, Close ROM, Show ROM Info. */
import * as vscode from 'vscode';
import { RomFacts } from './core/rom';
import { ManagerRegistry } from './managers/registry';
import { showError } from './notifications';
import { readRomUri, uriLabel } from './romFileReader';
import { RomInfoPanel } from './webviews/romInfoPanel';

/** What Open ROM returns to a caller (tests, other commands): plain data only. */
export type OpenRomOutcome =
  | { readonly ok: true; readonly facts: RomFacts }
  | { readonly ok: false; readonly message: string }
  | { readonly ok: false; readonly cancelled: true };

const ROM_FILTERS = { 'SNES ROMs': ['sfc', 'smc', 'swc', 'fig'], 'All files': ['*'] };

export interface RomCommandDeps {
  readonly registry: ManagerRegistry;
  readonly log: vscode.LogOutputChannel;
  readonly extensionUri: vscode.Uri;
}

export async function openRom(deps: RomCommandDeps, uri: vscode.Uri | undefined): Promise<OpenRomOutcome> {
  if (!uri) {
    const picked = await vscode.window.showOpenDialog({ canSelectMany: false, filters: ROM_FILTERS, title: 'Open SNES ROM' });
    if (!picked || picked.length === 0) return { ok: false, cancelled: true };
    uri = picked[0];
  }
  const label = uriLabel(uri);
  const outcome = await vscode.window.withProgress(
    { location: vscode.ProgressLocation.Window, title: `Opening ${label}` },
    async (): Promise<OpenRomOutcome> => {
      const bytes = await readRomUri(uri!);
      if (!bytes.ok) return { ok: false, message: bytes.error };
      const opened = await deps.registry.openRom({ path: label, bytes: bytes.value });
      return opened.ok ? { ok: true, facts: opened.value } : { ok: false, message: opened.error.message };
    },
  );
  if (outcome.ok) {
    const f = outcome.facts;
    deps.log.info(`Opened ${label}: "${f.title}", ${f.mapping}, ${f.romSize} bytes, checksum ${f.checksumValid ? 'valid' : 'invalid'}`);
    for (const w of f.warnings) deps.log.warn(`${label}: ${w}`);
    await vscode.commands.executeCommand('workbench.view.extension.spritepal');
  } else if (!('cancelled' in outcome)) {
    showError(deps.log, `SpritePal could not open the ROM. ${outcome.message}`);
  }
  return outcome;
}

export function registerRomCommands(deps: RomCommandDeps): vscode.Disposable[] {
  return [
    vscode.commands.registerCommand('spritepal.openRom', (uri?: unknown) => openRom(deps, uri instanceof vscode.Uri ? uri : undefined)),
    vscode.commands.registerCommand('spritepal.openInSpritePal', (uri?: unknown) => {
      const target = uri instanceof vscode.Uri ? uri : vscode.window.activeTextEditor?.document.uri;
      return openRom(deps, target);
    }),
    vscode.commands.registerCommand('spritepal.closeRom', async () => {
      const closed = await deps.registry.closeRom();
      if (closed) deps.log.info('Closed the ROM');
      return closed;
    }),
    vscode.commands.registerCommand('spritepal.showRomInfo', async () => {
      const facts = await deps.registry.romFacts();
      if (!facts.ok) {
        void vscode.window.showInformationMessage(facts.error.message);
        return;
      }
      RomInfoPanel.show(deps.extensionUri, deps.registry, deps.log);
    }),
  ];
}
