// `npm test`: build, type-check and package once, then run the unit, integration and UI suites in
// turn. Every suite runs even when an earlier one failed; the exit status is non-zero if any failed.
import { spawnSync } from 'node:child_process';

function step(title, command, args) {
  console.log(`\n=== ${title} ===`);
  const started = Date.now();
  const r = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, SPRITEPAL_SUITE: title } });
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  console.log(`=== ${title}: ${r.status === 0 ? 'ok' : `FAILED (exit ${r.status ?? r.signal})`} in ${seconds} s ===`);
  return r.status === 0;
}

const npx = 'npx';
const prepared =
  step('build', 'node', ['esbuild.mjs']) &&
  step('typecheck', npx, ['tsc', '-p', '.', '--noEmit']) &&
  step('package', 'npm', ['run', '--silent', 'package']) &&
  step('setup', 'bash', ['scripts/setup-vscode.sh']);
if (!prepared) process.exit(1);

// `npm run package` left a production dist/; the integration suite loads the extension from dist/ too.
const results = {
  unit: step('unit', npx, ['mocha', '--config', 'test/unit/.mocharc.json']),
  integration: step('integration', 'node', ['out/test/integration/runInCodeServer.js']),
  ui: step('ui', npx, ['mocha', '--config', 'test/ui/.mocharc.json']),
};
console.log('\n' + Object.entries(results).map(([suite, ok]) => `${suite}: ${ok ? 'passed' : 'FAILED'}`).join(', '));
process.exit(Object.values(results).every(Boolean) ? 0 : 1);
