/** Debian's Chromium driven by playwright-core (which never downloads a browser). */
import { Browser, chromium, Page } from 'playwright-core';

export const CHROMIUM = process.env.SPRITEPAL_CHROMIUM ?? '/usr/bin/chromium';

export async function launchBrowser(env: NodeJS.ProcessEnv): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    env: env as Record<string, string>,
    // No background networking: this machine has no internet and Chromium would keep trying.
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--disable-dev-shm-usage',
    ],
  });
}

/** The workbench is ready when its status bar is. */
export async function waitForWorkbench(page: Page): Promise<void> {
  await page.locator('.monaco-workbench .statusbar').waitFor({ state: 'visible', timeout: 90_000 });
}

/**
 * Runs a command from the palette. The palette can open before the extension has registered its
 * commands, so it retries.
 */
export async function runCommand(page: Page, title: string, options: { opensInput?: boolean } = {}): Promise<void> {
  for (let attempt = 0; attempt < 8; attempt++) {
    await page.keyboard.press('F1');
    const input = page.locator('.quick-input-widget input');
    await input.waitFor({ state: 'visible', timeout: 10_000 });
    await input.fill(`>${title}`);
    const option = page.locator('.quick-input-widget [role="option"]', { hasText: title }).first();
    try {
      await option.waitFor({ state: 'visible', timeout: 5_000 });
      await page.keyboard.press('Enter');
      if (!options.opensInput) await page.locator('.quick-input-widget').waitFor({ state: 'hidden', timeout: 10_000 });
      return;
    } catch {
      await page.keyboard.press('Escape');
    }
  }
  throw new Error(`command "${title}" never appeared in the command palette`);
}
