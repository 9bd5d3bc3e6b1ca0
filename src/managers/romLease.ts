/**
 * What `withManagers` hands its callback: access to the open ROM that works only while the callback
 * runs under the lock. Once the callback has settled every method throws, so a reference kept past
 * the lock is useless instead of dangerous; everything it returns is a copy or plain data.
 */
import { decodeHal, HalDecodeMode, HalDecodeResult } from '../core/hal';
import { RomFacts } from '../core/rom';
import { RomSession } from './romSession';

/** Which ROM state a result was computed from; results for another tag are dropped. */
export interface SessionTag {
  readonly sessionId: number;
  readonly generation: number;
}

/** An immutable copy for long work outside the lock (a scan, a batch extract). */
export interface RomSnapshot extends SessionTag {
  readonly facts: RomFacts;
  /** A private copy of the ROM data (copier header excluded). */
  readonly romData: Uint8Array;
}

export interface RomLease extends SessionTag {
  facts(): RomFacts;
  /** A copy of `length` bytes at a ROM offset, cut at the end of the ROM. */
  readRom(romOffset: number, length: number): Uint8Array;
  decodeHal(romOffset: number, mode: HalDecodeMode): HalDecodeResult;
  snapshot(): RomSnapshot;
}

export class LeaseExpiredError extends Error {
  constructor() {
    super('SpritePal internal error: a manager was used after its lock was released');
  }
}

/** A lease on `session` and the function that ends it. */
export function leaseOf(session: RomSession, generation: number): { lease: RomLease; revoke(): void } {
  let live = true;
  const check = (): void => {
    if (!live) throw new LeaseExpiredError();
  };
  const romData = session.image.romData;
  const lease: RomLease = {
    sessionId: session.id,
    generation,
    facts() {
      check();
      return session.facts;
    },
    readRom(romOffset, length) {
      check();
      const from = Math.max(0, Math.min(romOffset, romData.length));
      return romData.slice(from, Math.min(romData.length, from + Math.max(0, length)));
    },
    decodeHal(romOffset, mode) {
      check();
      return decodeHal(romData, romOffset, { mode });
    },
    snapshot() {
      check();
      return { sessionId: session.id, generation, facts: session.facts, romData: romData.slice() };
    },
  };
  return {
    lease,
    revoke: () => {
      live = false;
    },
  };
}
