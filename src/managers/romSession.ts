/**
 * One open ROM. Only the registry holds a session; everything outside src/managers sees its facts and
 * results as plain data, so nothing can keep using a session after it was closed.
 */
import { RomFacts, RomImage } from '../core/rom';
import { FoundBlock } from '../core/scan';

export class RomSession {
  #image: RomImage;
  #scanResults: FoundBlock[] = [];

  constructor(
    /** Unique per open, so late results for an earlier open of the same file can be told apart. */
    readonly id: number,
    image: RomImage,
    readonly facts: RomFacts,
  ) {
    this.#image = image;
  }

  get image(): RomImage {
    return this.#image;
  }

  get scanResults(): readonly FoundBlock[] {
    return this.#scanResults;
  }

  /** New ROM data of the same size (an injection); the copier header stays as it was. */
  replaceRomData(romData: Uint8Array): void {
    const fileBytes = this.#image.fileBytes.slice();
    fileBytes.set(romData, this.#image.copierHeaderSize);
    this.#image = { ...this.#image, fileBytes, romData: fileBytes.subarray(this.#image.copierHeaderSize) };
  }

  setScanResults(blocks: readonly FoundBlock[]): void {
    this.#scanResults = blocks.map((b) => ({ ...b }));
  }
}
