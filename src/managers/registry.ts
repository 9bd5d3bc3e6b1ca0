/**
 * The extension's single owner of manager state. Every operation runs under one async-mutex, so
 * opening, closing, previews, extraction and the application of scan results are serialised; callers
 * get plain data back, never the session or a manager.
 */
import { Mutex } from 'async-mutex';
import { join } from 'path';
import { describeRomFile, RomFacts } from '../core/rom';
import { err, ok, Result } from '../core/result';
import { FoundBlock } from '../core/scan';
import { ExtractionManager } from './extractionManager';
import { ResourceTracker } from './resourceTracker';
import { decodeHal } from '../core/hal';
import { LeaseExpiredError, RomLease, SessionTag } from './romLease';
import { RomSession } from './romSession';
import { ScanManager, ScanProgress, ScanRequest } from './scanManager';

export interface RomSource {
  /** What to call the ROM in messages and facts (a path or URI). */
  readonly path: string;
  readonly bytes: Uint8Array;
}

export type NoRomOpen = { readonly code: 'noRomOpen'; readonly message: string };

export type RomOpenError = { readonly code: 'notARom' | 'disposed'; readonly message: string };

/** Why a manager could not be reached: nothing to work on, or the extension is shutting down. */
export type ManagersUnavailable = NoRomOpen | { readonly code: 'disposed'; readonly message: string };

/** A result computed for a ROM state that is no longer the current one. */
export type StaleResult = { readonly code: 'stale'; readonly message: string };

export type RomChangeListener = (facts: RomFacts | undefined) => void;

/** What a scan ended with, as plain data. */
export interface ScanSummary {
  readonly status: 'completed' | 'cancelled';
  readonly blocks: readonly FoundBlock[];
  readonly scannedBytes: number;
}

export type ScanError = ManagersUnavailable | StaleResult | { readonly code: 'failed'; readonly message: string };

export interface ScanOptions {
  readonly onProgress?: (progress: ScanProgress) => void;
  readonly signal?: AbortSignal;
}

/** What is still alive: zero everywhere after dispose. */
export interface LiveResources {
  readonly workers: number;
  readonly timers: number;
  readonly scans: number;
  readonly listeners: number;
}

export interface RegistryOptions {
  /** The scan worker script (default: scanWorker.js beside this module, or the bundle). */
  readonly scanWorkerPath?: string;
  /** How long close and dispose wait for scan workers before terminating them. */
  readonly workerStopWaitMs?: number;
}

const NO_ROM_OPEN: NoRomOpen = { code: 'noRomOpen', message: 'No ROM is open.' };
const DISPOSED = { code: 'disposed' as const, message: 'SpritePal is shutting down.' };

export class ManagerRegistry {
  readonly #mutex = new Mutex();
  #session: RomSession | undefined;
  #nextSessionId = 1;
  /** Bumped on every change to the open ROM, so results computed from an older state can be dropped. */
  #generation = 0;
  #disposed = false;
  readonly #listeners = new Set<RomChangeListener>();
  readonly #resources = new ResourceTracker();
  readonly #extraction = new ExtractionManager();
  readonly #scans: ScanManager;
  readonly #workerStopWaitMs: number;

  constructor(options: RegistryOptions = {}) {
    this.#scans = new ScanManager(options.scanWorkerPath ?? join(__dirname, 'scanWorker.js'), this.#resources);
    this.#workerStopWaitMs = options.workerStopWaitMs ?? 2000;
  }

  /** Opens a ROM, replacing the open one; the old one stays open when the new one is refused. */
  openRom(source: RomSource): Promise<Result<RomFacts, RomOpenError>> {
    return this.#mutex.runExclusive(async () => {
      if (this.#disposed) return err(DISPOSED);
      const described = await describeRomFile(source.path, source.bytes);
      if (!described.ok) return err({ code: 'notARom' as const, message: `${source.path}: ${described.error.message}` });
      await this.#endSession();
      this.#session = new RomSession(this.#nextSessionId++, described.image, described.facts);
      this.#generation++;
      this.#notify(described.facts);
      return ok(described.facts);
    });
  }

  /** Closes the open ROM, stopping its scans; false when none was open. */
  closeRom(): Promise<boolean> {
    return this.#mutex.runExclusive(async () => {
      if (!this.#session) return false;
      await this.#endSession();
      this.#notify(undefined);
      return true;
    });
  }

  romFacts(): Promise<Result<RomFacts, NoRomOpen>> {
    return this.#mutex.runExclusive(() => (this.#session ? ok(this.#session.facts) : err(NO_ROM_OPEN)));
  }

  /**
   * The only way to the open ROM: `work` runs under the lock with a lease that stops working when
   * `work` settles. Return plain data or copies; there is nothing else to return.
   */
  withManagers<T>(work: (managers: RomLease) => T | Promise<T>): Promise<Result<T, ManagersUnavailable>> {
    return this.#mutex.runExclusive(() => this.#runLeased(work));
  }

  /**
   * Like withManagers, but only while the open ROM is still the state `tag` was taken from: long work
   * applies its results with this, and a result for a closed or replaced ROM is dropped.
   */
  whenCurrent<T>(tag: SessionTag, work: (managers: RomLease) => T | Promise<T>): Promise<Result<T, ManagersUnavailable | StaleResult>> {
    return this.#mutex.runExclusive(async () => {
      const current = this.#session && this.#session.id === tag.sessionId && this.#generation === tag.generation;
      if (!this.#disposed && !current) {
        return err({ code: 'stale' as const, message: 'The ROM changed while this was being computed.' });
      }
      return this.#runLeased(work);
    });
  }

  /**
   * Scans the open ROM for HAL blocks in worker threads: a snapshot is taken under the lock, the
   * workers run outside it, and the blocks are stored under the lock only if the ROM is still the
   * one scanned. Closing or replacing the ROM cancels the scan.
   */
  async scanRom(request: ScanRequest = {}, options: ScanOptions = {}): Promise<Result<ScanSummary, ScanError>> {
    // Started under the lock, so a close that follows always finds the scan and cancels it; the
    // workers then run on their own copy while the lock is free.
    const started = await this.withManagers((m) => {
      const snapshot = m.snapshot();
      const tag: SessionTag = { sessionId: snapshot.sessionId, generation: snapshot.generation };
      return { tag, outcome: this.#scans.run(snapshot.romData, request, options.onProgress ?? (() => undefined), options.signal) };
    });
    if (!started.ok) return started;
    const outcome = await started.value.outcome;
    if (outcome.status === 'failed') return err({ code: 'failed' as const, message: outcome.message });
    if (outcome.status === 'cancelled') return ok(outcome);
    const applied = await this.whenCurrent(started.value.tag, () => this.#session?.setScanResults(outcome.blocks));
    // Finished just as its ROM was closed or replaced: the blocks belong to nothing, as if cancelled.
    return applied.ok ? ok(outcome) : ok({ status: 'cancelled', blocks: [], scannedBytes: outcome.scannedBytes });
  }

  /** Listeners receive plain facts (or undefined after a close), after the change has happened. */
  onDidChangeRom(listener: RomChangeListener): { dispose(): void } {
    this.#listeners.add(listener);
    return { dispose: () => this.#listeners.delete(listener) };
  }

  get liveResources(): LiveResources {
    return { ...this.#resources.live, scans: this.#scans.runningScans, listeners: this.#listeners.size };
  }

  /** Closes everything under the same lock as every other operation; later calls are refused. */
  dispose(): Promise<void> {
    return this.#mutex.runExclusive(async () => {
      if (this.#disposed) return;
      this.#disposed = true;
      const hadSession = this.#session !== undefined;
      await this.#endSession();
      if (hadSession) this.#notify(undefined);
      this.#listeners.clear();
      await this.#resources.disposeAll();
    });
  }

  /** Under the lock: forget the session and stop its scans, waiting (bounded) for their workers. */
  async #endSession(): Promise<void> {
    this.#session = undefined;
    this.#generation++;
    await this.#scans.cancelAll(this.#workerStopWaitMs);
  }

  async #runLeased<T>(work: (managers: RomLease) => T | Promise<T>): Promise<Result<T, ManagersUnavailable>> {
    if (this.#disposed) return err(DISPOSED);
    const session = this.#session;
    if (!session) return err(NO_ROM_OPEN);
    const { lease, revoke } = leaseOf({
      session,
      generation: this.#generation,
      extraction: this.#extraction,
      changed: () => this.#generation++,
    });
    try {
      return ok(await work(lease));
    } finally {
      revoke();
    }
  }

  #notify(facts: RomFacts | undefined): void {
    for (const listener of [...this.#listeners]) {
      try {
        listener(facts);
      } catch {
        // A failing view must not break the registry's state change.
      }
    }
  }
}

interface LeaseContext {
  readonly session: RomSession;
  readonly generation: number;
  readonly extraction: ExtractionManager;
  /** Called after the ROM bytes changed, so that results computed before are dropped. */
  readonly changed: () => void;
}

/** A lease on the open session and the function that ends it. */
function leaseOf(context: LeaseContext): { lease: RomLease; revoke(): void } {
  const { session, generation, extraction } = context;
  let live = true;
  const check = (): void => {
    if (!live) throw new LeaseExpiredError();
  };
  const data = (): Uint8Array => session.image.romData;
  const lease: RomLease = {
    sessionId: session.id,
    generation,
    facts() {
      check();
      return session.facts;
    },
    readRom(romOffset, length) {
      check();
      const romData = data();
      const from = Math.max(0, Math.min(romOffset, romData.length));
      return romData.slice(from, Math.min(romData.length, from + Math.max(0, length)));
    },
    snapshot() {
      check();
      return { sessionId: session.id, generation, facts: session.facts, romData: data().slice() };
    },
    decodeHal(romOffset, mode) {
      check();
      return decodeHal(data(), romOffset, { mode });
    },
    preview(request) {
      check();
      return extraction.preview(data(), request);
    },
    extract(request, palette, transparentIndex0) {
      check();
      return extraction.extract(data(), request, palette, transparentIndex0);
    },
    inject(romOffset, bytes, level) {
      check();
      const r = extraction.inject(data(), romOffset, bytes, level);
      if (!r.ok) return r;
      session.replaceRomData(r.value.romData);
      context.changed();
      return { ok: true, value: { compressedSize: r.value.compressedSize, available: r.value.available } };
    },
    scanResults() {
      check();
      return session.scanResults.map((b) => ({ ...b }));
    },
  };
  return {
    lease,
    revoke: () => {
      live = false;
    },
  };
}
