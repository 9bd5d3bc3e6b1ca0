/**
 * The "Scan Results" view: the HAL blocks the last scan found in the open ROM, read through the lock
 * as plain data. With no rows VS Code shows the view's welcome content.
 */
import * as vscode from 'vscode';
import { formatHex } from './core/rom';
import { ManagerRegistry } from './managers/registry';

export interface ScanResultItem {
  readonly romOffset: number;
  readonly compressedSize: number;
  readonly decompressedSize: number;
}

export class ScanResultsTreeProvider implements vscode.TreeDataProvider<ScanResultItem>, vscode.Disposable {
  readonly #changed = new vscode.EventEmitter<void>();
  readonly onDidChangeTreeData = this.#changed.event;
  readonly #subscription: { dispose(): void };

  constructor(private readonly registry: ManagerRegistry) {
    this.#subscription = registry.onDidChangeRom(() => this.#changed.fire());
  }

  refresh(): void {
    this.#changed.fire();
  }

  async getChildren(): Promise<ScanResultItem[]> {
    const blocks = await this.registry.withManagers((m) => m.scanResults());
    return blocks.ok ? blocks.value : [];
  }

  getTreeItem(item: ScanResultItem): vscode.TreeItem {
    const tree = new vscode.TreeItem(formatHex(item.romOffset));
    tree.description = `HAL · ${item.compressedSize} → ${item.decompressedSize} bytes`;
    tree.tooltip = `HAL block at ROM offset ${formatHex(item.romOffset)}: ${item.compressedSize} bytes compressed, ${item.decompressedSize} decoded (${Math.floor(item.decompressedSize / 32)} 4bpp tiles)`;
    tree.iconPath = new vscode.ThemeIcon('file-binary');
    return tree;
  }

  dispose(): void {
    this.#subscription.dispose();
    this.#changed.dispose();
  }
}
