/**
 * Entry of the integration suite inside VS Code's extension host: the same `run()` contract as
 * @vscode/test-electron, so the suite runs under code-server here and under desktop VS Code with
 * `npm run test:desktop`. The host's stdout goes nowhere useful, so every reporter line is also
 * appended to $EXT_TEST_LOG, which the driver prints.
 */
import { appendFileSync, readdirSync } from 'fs';
import Mocha = require('mocha');
import { join } from 'path';
import { format } from 'util';
import * as vscode from 'vscode';
import ClosingLineReporter = require('../support/closingLineReporter');

function mirrorReporterTo(file: string | undefined): void {
  if (!file) return;
  // The extension host guards console.log, so the reporter's own output hook is replaced instead.
  const log = console.log.bind(console);
  Mocha.reporters.Base.consoleLog = (...args: unknown[]) => {
    appendFileSync(file, format(...args) + '\n');
    log(...args);
  };
}

export function run(): Promise<void> {
  mirrorReporterTo(process.env.EXT_TEST_LOG);
  Mocha.reporters.Base.consoleLog(
    `integration suite in VS Code ${vscode.version} (${vscode.env.appName}, ${vscode.env.remoteName ? `remote ${vscode.env.remoteName}` : 'local'}), extension host on Node ${process.version}`,
  );
  const mocha = new Mocha({ ui: 'bdd', timeout: 60_000, color: false, reporter: ClosingLineReporter });
  for (const file of readdirSync(__dirname).filter((f) => f.endsWith('.test.js')).sort()) mocha.addFile(join(__dirname, file));
  return new Promise((resolve, reject) => {
    const runner = mocha.run((failures) => {
      const ran = runner.stats?.tests ?? 0;
      if (failures > 0) reject(new Error(`${failures} integration test(s) failed`));
      else if (ran === 0) reject(new Error('the integration suite ran no test'));
      else resolve();
    });
  });
}
