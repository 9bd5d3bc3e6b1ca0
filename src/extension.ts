/** Composition root: builds the registry, registers the views and commands, and tears them down. */
import * as vscode from 'vscode';
import { LiveResources, ManagerRegistry } from './managers/registry';
import { errorNotificationsShown } from './notifications';
import { registerPreviewCommand } from './previewCommand';
import { PreviewService } from './previewService';
import { registerRomCommands } from './romCommands';
import { RomTreeProvider } from './romTreeView';
import { scanRom } from './scanCommand';
import { ScanResultsTreeProvider } from './scanResultsTreeView';
import { openStartupRom } from './startupRom';
import { RomInfoPanel } from './webviews/romInfoPanel';

/** What activate() hands to tests: the views' data providers and counters, plain data only. */
export interface SpritePalApi {
  readonly romView: RomTreeProvider;
  readonly scanResultsView: ScanResultsTreeProvider;
  errorNotificationsShown(): number;
  liveResources(): LiveResources;
}

let registry: ManagerRegistry | undefined;
let previews: PreviewService | undefined;

export function activate(context: vscode.ExtensionContext): SpritePalApi {
  const log = vscode.window.createOutputChannel('SpritePal', { log: true });
  const owned = new ManagerRegistry();
  registry = owned;
  previews = new PreviewService(owned);
  const deps = { registry: owned, log, extensionUri: context.extensionUri };
  const romView = new RomTreeProvider(owned);
  const scanResultsView = new ScanResultsTreeProvider(owned);
  const romOpenContext = owned.onDidChangeRom((facts) => {
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
    vscode.commands.registerCommand('spritepal.scanRom', () => scanRom({ ...deps, scanFinished: () => scanResultsView.refresh() })),
    registerPreviewCommand(previews),
  );
  void vscode.commands.executeCommand('setContext', 'spritepal.romOpen', false);
  void openStartupRom(deps);
  log.info(`SpritePal activated (VS Code ${vscode.version})`);
  return { romView, scanResultsView, errorNotificationsShown, liveResources: () => owned.liveResources };
}

/** Previews, scans, panels and the registry end here, under the registry's lock; nothing runs after. */
export async function deactivate(): Promise<void> {
  RomInfoPanel.disposeCurrent();
  await previews?.dispose();
  await registry?.dispose();
  previews = undefined;
  registry = undefined;
}
