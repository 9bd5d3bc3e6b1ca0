/** Scans, previews and closing the ROM in the middle of them, through the extension's commands. */
import * as assert from 'assert';
import * as vscode from 'vscode';
import type { SpritePalApi } from '../../src/extension';
import type { ScanResultItem } from '../../src/scanResultsTreeView';
import type { ScanCommandOutcome } from '../../src/scanCommand';
import type { PreviewAnswer } from '../../src/previewService';

const EXTENSION_ID = 'spritepal.spritepal-vscode';

function workspaceUri(name: string): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  assert.ok(folder, 'the test workspace folder is open');
  return vscode.Uri.joinPath(folder.uri, name);
}

const preview = (args: unknown): Thenable<PreviewAnswer | { ok: false; code: string; message: string }> =>
  vscode.commands.executeCommand('spritepal.previewAt', args);

async function until(condition: () => boolean, what: string, ms = 20_000): Promise<void> {
  const end = Date.now() + ms;
  while (!condition()) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
}

describe('SpritePal lifecycle in the extension host', function () {
  let api: SpritePalApi;

  before(async () => {
    const extension = vscode.extensions.getExtension<SpritePalApi>(EXTENSION_ID);
    assert.ok(extension);
    api = await extension.activate();
  });

  afterEach(() => vscode.commands.executeCommand('spritepal.closeRom'));

  it('Scan ROM finds the HAL blocks and lists them in the Scan Results view', async () => {
    await vscode.commands.executeCommand('spritepal.openRom', workspaceUri('hal-demo.sfc'));
    const outcome = await vscode.commands.executeCommand<ScanCommandOutcome>('spritepal.scanRom');
    assert.deepStrictEqual(outcome, { status: 'completed', blocks: 3 });
    const items = (await api.scanResultsView.getChildren()) as ScanResultItem[];
    assert.deepStrictEqual(
      items.map((i) => i.romOffset),
      [0x20000, 0x48000, 0x90000],
    );
    assert.strictEqual(api.scanResultsView.getTreeItem(items[0]).label, '0x020000');
    const answer = await preview({ romOffset: 0x20000 });
    assert.ok(answer.ok && 'width' in answer && answer.width === 128 && answer.decompressedSize === 4096, JSON.stringify(answer).slice(0, 200));
  });

  it('closing the ROM during a scan and a burst of previews: no error, empty results, "no ROM open" after', async () => {
    const errorsBefore = api.errorNotificationsShown();
    await vscode.commands.executeCommand('spritepal.openRom', workspaceUri('big-noise.sfc'));
    const scan = vscode.commands.executeCommand<ScanCommandOutcome>('spritepal.scanRom');
    await until(() => api.liveResources().workers > 0, 'the scan workers to start');

    const answers: Array<Thenable<unknown>> = [];
    let closed: Thenable<unknown> | undefined;
    for (let i = 0; i < 60; i++) {
      answers.push(preview({ romOffset: (i * 0x10003) % 0x400000, compression: i % 3 ? 'hal' : 'raw', panel: `burst-${i % 2}` }));
      if (i === 30) closed = vscode.commands.executeCommand('spritepal.closeRom');
      if (i % 10 === 0) await new Promise((resolve) => setTimeout(resolve, 1));
    }
    assert.strictEqual(await closed, true);
    const settled = (await Promise.all(answers)) as Array<{ ok: boolean; code?: string; reason?: string }>;
    for (const a of settled) {
      assert.ok(a.ok || ['noRomOpen', 'stale', 'superseded'].includes(String(a.code)) || typeof a.reason === 'string', JSON.stringify(a).slice(0, 200));
    }
    assert.ok(settled.some((a) => !a.ok && a.code === 'noRomOpen'), 'requests after the close were answered "no ROM open"');

    const outcome = await scan;
    assert.ok(outcome.status === 'cancelled', JSON.stringify(outcome));
    assert.deepStrictEqual(await api.scanResultsView.getChildren(), []);
    const after = await preview({ romOffset: 0x1000 });
    assert.deepStrictEqual(after, { ok: false, code: 'noRomOpen', message: 'No ROM is open.' });
    assert.strictEqual(api.errorNotificationsShown(), errorsBefore, 'an error notification was shown');
    const live = api.liveResources();
    assert.deepStrictEqual({ workers: live.workers, timers: live.timers, scans: live.scans }, { workers: 0, timers: 0, scans: 0 });
  });

  it('a malformed preview request gets a clear answer, not an exception', async () => {
    const answer = await preview({ romOffset: -5 });
    assert.deepStrictEqual(answer, { ok: false, code: 'badRequest', message: 'romOffset must be a whole number ≥ 0' });
    const missing = await preview(undefined);
    assert.ok(!missing.ok && 'code' in missing && missing.code === 'badRequest');
  });
});
