/**
 * One open ROM. Only the registry holds a session; everything outside src/managers sees its facts as
 * plain data, so nothing can keep using a session after it was closed.
 */
import { RomFacts, RomImage } from '../core/rom';

export class RomSession {
  constructor(
    /** Unique per open, so late results for an earlier open of the same file can be told apart. */
    readonly id: number,
    readonly image: RomImage,
    readonly facts: RomFacts,
  ) {}
}
