/**
 * The extension's single owner of manager state. Every operation runs under one async-mutex, so
 * opening, closing and reading a ROM are serialised; callers get plain data back, never the session.
 */
import { Mutex } from 'async-mutex';
import { describeRomFile, RomFacts } from '../core/rom';
import { err, ok, Result } from '../core/result';
import { RomSession } from './romSession';

export interface RomSource {
  /** What to call the ROM in messages and facts (a path or URI). */
  readonly path: string;
  readonly bytes: Uint8Array;
}

export type NoRomOpen = { readonly code: 'noRomOpen'; readonly message: string };

export type RomOpenError = { readonly code: 'notARom' | 'disposed'; readonly message: string };

export type RomChangeListener = (facts: RomFacts | undefined) => void;

const NO_ROM_OPEN: NoRomOpen = { code: 'noRomOpen', message: 'No ROM is open.' };

export class ManagerRegistry {
  readonly #mutex = new Mutex();
  #session: RomSession | undefined;
  #nextSessionId = 1;
  #disposed = false;
  readonly #listeners = new Set<RomChangeListener>();

  /** Opens a ROM, replacing the open one; the old one stays open when the new one is refused. */
  openRom(source: RomSource): Promise<Result<RomFacts, RomOpenError>> {
    return this.#mutex.runExclusive(async () => {
      if (this.#disposed) return err({ code: 'disposed' as const, message: 'SpritePal is shutting down.' });
      const described = await describeRomFile(source.path, source.bytes);
      if (!described.ok) return err({ code: 'notARom' as const, message: `${source.path}: ${described.error.message}` });
      this.#session = new RomSession(this.#nextSessionId++, described.image, described.facts);
      this.#notify(described.facts);
      return ok(described.facts);
    });
  }

  /** Closes the open ROM; false when none was open. */
  closeRom(): Promise<boolean> {
    return this.#mutex.runExclusive(() => {
      if (!this.#session) return false;
      this.#session = undefined;
      this.#notify(undefined);
      return true;
    });
  }

  romFacts(): Promise<Result<RomFacts, NoRomOpen>> {
    return this.#mutex.runExclusive(() => (this.#session ? ok(this.#session.facts) : err(NO_ROM_OPEN)));
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
