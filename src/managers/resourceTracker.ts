/**
 * Everything the managers start that could outlive them (workers, timers) is counted here, so that
 * dispose can end it and tests can check that nothing is left running.
 */
import { Worker } from 'worker_threads';

export interface LiveResources {
  readonly workers: number;
  readonly timers: number;
}

export class ResourceTracker {
  readonly #workers = new Set<Worker>();
  readonly #timers = new Set<ReturnType<typeof setTimeout>>();

  /** Counts the worker until it exits. */
  worker(worker: Worker): Worker {
    this.#workers.add(worker);
    worker.once('exit', () => this.#workers.delete(worker));
    return worker;
  }

  /** A timer that is forgotten when it fires or is cleared. */
  timeout(ms: number, callback: () => void): () => void {
    const handle = setTimeout(() => {
      this.#timers.delete(handle);
      callback();
    }, ms);
    this.#timers.add(handle);
    return () => {
      clearTimeout(handle);
      this.#timers.delete(handle);
    };
  }

  get live(): LiveResources {
    return { workers: this.#workers.size, timers: this.#timers.size };
  }

  /** Ends every timer and worker still alive, waiting for the workers to exit. */
  async disposeAll(): Promise<void> {
    for (const t of this.#timers) clearTimeout(t);
    this.#timers.clear();
    await Promise.all([...this.#workers].map((w) => w.terminate()));
    this.#workers.clear();
  }
}
