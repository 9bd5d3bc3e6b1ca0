import * as assert from 'assert';
import { runStress } from '../support/stressRun';

describe('lifecycle stress (a smaller run; `npm run stress` makes 10,000 operations)', () => {
  it('1,500 random operations, seed 20261204: no violation', async function () {
    this.timeout(120_000);
    const report = await runStress(1500, 20261204);
    assert.deepStrictEqual(report.violations, []);
    assert.strictEqual(report.operations, 1500);
    assert.ok((report.counts['scan cancelled'] ?? 0) > 0 && (report.counts.delivered ?? 0) > 0, JSON.stringify(report.counts));
  });
});
