/** Messages between the scan manager and its worker threads (structured-clone plain data). */
import { FoundBlock } from '../core/scan';

export interface ScanWorkerInput {
  /** The snapshot's ROM data, shared read-only by every worker of one scan. */
  readonly romData: SharedArrayBuffer;
  readonly from: number;
  readonly to: number;
  readonly minOutput: number;
  /** Element 0 set to 1 asks the worker to stop: a synchronous loop cannot read messages. */
  readonly stop: SharedArrayBuffer;
}

export type ScanWorkerMessage =
  | { readonly type: 'found'; readonly blocks: readonly FoundBlock[] }
  | { readonly type: 'progress'; readonly done: number }
  | { readonly type: 'done'; readonly completed: boolean }
  | { readonly type: 'error'; readonly message: string };
