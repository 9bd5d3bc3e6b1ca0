/**
 * The extension's single owner of manager state. Every operation runs under one async-mutex, so
 * opening, closing and reading a ROM are serialised; callers get plain data back, never the session.
 */
import { Mutex } from 'async-mutex';
import { describeRomFile, RomFacts } from '../core/rom';
import { err, ok, Result } from '../core/result';
import { leaseOf, RomLease, SessionTag } from './romLease';
import { RomSession } from './romSession';

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

const NO_ROM_OPEN: NoRomOpen = { code: 'noRomOpen', message: 'No ROM is open.' };

export class ManagerRegistry {
  readonly #mutex = new Mutex();
  #session: RomSession | undefined;
  #nextSessionId = 1;
  /** Bumped on every change to the open ROM, so results computed from an older state can be dropped. */
  #generation = 0;
  #disposed = false;
  readonly #listeners = new Set<RomChangeListener>();

  /** Opens a ROM, replacing the open one; the old one stays open when the new one is refused. */
  openRom(source: RomSource): Promise<Result<RomFacts, RomOpenError>> {
    return this.#mutex.runExclusive(async () => {
      if (this.#disposed) return err({ code: 'disposed' as const, message: 'SpritePal is shutting down.' });
      const described = await describeRomFile(source.path, source.bytes);
      if (!described.ok) return err({ code: 'notARom' as const, message: `${source.path}: ${described.error.message}` });
      this.#session = new RomSession(this.#nextSessionId++, described.image, described.facts);
      this.#generation++;
      this.#notify(described.facts);
      return ok(described.facts);
    });
  }

  /** Closes the open ROM; false when none was open. */
  closeRom(): Promise<boolean> {
    return this.#mutex.runExclusive(() => {
      if (!this.#session) return false;
      this.#session = undefined;
      this.#generation++;
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

  async #runLeased<T>(work: (managers: RomLease) => T | Promise<T>): Promise<Result<T, ManagersUnavailable>> {
    if (this.#disposed) return err({ code: 'disposed' as const, message: 'SpritePal is shutting down.' });
    if (!this.#session) return err(NO_ROM_OPEN);
    const { lease, revoke } = leaseOf(this.#session, this.#generation);
    try {
      return ok(await work(lease));
    } finally {
      revoke();
    }
  }

  /** Listeners receive plain facts (or undefined after a close), after the change has happened. */
  onDidChangeRom(listener: RomChangeListener): { dispose(): void } {
    this.#listeners.add(listener);
    return { dispose: () => this.#listeners.delete(listener) };
  }

  /** Closes everything under the same lock as every other operation; later calls are refused. */
  dispose(): Promise<void> {
    return this.#mutex.runExclusive(() => {
      this.#disposed = true;
      const hadSession = this.#session !== undefined;
      this.#session = undefined;
      this.#generation++;
      if (hadSession) this.#notify(undefined);
      this.#listeners.clear();
    });
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
