/**
 * What `withManagers` hands its callback: the managers of the open ROM, working only while the
 * callback runs under the lock. Once the callback has settled every method throws, so a reference
 * kept past the lock is useless instead of dangerous; everything returned is a copy or plain data.
 */
import { ExtractRequest, Palette } from '../core/gfx';
import { decodeHal, HalDecodeMode, HalDecodeResult, HalLevel } from '../core/hal';
import { Result } from '../core/result';
import { RomFacts } from '../core/rom';
import { FoundBlock } from '../core/scan';
import { ExtractionManager, ExtractResult, InjectReport, PreviewRequest, PreviewResult } from './extractionManager';
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
  snapshot(): RomSnapshot;
  decodeHal(romOffset: number, mode: HalDecodeMode): HalDecodeResult;
  preview(request: PreviewRequest): PreviewResult;
  extract(request: ExtractRequest, palette: Palette, transparentIndex0: boolean): Result<ExtractResult, string>;
  /** Replaces the block at `romOffset` in the open ROM (in memory) when the new stream fits. */
  inject(romOffset: number, data: Uint8Array, level: HalLevel): Result<Omit<InjectReport, 'romData'>, string>;
  /** The last completed scan's blocks (a copy). */
  scanResults(): FoundBlock[];
}

export class LeaseExpiredError extends Error {
  constructor() {
    super('SpritePal internal error: a manager was used after its lock was released');
  }
}

export interface LeaseContext {
  readonly session: RomSession;
  readonly generation: number;
  readonly extraction: ExtractionManager;
  /** Called after the ROM bytes changed, so that results computed before are dropped. */
  readonly changed: () => void;
}

/** A lease on the open session and the function that ends it. */
export function leaseOf(context: LeaseContext): { lease: RomLease; revoke(): void } {
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
