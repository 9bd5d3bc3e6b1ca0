/** `npm run fuzz`: the decoder's contract on 10^6 seeded calls (`--calls N`, `--seed S`). */
import { fuzzHalDecoder } from '../support/halDecoderFuzz';

function option(name: string, fallback: number): number {
  const at = process.argv.indexOf(`--${name}`);
  return at >= 0 ? Number(process.argv[at + 1]) : fallback;
}

const calls = option('calls', 1_000_000);
const seed = option('seed', Date.now() % 100000);
const started = Date.now();
const report = fuzzHalDecoder(calls, seed);
for (const v of report.violations) console.log(`violation: ${v}`);
console.log(
  `fuzz: ${report.calls} decoder calls, seed ${seed}, ${report.accepted} strict-valid streams, ` +
    `${report.violations.length} violations (${((Date.now() - started) / 1000).toFixed(1)} s)`,
);
process.exitCode = report.violations.length === 0 && report.calls >= calls ? 0 : 1;
