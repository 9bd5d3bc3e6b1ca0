/**
 * Runs scans in worker threads. A scan works on a snapshot's copy of the ROM, outside the lock;
 * cancelling sets a shared stop flag the workers read between offsets, and a worker that does not
 * end in time is terminated. Only the registry uses this class.
 */
import { Worker } from 'worker_threads';
import { FoundBlock } from '../core/scan';
import { ResourceTracker } from './resourceTracker';
import { ScanWorkerInput, ScanWorkerMessage } from './scanWorkerProtocol';

export interface ScanRequest {
  /** ROM offsets [from, to); the whole ROM by default. */
  readonly from?: number;
  readonly to?: number;
  readonly minOutput?: number;
  /** Worker threads to split the range over (default 2). */
  readonly workers?: number;
}

export interface ScanProgress {
  readonly done: number;
  readonly total: number;
  readonly found: number;
}

export type ScanOutcome =
  | { readonly status: 'completed' | 'cancelled'; readonly blocks: readonly FoundBlock[]; readonly scannedBytes: number }
  | { readonly status: 'failed'; readonly message: string };

interface RunningScan {
  readonly stop: Int32Array;
  readonly workers: Worker[];
}

export class ScanManager {
  readonly #running = new Set<RunningScan>();

  constructor(
    private readonly workerPath: string,
    private readonly resources: ResourceTracker,
  ) {}

  get runningScans(): number {
    return this.#running.size;
  }

  run(romData: Uint8Array, request: ScanRequest, onProgress: (p: ScanProgress) => void, signal?: AbortSignal): Promise<ScanOutcome> {
    const from = Math.max(0, request.from ?? 0);
    const to = Math.min(romData.length, request.to ?? romData.length);
    const total = Math.max(0, to - from);
    const shared = new SharedArrayBuffer(romData.length);
    new Uint8Array(shared).set(romData);
    const stopBuffer = new SharedArrayBuffer(4);
    const scan: RunningScan = { stop: new Int32Array(stopBuffer), workers: [] };
    const count = Math.max(1, Math.min(request.workers ?? 2, Math.ceil(total / 65536) || 1));
    const blocks: FoundBlock[] = [];
    const done = new Array<number>(count).fill(0);
    let cancelled = false;
    let failure: string | undefined;

    const cancel = (): void => {
      cancelled = true;
      Atomics.store(scan.stop, 0, 1);
    };
    if (signal?.aborted) cancel();
    signal?.addEventListener('abort', cancel, { once: true });
    this.#running.add(scan);

    const ends = Array.from({ length: count }, (_, i) => {
      const input: ScanWorkerInput = {
        romData: shared,
        from: from + Math.floor((total * i) / count),
        to: from + Math.floor((total * (i + 1)) / count),
        minOutput: request.minOutput ?? 512,
        stop: stopBuffer,
      };
      let worker: Worker;
      try {
        worker = this.resources.worker(new Worker(this.workerPath, { workerData: input }));
      } catch (e) {
        // No worker script (a broken install): the scan fails with the reason, the others stop.
        failure ??= `cannot start a scan worker (${this.workerPath}): ${(e as Error).message}`;
        Atomics.store(scan.stop, 0, 1);
        return Promise.resolve();
      }
      scan.workers.push(worker);
      return new Promise<void>((resolve) => {
        worker.on('message', (m: ScanWorkerMessage) => {
          if (m.type === 'found') blocks.push(...m.blocks);
          else if (m.type === 'progress') {
            done[i] = m.done;
            onProgress({ done: done.reduce((a, b) => a + b, 0), total, found: blocks.length });
          } else if (m.type === 'done') {
            if (!m.completed) cancelled = true;
          } else failure ??= m.message;
        });
        worker.once('error', (e) => (failure ??= `the scan worker stopped: ${e.message}`));
        worker.once('exit', () => resolve());
      });
    });

    return Promise.all(ends).then((): ScanOutcome => {
      this.#running.delete(scan);
      signal?.removeEventListener('abort', cancel);
      if (failure) return { status: 'failed', message: failure };
      return { status: cancelled ? 'cancelled' : 'completed', blocks: withoutNested(blocks), scannedBytes: done.reduce((a, b) => a + b, 0) };
    });
  }

  /** Stops every scan and waits for its workers, terminating any still running after `waitMs`. */
  async cancelAll(waitMs: number): Promise<void> {
    const scans = [...this.#running];
    for (const scan of scans) Atomics.store(scan.stop, 0, 1);
    const workers = scans.flatMap((s) => s.workers);
    const exited = Promise.all(workers.map((w) => new Promise<void>((resolve) => (w.threadId < 0 ? resolve() : w.once('exit', () => resolve())))));
    let cancelTimer: (() => void) | undefined;
    const late = new Promise<'late'>((resolve) => (cancelTimer = this.resources.timeout(waitMs, () => resolve('late'))));
    if ((await Promise.race([exited, late])) === 'late') await Promise.all(workers.map((w) => w.terminate()));
    cancelTimer?.();
  }
}

/** Ranges are split between workers, so a block found by one can hold offsets another reported. */
function withoutNested(blocks: FoundBlock[]): FoundBlock[] {
  const sorted = [...blocks].sort((a, b) => a.romOffset - b.romOffset);
  const kept: FoundBlock[] = [];
  let end = -1;
  for (const b of sorted) {
    if (b.romOffset < end) continue;
    kept.push(b);
    end = b.romOffset + b.compressedSize;
  }
  return kept;
}
