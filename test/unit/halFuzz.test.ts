import * as assert from 'assert';
import { fuzzHalDecoder } from '../support/halDecoderFuzz';

describe('HAL decoder fuzz (seeded; `npm run fuzz` makes 10^6 calls)', () => {
  for (const seed of [1, 2]) {
    it(`keeps its contract on 20,000 calls, seed ${seed}`, () => {
      const report = fuzzHalDecoder(20_000, seed);
      assert.deepStrictEqual(report.violations, []);
      assert.ok(report.calls >= 20_000);
      assert.ok(report.accepted > 100, `only ${report.accepted} valid streams: the generator lost its way`);
    });
  }
});
