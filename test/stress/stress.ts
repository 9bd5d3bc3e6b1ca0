/** `npm run stress [-- --seed S --ops N]`: the lifecycle stress run; ends with the summary line. */
import { runStress } from '../support/stressRun';

function option(name: string, fallback: number): number {
  const at = process.argv.indexOf(`--${name}`);
  return at >= 0 ? Number(process.argv[at + 1]) : fallback;
}

async function main(): Promise<void> {
  const seed = option('seed', Date.now() % 1_000_000);
  const ops = option('ops', 10_000);
  const started = Date.now();
  const report = await runStress(ops, seed, (line) => console.log(line));
  for (const v of report.violations) console.log(`violation: ${v}`);
  console.log(`counts: ${JSON.stringify(report.counts)}`);
  console.log(`time: ${((Date.now() - started) / 1000).toFixed(1)} s`);
  console.log(`stress: ${report.operations} operations, seed ${seed}, ${report.violations.length} violations`);
  process.exitCode = report.violations.length === 0 && report.operations >= ops ? 0 : 1;
}

main().catch((e) => {
  console.error(e);
  process.exitCode = 1;
});
