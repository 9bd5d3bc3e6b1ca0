/**
 * What `withManagers` hands its callback: the managers of the open ROM, working only while the
 * callback runs under the lock. Once the callback has settled every method throws, so a reference
 * kept past the lock is useless instead of dangerous; everything returned is a copy or plain data.
 */
import { ExtractRequest, Palette } from '../core/gfx';
import { HalDecodeMode, HalDecodeResult, HalLevel } from '../core/hal';
import { Result } from '../core/result';
import { RomFacts } from '../core/rom';
import { FoundBlock } from '../core/scan';
import { ExtractResult, InjectReport, PreviewRequest, PreviewResult } from './extractionManager';

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
