import * as assert from 'assert';
import * as path from 'path';
import { checkManagerBoundary, inMemoryProgram, projectProgram } from '../support/managerGuard';
import { projectRoot } from '../support/fixtures';

describe('manager boundary guard (TypeScript compiler API)', () => {
  it('the project has no path from outside src/managers to a manager, the session or a lease', function () {
    this.timeout(60_000);
    const violations = checkManagerBoundary(projectProgram(projectRoot), path.join(projectRoot, 'src'));
    assert.deepStrictEqual(violations, []);
  });

  describe('it catches each kind of leak', () => {
    const root = path.join(projectRoot, '.guard-check');
    const src = path.join(root, 'src');
    const managers = `
      export class RomSession { bytes = new Uint8Array(4); }
      export class ScanManager { running = 0; }
      export interface RomLease { facts(): string; }
      export class ManagerRegistry {
        #session = new RomSession();
        #scans = new ScanManager();
        facts(): Promise<{ title: string }> { return Promise.resolve({ title: 'x' }); }
        withManagers<T>(work: (m: RomLease) => T): T { return work({ facts: () => 'x' }); }
        LEAK
      }
    `;
    const cases: Array<[string, Record<string, string>, RegExp | null]> = [
      ['nothing leaks', { 'src/managers/registry.ts': managers.replace('LEAK', '') }, null],
      [
        'a public getter returning a manager',
        { 'src/managers/registry.ts': managers.replace('LEAK', 'get scans(): ScanManager { return this.#scans; }') },
        /ManagerRegistry.scans returns a type that exposes ScanManager/,
      ],
      [
        'a method returning the session inside a Promise of a Result-like union',
        {
          'src/managers/registry.ts': managers.replace(
            'LEAK',
            "session(): Promise<{ ok: true; value: RomSession } | { ok: false }> { return Promise.resolve({ ok: true, value: this.#session }); }",
          ),
        },
        /ManagerRegistry.session returns a type that exposes RomSession/,
      ],
      [
        'a method returning a function that returns the lease',
        { 'src/managers/registry.ts': managers.replace('LEAK', 'later(): () => RomLease { return () => ({ facts: () => "x" }); }') },
        /ManagerRegistry.later returns a type that exposes RomLease/,
      ],
      [
        'an exported function in src/managers returning a manager in an array',
        { 'src/managers/registry.ts': managers.replace('LEAK', ''), 'src/managers/helpers.ts': "import { ScanManager } from './registry';\nexport function all(): ScanManager[] { return []; }" },
        /all returns a type that exposes ScanManager/,
      ],
      [
        'code outside src/managers importing a manager class',
        { 'src/managers/registry.ts': managers.replace('LEAK', ''), 'src/view.ts': "import { ScanManager } from './managers/registry';\nexport const x: ScanManager | undefined = undefined;" },
        /imports ScanManager from src\/managers/,
      ],
      [
        'code outside src/managers importing the lease type',
        { 'src/managers/registry.ts': managers.replace('LEAK', ''), 'src/view.ts': "import type { RomLease } from './managers/registry';\nexport let kept: RomLease | undefined;" },
        /imports RomLease from src\/managers/,
      ],
    ];
    for (const [name, files, expected] of cases) {
      it(name, () => {
        const violations = checkManagerBoundary(inMemoryProgram(root, files), src);
        if (expected === null) assert.deepStrictEqual(violations, []);
        else assert.ok(violations.some((v) => expected.test(v.message)), JSON.stringify(violations));
      });
    }
  });
});
