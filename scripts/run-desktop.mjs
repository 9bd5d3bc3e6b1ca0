// `npm run test:desktop`: the same integration suite in desktop VS Code, through @vscode/test-electron.
// It downloads VS Code, so it needs the internet (it cannot run on the offline build machine; there
// `npm run test:integration` runs the suite in code-server's extension host instead).
import { mkdtempSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { runTests } from '@vscode/test-electron';

const root = resolve(import.meta.dirname ?? new URL('.', import.meta.url).pathname, '..');
const { makeIntegrationWorkspace } = createRequire(import.meta.url)(join(root, 'out/test/integration/workspace.js'));
const work = mkdtempSync(join(tmpdir(), 'spritepal-desktop-'));
const ws = makeIntegrationWorkspace(work);

try {
  await runTests({
    extensionDevelopmentPath: root,
    extensionTestsPath: join(root, 'out/test/integration/index.js'),
    launchArgs: [ws, '--disable-extensions', '--disable-workspace-trust'],
    extensionTestsEnv: { EXT_TEST_LOG: join(work, 'extension-tests.log') },
  });
} catch (e) {
  console.error(`desktop integration tests failed: ${e instanceof Error ? e.message : e}`);
  process.exit(1);
}
