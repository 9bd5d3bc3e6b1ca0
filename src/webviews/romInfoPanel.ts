/** Host side of the "ROM Info" webview: all facts of the open ROM, kept current as ROMs open and close. */
import * as vscode from 'vscode';
import { ManagerRegistry } from '../managers/registry';
import { parseRomInfoWebviewMessage, RomInfoHostMessage } from './protocol';
import { webviewHtml, webviewResourceRoots } from './webviewHtml';

export class RomInfoPanel {
  static readonly viewType = 'spritepal.romInfo';
  static #current: RomInfoPanel | undefined;

  readonly #panel: vscode.WebviewPanel;
  readonly #disposables: vscode.Disposable[] = [];

  static show(extensionUri: vscode.Uri, registry: ManagerRegistry, log: vscode.LogOutputChannel): void {
    if (RomInfoPanel.#current) {
      RomInfoPanel.#current.#panel.reveal();
      return;
    }
    RomInfoPanel.#current = new RomInfoPanel(extensionUri, registry, log);
  }

  static disposeCurrent(): void {
    const current = RomInfoPanel.#current;
    if (current) current.#panel.dispose();
  }

  private constructor(extensionUri: vscode.Uri, private readonly registry: ManagerRegistry, private readonly log: vscode.LogOutputChannel) {
    this.#panel = vscode.window.createWebviewPanel(RomInfoPanel.viewType, 'ROM Info', vscode.ViewColumn.Active, {
      enableScripts: true,
      localResourceRoots: webviewResourceRoots(extensionUri),
    });
    this.#panel.webview.html = webviewHtml(this.#panel.webview, extensionUri, { title: 'ROM Info', script: 'romInfo', style: 'romInfo' });
    this.#disposables.push(
      this.#panel.webview.onDidReceiveMessage((raw: unknown) => this.#onMessage(raw)),
      { dispose: registry.onDidChangeRom(() => void this.#sendFacts()).dispose },
      this.#panel.onDidDispose(() => this.#dispose()),
    );
  }

  async #onMessage(raw: unknown): Promise<void> {
    const parsed = parseRomInfoWebviewMessage(raw);
    if (!parsed.ok) {
      this.log.warn(`ROM Info webview sent a malformed message (${parsed.reason}); ignored`);
      return;
    }
    const message = parsed.message;
    switch (message.type) {
      case 'ready':
        await this.#sendFacts();
        break;
      case 'copy':
        await vscode.env.clipboard.writeText(message.text);
        vscode.window.setStatusBarMessage(`Copied ${message.label}`, 2000);
        break;
    }
  }

  async #sendFacts(): Promise<void> {
    const facts = await this.registry.romFacts();
    const message: RomInfoHostMessage = facts.ok ? { type: 'romFacts', facts: facts.value } : { type: 'noRom' };
    this.#panel.title = facts.ok ? `ROM Info: ${facts.value.title || 'untitled'}` : 'ROM Info';
    await this.#panel.webview.postMessage(message);
  }

  #dispose(): void {
    RomInfoPanel.#current = undefined;
    for (const d of this.#disposables.splice(0)) d.dispose();
  }
}
