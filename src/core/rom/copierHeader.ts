/** Old copiers (SMC/SWC/FIG) prepended 512 bytes; the only reliable sign is the file size. */
export const COPIER_HEADER_SIZE = 512;

export type CopierHeaderSize = 0 | typeof COPIER_HEADER_SIZE;

export function copierHeaderSizeFor(fileSize: number): CopierHeaderSize {
  return fileSize % 1024 === COPIER_HEADER_SIZE ? COPIER_HEADER_SIZE : 0;
}

export function fileOffsetOf(romOffset: number, copierHeaderSize: CopierHeaderSize): number {
  return romOffset + copierHeaderSize;
}

export function romOffsetOf(fileOffset: number, copierHeaderSize: CopierHeaderSize): number {
  return fileOffset - copierHeaderSize;
}
