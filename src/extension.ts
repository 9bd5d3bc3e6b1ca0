/** Composition root: builds the registry, registers the views and commands, and tears them down. */
import * as vscode from 'vscode';
import { ManagerRegistry } from './managers/registry';
import { registerRomCommands } from './romCommands';
import { RomTreeProvider } from './romTreeView';
import { ScanResultsTreeProvider } from './scanResultsTreeView';
import { openStartupRom } from './startupRom';
import { RomInfoPanel } from './webviews/romInfoPanel';

/** What activate() hands to tests: the views' data providers, which serve plain data only. */
export interface SpritePalApi {
  readonly romView: RomTreeProvider;
  readonly scanResultsView: ScanResultsTreeProvider;
}

let registry: ManagerRegistry | undefined;

export function activate(context: vscode.ExtensionContext): SpritePalApi {
  const log = vscode.window.createOutputChannel('SpritePal', { log: true });
  registry = new ManagerRegistry();
  const deps = { registry, log, extensionUri: context.extensionUri };
  const romView = new RomTreeProvider(registry);
  const scanResultsView = new ScanResultsTreeProvider(registry);
  const romOpenContext = registry.onDidChangeRom((facts) => {
    void vscode.commands.executeCommand('setContext', 'spritepal.romOpen', facts !== undefined);
  });
  context.subscriptions.push(
    log,
    romView,
    scanResultsView,
    { dispose: romOpenContext.dispose },
    vscode.window.createTreeView('spritepal.romView', { treeDataProvider: romView }),
    vscode.window.createTreeView('spritepal.scanResultsView', { treeDataProvider: scanResultsView }),
    ...registerRomCommands(deps),
  );
  void vscode.commands.executeCommand('setContext', 'spritepal.romOpen', false);
  void openStartupRom(deps);
  log.info(`SpritePal activated (VS Code ${vscode.version})`);
  return { romView, scanResultsView };
}

export async function deactivate(): Promise<void> {
  RomInfoPanel.disposeCurrent();
  await registry?.dispose();
  registry = undefined;
}
