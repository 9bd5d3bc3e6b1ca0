/** The extension in VS Code's real extension host, driven through its commands. */
import * as assert from 'assert';
import * as vscode from 'vscode';
import type { SpritePalApi } from '../../src/extension';
import type { OpenRomOutcome } from '../../src/romCommands';
import type { RomFactItem } from '../../src/romTreeView';

const EXTENSION_ID = 'spritepal.spritepal-vscode';

function workspaceUri(...parts: string[]): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  assert.ok(folder, 'the test workspace folder is open');
  return vscode.Uri.joinPath(folder.uri, ...parts);
}

async function romViewItems(api: SpritePalApi): Promise<Map<string, vscode.TreeItem>> {
  const items = (await api.romView.getChildren()) as RomFactItem[];
  return new Map(items.map((item) => [item.key, api.romView.getTreeItem(item)]));
}

describe('SpritePal in the extension host', function () {
  let api: SpritePalApi;

  before(async () => {
    const extension = vscode.extensions.getExtension<SpritePalApi>(EXTENSION_ID);
    assert.ok(extension, `${EXTENSION_ID} is installed`);
    api = await extension.activate();
  });

  afterEach(() => vscode.commands.executeCommand('spritepal.closeRom'));

  it('registers its commands', async () => {
    const commands = await vscode.commands.getCommands(true);
    for (const id of ['spritepal.openRom', 'spritepal.closeRom', 'spritepal.showRomInfo', 'spritepal.openInSpritePal']) {
      assert.ok(commands.includes(id), id);
    }
  });

  it('Open ROM with a URI fills the ROM view with the title and mapping', async () => {
    const outcome = await vscode.commands.executeCommand<OpenRomOutcome>('spritepal.openRom', workspaceUri('Mode1.sfc'));
    assert.ok(outcome.ok, JSON.stringify(outcome));
    const items = await romViewItems(api);
    assert.strictEqual(items.get('title')?.description, 'MODE1');
    assert.strictEqual(items.get('mapping')?.description, 'LoROM · SlowROM');
    assert.strictEqual(items.get('header')?.description, '0x007FC0');
    assert.match(String(items.get('checksum')?.description), /valid$/);
    assert.ok(!items.has('copierHeader'));
    // The identity of the data read through vscode.workspace.fs, against `sha256sum`/`crc32` of the fixture.
    assert.ok(outcome.ok && outcome.facts.sha256 === 'a080347f2aa793f3058cadda32d387ed2d52de1cebda9e67b0c272b062ee1815', outcome.ok ? outcome.facts.sha256 : '');
    assert.strictEqual(items.get('crc32')?.description, 'fa8c5e75');
  });

  it('Close ROM empties both views, so their welcome content shows', async () => {
    await vscode.commands.executeCommand('spritepal.openRom', workspaceUri('Mode1.sfc'));
    assert.ok((await api.romView.getChildren()).length > 0);
    const closed = await vscode.commands.executeCommand<boolean>('spritepal.closeRom');
    assert.strictEqual(closed, true);
    assert.deepStrictEqual(await api.romView.getChildren(), []);
    assert.deepStrictEqual(await api.scanResultsView.getChildren(), []);
  });

  it('Open in SpritePal on a copier-header ROM shows both offsets', async () => {
    const rom = await vscode.workspace.fs.readFile(workspaceUri('Mode1.sfc'));
    const headed = new Uint8Array(512 + rom.length);
    headed.set(rom, 512);
    const uri = workspaceUri('Mode1-copier.smc');
    await vscode.workspace.fs.writeFile(uri, headed);
    try {
      const outcome = await vscode.commands.executeCommand<OpenRomOutcome>('spritepal.openInSpritePal', uri);
      assert.ok(outcome.ok, JSON.stringify(outcome));
      const items = await romViewItems(api);
      assert.strictEqual(items.get('copierHeader')?.description, '512 bytes (skipped)');
      assert.strictEqual(items.get('header')?.description, '0x007FC0 (file 0x0081C0)');
    } finally {
      await vscode.workspace.fs.delete(uri);
    }
  });

  it('a text file is refused with a message naming it, and the open ROM stays open', async () => {
    await vscode.commands.executeCommand('spritepal.openRom', workspaceUri('Mode1.sfc'));
    const outcome = await vscode.commands.executeCommand<OpenRomOutcome>('spritepal.openRom', workspaceUri('notes.txt'));
    assert.ok(!outcome.ok && 'message' in outcome);
    assert.match(outcome.message, /notes\.txt: this is a text file, not a SNES ROM/);
    assert.strictEqual((await romViewItems(api)).get('title')?.description, 'MODE1');
  });

  it('a folder and a missing file are refused with their reason', async () => {
    const folder = await vscode.commands.executeCommand<OpenRomOutcome>('spritepal.openRom', workspaceUri('a-folder'));
    assert.ok(!folder.ok && 'message' in folder && /is a folder, not a ROM file/.test(folder.message));
    const missing = await vscode.commands.executeCommand<OpenRomOutcome>('spritepal.openRom', workspaceUri('missing.sfc'));
    assert.ok(!missing.ok && 'message' in missing && /no such file/.test(missing.message));
    assert.deepStrictEqual(await api.romView.getChildren(), []);
  });

  it('Show ROM Info opens a webview tab titled with the ROM', async () => {
    await vscode.commands.executeCommand('spritepal.openRom', workspaceUri('Mode1.sfc'));
    await vscode.commands.executeCommand('spritepal.showRomInfo');
    const deadline = Date.now() + 10_000;
    let tab: vscode.Tab | undefined;
    while (!tab && Date.now() < deadline) {
      tab = vscode.window.tabGroups.all.flatMap((g) => g.tabs).find((t) => t.input instanceof vscode.TabInputWebview && t.label === 'ROM Info: MODE1');
      if (!tab) await new Promise((r) => setTimeout(r, 100));
    }
    assert.ok(tab, 'a "ROM Info: MODE1" webview tab');
    await vscode.window.tabGroups.close(tab);
  });
});
