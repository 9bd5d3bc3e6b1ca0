/** Worker thread entry: scans one range of a snapshot and reports blocks in batches. */
import { parentPort, workerData } from 'worker_threads';
import { FoundBlock, scanForBlocks } from '../core/scan';
import { ScanWorkerInput, ScanWorkerMessage } from './scanWorkerProtocol';

function post(message: ScanWorkerMessage): void {
  parentPort?.postMessage(message);
}

const input = workerData as ScanWorkerInput;
const stop = new Int32Array(input.stop);
const romData = new Uint8Array(input.romData);
let batch: FoundBlock[] = [];

try {
  const completed = scanForBlocks(
    romData,
    input.from,
    input.to,
    {
      found: (block) => batch.push(block),
      progress: (done) => {
        if (batch.length) post({ type: 'found', blocks: batch });
        batch = [];
        post({ type: 'progress', done });
      },
      shouldStop: () => Atomics.load(stop, 0) !== 0,
    },
    { minOutput: input.minOutput },
  );
  if (batch.length) post({ type: 'found', blocks: batch });
  post({ type: 'done', completed });
} catch (e) {
  post({ type: 'error', message: (e as Error).message });
}
