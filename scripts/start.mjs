// `npm start`: build and package the extension, set up code-server and Chromium if missing, and serve
// VS Code on 127.0.0.1 with the extension installed and the bundled demo ROM open. Ctrl+C stops it all.
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { resolve } from 'node:path';

const require = createRequire(import.meta.url);
const root = resolve(import.meta.dirname ?? new URL('.', import.meta.url).pathname, '..');

function run(title, command, args) {
  console.log(`start: ${title}`);
  const r = spawnSync(command, args, { stdio: 'inherit', cwd: root });
  if (r.status !== 0) {
    console.error(`start: ${title} failed`);
    process.exit(1);
  }
}

run('building and packaging the extension', 'npm', ['run', '--silent', 'package']);
run('checking code-server, Node 24 and Chromium', 'bash', ['scripts/setup-vscode.sh']);

const { startCodeServer, freePort } = require(resolve(root, 'out/test/support/codeServer.js'));
const demo = resolve(root, 'demo');
const port = Number(process.env.PORT) || (await freePort());
const server = await startCodeServer({ workspace: demo, vsix: resolve(root, 'dist-vsix/spritepal-vscode.vsix'), port });

let stopping = false;
async function stop() {
  if (stopping) return;
  stopping = true;
  console.log('\nstart: stopping VS Code');
  await server.stop();
  process.exit(0);
}
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
process.on('SIGHUP', stop);

console.log(`\nSpritePal is running in VS Code at:\n\n  ${server.url}/?folder=${encodeURIComponent(demo)}\n`);
console.log('The demo ROM opens in the SpritePal sidebar. Press Ctrl+C to stop.');
setInterval(() => {}, 1 << 30);
