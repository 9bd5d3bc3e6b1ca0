/**
 * A seeded random schedule of registry operations fired concurrently, with random awaits and timer
 * jitter, checking the lifecycle rules: no unhandled rejection or escaped exception, no preview
 * delivered for a ROM state that is not current, every scan ends completed or cancelled, nothing
 * alive after dispose, memory flat across cycles.
 */
import { join } from 'path';
import { PreviewCoalescer } from '../../src/managers/previewCoalescer';
import { ManagerRegistry } from '../../src/managers/registry';
import { projectRoot } from './fixtures';
import { halRom } from './halRom';
import { mulberry32 } from './seededRandom';

export interface StressReport {
  readonly operations: number;
  readonly seed: number;
  readonly violations: readonly string[];
  readonly counts: Readonly<Record<string, number>>;
  readonly heapMiB: readonly number[];
}

interface PreviewJob {
  readonly romOffset: number;
}

const OPERATIONS = ['openA', 'openB', 'close', 'preview', 'preview', 'preview', 'scan', 'cancelScan', 'extract', 'facts'] as const;
/** Dispose and re-create the registry about once per 250 operations. */
const DISPOSE_CHANCE = 0.004;

export async function runStress(operations: number, seed: number, log: (line: string) => void = () => undefined): Promise<StressReport> {
  const next = mulberry32(seed);
  const pick = <T>(items: readonly T[]): T => items[(next() * items.length) | 0];
  const violations: string[] = [];
  const counts: Record<string, number> = {};
  const heapMiB: number[] = [];
  const violation = (text: string): void => {
    if (violations.length < 50) violations.push(text);
  };
  const onUnhandled = (reason: unknown): void => violation(`unhandled rejection: ${String((reason as Error)?.stack ?? reason)}`);
  const onUncaught = (error: Error): void => violation(`uncaught exception: ${error.stack}`);
  process.on('unhandledRejection', onUnhandled);
  process.on('uncaughtExceptionMonitor', onUncaught);

  const romA = halRom('STRESS A', 0x80000, [0x10000, 0x28000, 0x60000]);
  const romB = halRom('STRESS B', 0x100000, [0x10000, 0x30000, 0xc0000]);
  const scanWorkerPath = join(projectRoot, 'dist', 'scanWorker.js');
  const cycleLength = 250;
  let done = 0;

  try {
    while (done < operations) {
      const registry = new ManagerRegistry({ scanWorkerPath, workerStopWaitMs: 500 });
      // The model of "which ROM state is current", kept from the registry's own notifications (they
      // arrive under the lock, in order). A delivered preview must carry the model state it was made in.
      let modelState = 0;
      registry.onDidChangeRom(() => modelState++);
      const pending = new Set<Promise<unknown>>();
      const track = (label: string, p: Promise<unknown>): void => {
        const guarded = p.catch((e) => violation(`${label} rejected: ${(e as Error)?.stack ?? e}`));
        pending.add(guarded);
        void guarded.finally(() => pending.delete(guarded));
      };
      const scans: AbortController[] = [];
      const panels = [0, 1].map(
        () =>
          new PreviewCoalescer<PreviewJob, unknown>({
            compute: (job) =>
              registry.withManagers((m) => ({
                tag: { sessionId: m.sessionId, generation: m.generation },
                state: modelState,
                result: m.preview({ romOffset: job.romOffset, compression: next() < 0.5 ? 'hal' : 'raw', format: '4bpp', tilesPerRow: 16 }),
              })),
            deliver: async (_job, computed) => {
              const r = computed as Awaited<ReturnType<typeof registry.withManagers<{ tag: { sessionId: number; generation: number }; state: number }>>>;
              if (!r.ok) return; // no ROM open: answered as such, nothing to show
              const delivered = await registry.whenCurrent(r.value.tag, () => {
                if (modelState !== r.value.state) violation(`preview made in state ${r.value.state} delivered in state ${modelState}`);
                counts.delivered = (counts.delivered ?? 0) + 1;
              });
              if (!delivered.ok) counts.droppedStale = (counts.droppedStale ?? 0) + 1;
            },
            failed: (_job, e) => violation(`preview failed: ${(e as Error)?.stack ?? e}`),
          }),
      );

      const cycleEnd = Math.min(operations, done + cycleLength);
      let disposed = false;
      for (; done < cycleEnd && !disposed; done++) {
        const op = next() < DISPOSE_CHANCE ? 'dispose' : pick(OPERATIONS);
        counts[op] = (counts[op] ?? 0) + 1;
        switch (op) {
          case 'openA':
          case 'openB':
            track(op, registry.openRom(op === 'openA' ? romA : romB));
            break;
          case 'close':
            track(op, registry.closeRom());
            break;
          case 'preview':
            pick(panels).submit({ romOffset: (next() * 0x100000) | 0 });
            break;
          case 'scan': {
            const abort = new AbortController();
            scans.push(abort);
            track(
              op,
              registry.scanRom({ workers: 1 + ((next() * 2) | 0) }, { signal: abort.signal }).then((r) => {
                if (r.ok) counts[`scan ${r.value.status}`] = (counts[`scan ${r.value.status}`] ?? 0) + 1;
                else if (r.error.code === 'noRomOpen' || r.error.code === 'disposed') counts['scan not started'] = (counts['scan not started'] ?? 0) + 1;
                else violation(`scan ended with ${r.error.code}: ${r.error.message}`);
              }),
            );
            break;
          }
          case 'cancelScan':
            if (scans.length) scans.splice((next() * scans.length) | 0, 1)[0].abort();
            break;
          case 'extract':
            track(
              op,
              registry.withManagers((m) =>
                m.extract({ romOffset: pick(romA.blocks).romOffset, compression: 'hal', format: '4bpp', tilesPerRow: 16, arrangement: '8x8' }, [], false),
              ),
            );
            break;
          case 'facts':
            track(op, registry.romFacts());
            break;
          case 'dispose':
            disposed = true;
            break;
        }
        const r = next();
        if (r < 0.005) {
          // Now and then a quiet moment, so that some scans and previews finish undisturbed.
          await Promise.race([Promise.all([...pending]), new Promise((resolve) => setTimeout(resolve, 300))]);
        } else if (r < 0.3) await new Promise((resolve) => setTimeout(resolve, (next() * 3) | 0));
        else if (r < 0.5) await Promise.resolve();
      }

      await registry.dispose();
      await Promise.all(panels.map((p) => p.dispose()));
      const settled = await Promise.race([
        Promise.all([...pending]).then(() => true),
        new Promise<boolean>((resolve) => setTimeout(() => resolve(false), 10_000)),
      ]);
      if (!settled) violation(`operations still pending 10 s after dispose (cycle ending at ${done})`);
      const live = registry.liveResources;
      if (live.workers || live.timers || live.scans || live.listeners) violation(`alive after dispose: ${JSON.stringify(live)}`);
      const after = await registry.withManagers(() => 'ran');
      if (after.ok) violation('work ran after dispose');
      (globalThis as { gc?: () => void }).gc?.();
      heapMiB.push(process.memoryUsage().heapUsed / 1048576);
      log(`  ${done} operations, heap ${heapMiB[heapMiB.length - 1].toFixed(1)} MiB`);
    }
  } finally {
    process.off('unhandledRejection', onUnhandled);
    process.off('uncaughtExceptionMonitor', onUncaught);
  }

  if (heapMiB.length >= 6 && (globalThis as { gc?: () => void }).gc) {
    const third = Math.floor(heapMiB.length / 3);
    const mean = (xs: number[]): number => xs.reduce((a, b) => a + b, 0) / xs.length;
    const early = mean(heapMiB.slice(0, third));
    const late = mean(heapMiB.slice(-third));
    if (late > early * 1.5 && late - early > 32) violation(`heap grew from ${early.toFixed(1)} to ${late.toFixed(1)} MiB across cycles`);
  }
  return { operations: done, seed, violations, counts, heapMiB };
}
