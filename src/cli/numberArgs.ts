/** Whole numbers typed on the command line: decimal, or hex with 0x. */

/** The number `text` spells, or NaN. */
export function parseWholeNumber(text: string): number {
  const m = /^(?:0x([0-9a-f]+)|([0-9]+))$/i.exec(text.trim());
  return m ? (m[1] ? parseInt(m[1], 16) : parseInt(m[2], 10)) : NaN;
}
