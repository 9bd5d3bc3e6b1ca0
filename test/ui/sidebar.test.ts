/**
 * The packaged extension (.vsix) installed into a real VS Code (code-server), driven like a person
 * would: command palette, file dialog, sidebar, webview. Screenshots go to test-results/screenshots/.
 */
import * as assert from 'assert';
import { cpSync, existsSync, mkdirSync, mkdtempSync, rmSync } from 'fs';
import { join } from 'path';
import { Browser, FrameLocator, Page } from 'playwright-core';
import { launchBrowser, runCommand, waitForWorkbench } from '../support/browser';
import { RunningCodeServer, startCodeServer } from '../support/codeServer';
import { fixturePath, projectRoot } from '../support/fixtures';

const vsix = join(projectRoot, 'dist-vsix', 'spritepal-vscode.vsix');
const screenshots = join(projectRoot, 'test-results', 'screenshots');

describe('SpritePal UI in a real browser', function () {
  let work: string;
  let server: RunningCodeServer;
  let browser: Browser;
  let page: Page;
  let romPath: string;
  let demoPath: string;

  before(async function () {
    this.timeout(300_000);
    assert.ok(existsSync(vsix), `${vsix} exists (npm run package)`);
    mkdirSync(screenshots, { recursive: true });
    work = mkdtempSync('/tmp/sp-ui-');
    const ws = join(work, 'ws');
    mkdirSync(ws);
    romPath = join(ws, 'Mode1.sfc');
    cpSync(fixturePath('roms', 'pvsneslib', 'Mode1.sfc'), romPath);
    demoPath = join(ws, 'spritepal-demo.sfc');
    cpSync(join(projectRoot, 'demo', 'spritepal-demo.sfc'), demoPath);
    server = await startCodeServer({ workspace: ws, vsix });
    browser = await launchBrowser(server.env);
    page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    await page.goto(`${server.url}/?folder=${encodeURIComponent(ws)}`);
    await waitForWorkbench(page);
  });

  afterEach(async function () {
    if (this.currentTest?.state === 'failed' && page) {
      const name = this.currentTest.title.replace(/[^a-z0-9]+/gi, '-').slice(0, 60);
      await page.screenshot({ path: join(screenshots, `failed-${name}.png`) });
    }
  });

  after(async () => {
    await browser?.close();
    await server?.stop();
    if (work) rmSync(work, { recursive: true, force: true });
  });

  async function openRomThroughDialog(path: string, name: string): Promise<void> {
    await runCommand(page, 'SpritePal: Open ROM…', { opensInput: true });
    // VS Code's own file dialog in the browser: a quick input titled as we asked, holding a path.
    await page.locator('.quick-input-widget .quick-input-title', { hasText: 'Open SNES ROM' }).waitFor({ state: 'visible', timeout: 15_000 });
    // It lists the folder asynchronously and then resets its text, so type only once the listing is there.
    await page.locator('.quick-input-widget [role="option"]', { hasText: name }).waitFor({ state: 'visible', timeout: 15_000 });
    const input = page.locator('.quick-input-widget input');
    await input.fill(path);
    assert.strictEqual(await input.inputValue(), path);
    await page.keyboard.press('Enter');
    await page.locator('.quick-input-widget').waitFor({ state: 'hidden', timeout: 15_000 });
  }

  it('opens a ROM from the command palette and shows its facts in the SpritePal sidebar', async () => {
    await openRomThroughDialog(romPath, 'Mode1.sfc');
    const title = page.locator('.monaco-list-row', { hasText: 'Title' }).filter({ hasText: 'MODE1' });
    await title.waitFor({ state: 'visible', timeout: 20_000 });
    const mapping = page.locator('.monaco-list-row', { hasText: 'Mapping' });
    assert.match(await mapping.innerText(), /LoROM/);
    const checksum = page.locator('.monaco-list-row', { hasText: 'Checksum' });
    assert.match(await checksum.innerText(), /valid/);
    await page.screenshot({ path: join(screenshots, 'sidebar-rom-open.png') });
  });

  it('Show ROM Info renders every fact in a webview', async () => {
    await runCommand(page, 'SpritePal: Show ROM Info');
    const frame: FrameLocator = page.frameLocator('iframe.webview.ready').frameLocator('iframe#active-frame');
    await frame.locator('h1').waitFor({ state: 'visible', timeout: 20_000 });
    assert.strictEqual(await frame.locator('h1').innerText(), 'MODE1');
    const table = await frame.locator('table').innerText();
    assert.match(table, /Mapping\s+LoROM/);
    assert.match(table, /SHA-256\s+a080347f2aa793f3058cadda32d387ed2d52de1cebda9e67b0c272b062ee1815/);
    assert.match(table, /valid/);
    await page.screenshot({ path: join(screenshots, 'rom-info-webview.png') });
  });

  it('Close ROM brings back the welcome content with an Open ROM… button', async () => {
    await runCommand(page, 'SpritePal: Close ROM');
    await page.locator('.welcome-view-content', { hasText: 'No ROM is open.' }).waitFor({ state: 'visible', timeout: 20_000 });
    const buttons = page.locator('.welcome-view-content a.monaco-button, .welcome-view-content .monaco-button', { hasText: 'Open ROM…' });
    assert.ok((await buttons.count()) >= 1, 'an "Open ROM…" button in the welcome content');
    await page.screenshot({ path: join(screenshots, 'sidebar-welcome.png') });
  });

  it('Scan ROM lists the HAL blocks of the demo ROM in the Scan Results view', async () => {
    await openRomThroughDialog(demoPath, 'spritepal-demo.sfc');
    await page.locator('.monaco-list-row', { hasText: 'ANIMATEDSPRITE' }).waitFor({ state: 'visible', timeout: 20_000 });
    await runCommand(page, 'SpritePal: Scan ROM for HAL Blocks');
    for (const offset of ['0x010000', '0x020000', '0x028000', '0x030000']) {
      await page.locator('.monaco-list-row', { hasText: offset }).first().waitFor({ state: 'visible', timeout: 30_000 });
    }
    const row = page.locator('.monaco-list-row', { hasText: '0x020000' }).first();
    assert.match(await row.innerText(), /HAL · 1487 → 8192 bytes/);
    // The progress notification closes when the scan has ended.
    await page.locator('.notification-toast', { hasText: 'scanning for HAL blocks' }).waitFor({ state: 'hidden', timeout: 20_000 });
    await page.screenshot({ path: join(screenshots, 'scan-results.png') });
  });
});
