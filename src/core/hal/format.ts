/**
 * HAL Laboratory's LZ format ("HAL LZ2", exhal/inhal), domain-spec §1. A block is a list of commands
 * ended by 0xFF in header position; there is no length prefix and no checksum.
 *
 *   short header  CCCLLLLL            command C (0–6), length L+1 (1–32)
 *   long header   111CCCLL LLLLLLLL   command C (0–7), length L+1 (1–1024)
 *
 * Copy positions are absolute indices into this block's output, stored big-endian.
 */

/** Output limit of the format (exhal's DATA_SIZE): copy positions are 16-bit. */
export const HAL_MAX_OUTPUT = 65536;
/** exhal never reads more than this many bytes of input from the start offset. */
export const HAL_INPUT_WINDOW = 65536;
/** Longest run one command can express (in words for a word fill). */
export const HAL_MAX_RUN = 1024;
/** Longest run a one-byte header can express. */
export const HAL_SHORT_RUN = 32;
export const HAL_TERMINATOR = 0xff;

export const HalCommand = {
  literal: 0,
  byteFill: 1,
  wordFill: 2,
  sequenceFill: 3,
  copy: 4,
  bitReversedCopy: 5,
  backwardCopy: 6,
} as const;
export type HalCommand = (typeof HalCommand)[keyof typeof HalCommand];

/** The three copy commands, as the encoder's match finder names them. */
export type CopyMethod = 'copy' | 'bitReversedCopy' | 'backwardCopy';
export const COPY_COMMAND: Readonly<Record<CopyMethod, HalCommand>> = {
  copy: HalCommand.copy,
  bitReversedCopy: HalCommand.bitReversedCopy,
  backwardCopy: HalCommand.backwardCopy,
};

/** rev(x): bit 0 ↔ bit 7 … — a horizontal flip of one 8-pixel planar row. */
export const BIT_REVERSED: Uint8Array = (() => {
  const table = new Uint8Array(256);
  for (let v = 0; v < 256; v++) {
    let r = 0;
    for (let bit = 0; bit < 8; bit++) if (v & (1 << bit)) r |= 0x80 >> bit;
    table[v] = r;
  }
  return table;
})();
