/**
 * Runs the integration suite inside the extension host of a real VS Code (code-server): a headless
 * Chromium opens the workbench with the development and tests paths in its payload, and the exit code
 * comes back through window.codeAutomationExit.
 */
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'fs';
import { join } from 'path';
import { launchBrowser } from '../support/browser';
import { ensureVscodeSetup, startCodeServer } from '../support/codeServer';
import { projectRoot } from '../support/fixtures';
import { makeIntegrationWorkspace } from './workspace';

const TIMEOUT_MS = 10 * 60_000;

async function run(): Promise<number> {
  ensureVscodeSetup();
  const work = mkdtempSync('/tmp/sp-it-');
  const logFile = join(work, 'extension-tests.log');
  writeFileSync(logFile, '');
  const ws = makeIntegrationWorkspace(work);
  const server = await startCodeServer({ workspace: ws, smokeTestDriver: true, env: { EXT_TEST_LOG: logFile } });
  const browser = await launchBrowser(server.env);
  let exitCode = 1;
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    const exited = new Promise<number>((resolve) => {
      void page.exposeFunction('codeAutomationExit', (code: number) => resolve(code));
    });
    const remote = (path: string) => `vscode-remote://127.0.0.1:${server.port}${path}`;
    const payload = [
      ['extensionDevelopmentPath', remote(projectRoot)],
      ['extensionTestsPath', remote(join(projectRoot, 'out', 'test', 'integration', 'index.js'))],
    ];
    const started = Date.now();
    await page.goto(`${server.url}/?folder=${encodeURIComponent(ws)}&payload=${encodeURIComponent(JSON.stringify(payload))}`);
    const timeout = new Promise<number>((resolve) => setTimeout(() => resolve(-1), TIMEOUT_MS).unref());
    exitCode = await Promise.race([exited, timeout]);
    if (exitCode === -1) console.error(`the extension host did not finish within ${TIMEOUT_MS / 60_000} minutes`);
    else console.log(`extension host exited with ${exitCode} after ${((Date.now() - started) / 1000).toFixed(1)} s`);
  } finally {
    await browser.close();
    await server.stop();
  }
  const log = existsSync(logFile) ? readFileSync(logFile, 'utf8') : '';
  process.stdout.write(log);
  if (!/^\d+ passed, \d+ failed$/m.test(log)) {
    console.log('0 passed, 1 failed');
    console.error('the integration suite printed no result: it did not run in the extension host');
    exitCode = exitCode === 0 ? 1 : exitCode;
  }
  cpSync(logFile, join(projectRoot, 'test-results', 'extension-tests.log'), { force: true });
  if (!process.env.KEEP) rmSync(work, { recursive: true, force: true });
  return exitCode === 0 ? 0 : 1;
}

mkdirSync(join(projectRoot, 'test-results'), { recursive: true });
run().then(
  (code) => process.exit(code),
  (e) => {
    console.error(e);
    console.log('0 passed, 1 failed');
    process.exit(1);
  },
);
