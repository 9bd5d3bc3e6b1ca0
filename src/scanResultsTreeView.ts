/**
 * The "Scan Results" view. Until a scan has run for the open ROM it has no rows, and VS Code shows the
 * view's welcome content (an "Open ROM…" button while no ROM is open).
 */
import * as vscode from 'vscode';
import { ManagerRegistry } from './managers/registry';

export interface ScanResultItem {
  readonly romOffset: number;
  readonly label: string;
}

export class ScanResultsTreeProvider implements vscode.TreeDataProvider<ScanResultItem>, vscode.Disposable {
  readonly #changed = new vscode.EventEmitter<void>();
  readonly onDidChangeTreeData = this.#changed.event;
  readonly #subscription: { dispose(): void };

  constructor(registry: ManagerRegistry) {
    this.#subscription = registry.onDidChangeRom(() => this.#changed.fire());
  }

  getChildren(): ScanResultItem[] {
    // No scanner yet: the scan manager (a later issue) supplies the rows.
    return [];
  }

  getTreeItem(item: ScanResultItem): vscode.TreeItem {
    return new vscode.TreeItem(item.label);
  }

  dispose(): void {
    this.#subscription.dispose();
    this.#changed.dispose();
  }
}
