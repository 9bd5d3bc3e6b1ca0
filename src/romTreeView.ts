/** The "ROM" view: the open ROM's facts, one row each, read from the registry as plain data. */
import * as vscode from 'vscode';
import { formatHex, RomFacts } from './core/rom';
import { ManagerRegistry } from './managers/registry';

export interface RomFactItem {
  /** Stable key tests and menus can rely on. */
  readonly key: string;
  readonly label: string;
  readonly value: string;
  readonly icon: string;
  readonly iconColor?: string;
  readonly tooltip?: string;
}

export function romFactItems(f: RomFacts): RomFactItem[] {
  const items: RomFactItem[] = [
    { key: 'title', label: 'Title', value: f.title || '(blank)', icon: 'symbol-string', tooltip: f.path },
    {
      key: 'mapping',
      label: 'Mapping',
      value: `${f.mapping} · ${f.fastRom ? 'FastROM' : 'SlowROM'}`,
      icon: 'circuit-board',
      tooltip: `Map mode ${formatHex(f.mapMode, 2)}`,
    },
    {
      key: 'header',
      label: 'Header',
      value: formatHex(f.headerOffset) + (f.copierHeader ? ` (file ${formatHex(f.headerFileOffset)})` : ''),
      icon: 'symbol-field',
      tooltip: f.copierHeader ? 'ROM offset of the internal header; the file has a 512-byte copier header' : 'ROM offset of the internal header',
    },
    { key: 'chipset', label: 'Chipset', value: f.chipset, icon: 'chip' },
    { key: 'romSize', label: 'ROM size', value: `${f.romSize / 1024} KiB`, icon: 'database', tooltip: `Header says ${f.romSizeKiB} KiB` },
    { key: 'sram', label: 'SRAM', value: f.sramSizeKiB ? `${f.sramSizeKiB} KiB` : 'none', icon: 'save' },
    { key: 'region', label: 'Region', value: f.region, icon: 'globe' },
    {
      key: 'checksum',
      label: 'Checksum',
      value: `${formatHex(f.checksum, 4)} ${f.checksumValid ? 'valid' : `invalid (computed ${formatHex(f.checksumComputed, 4)})`}`,
      icon: f.checksumValid ? 'pass' : 'warning',
      iconColor: f.checksumValid ? 'testing.iconPassed' : 'problemsWarningIcon.foreground',
    },
    { key: 'crc32', label: 'CRC32', value: f.crc32, icon: 'symbol-key', tooltip: `SHA-256 ${f.sha256}` },
  ];
  if (f.copierHeader) items.splice(3, 0, { key: 'copierHeader', label: 'Copier header', value: '512 bytes (skipped)', icon: 'file-binary' });
  return items;
}

export class RomTreeProvider implements vscode.TreeDataProvider<RomFactItem>, vscode.Disposable {
  readonly #changed = new vscode.EventEmitter<void>();
  readonly onDidChangeTreeData = this.#changed.event;
  readonly #subscription: { dispose(): void };

  constructor(private readonly registry: ManagerRegistry) {
    this.#subscription = registry.onDidChangeRom(() => this.#changed.fire());
  }

  async getChildren(element?: RomFactItem): Promise<RomFactItem[]> {
    if (element) return [];
    const facts = await this.registry.romFacts();
    return facts.ok ? romFactItems(facts.value) : [];
  }

  getTreeItem(item: RomFactItem): vscode.TreeItem {
    const treeItem = new vscode.TreeItem(item.label, vscode.TreeItemCollapsibleState.None);
    treeItem.id = item.key;
    treeItem.description = item.value;
    treeItem.tooltip = item.tooltip ? `${item.value}\n${item.tooltip}` : item.value;
    treeItem.iconPath = new vscode.ThemeIcon(item.icon, item.iconColor ? new vscode.ThemeColor(item.iconColor) : undefined);
    treeItem.contextValue = `romFact.${item.key}`;
    return treeItem;
  }

  dispose(): void {
    this.#subscription.dispose();
    this.#changed.dispose();
  }
}
