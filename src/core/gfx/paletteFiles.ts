/**
 * Palette files a ROM hacker meets: raw BGR555 (gfx2snes `.pal`, CGRAM dumps), RIFF PAL, JASC-PAL,
 * GIMP `.gpl` and Adobe `.act`. Bytes in, colours out; every refusal is a message naming the problem.
 */
import { err, ok, Result } from '../result';
import { Palette, paletteFromBgr555, paletteToBgr555, Rgb } from './colors';

export type PaletteFileFormat = 'bgr555' | 'riff' | 'jasc' | 'gpl' | 'act';

/** CGRAM holds 256 colours; nothing on the SNES can use a longer palette. */
const MAX_COLORS = 256;
const ACT_SIZE = 3 * MAX_COLORS;
const RIFF_PAL_VERSION = 0x0300;

export function detectPaletteFormat(fileName: string, bytes: Uint8Array): PaletteFileFormat {
  // Content first: JASC files are commonly named `.pal`, which would otherwise read as BGR555 noise.
  if (startsWith(bytes, 'RIFF')) return 'riff';
  const text = skipBom(bytes);
  if (startsWith(text, 'JASC-PAL')) return 'jasc';
  if (startsWith(text, 'GIMP Palette')) return 'gpl';
  if (/\.act$/i.test(fileName)) return 'act';
  if (/\.gpl$/i.test(fileName)) return 'gpl';
  return 'bgr555';
}

export function readPaletteFile(fileName: string, bytes: Uint8Array): Result<Rgb[], string> {
  switch (detectPaletteFormat(fileName, bytes)) {
    case 'bgr555':
      return readBgr555(bytes);
    case 'riff':
      return readRiff(bytes);
    case 'jasc':
      return readJasc(bytes);
    case 'gpl':
      return readGpl(bytes);
    case 'act':
      return readAct(bytes);
  }
}

/**
 * The palette must hold 1–256 colours with integer channels 0–255: anything else is a caller's bug, not
 * a file problem, so it throws a RangeError rather than silently truncating or wrapping bytes.
 */
export function writePaletteFile(format: PaletteFileFormat, colors: Palette): Uint8Array {
  checkWritable(colors);
  switch (format) {
    case 'bgr555':
      return paletteToBgr555(colors);
    case 'riff':
      return writeRiff(colors);
    case 'jasc':
      return ascii(`JASC-PAL\r\n0100\r\n${colors.length}\r\n${colors.map((c) => `${c.r} ${c.g} ${c.b}\r\n`).join('')}`);
    case 'gpl':
      // 16 columns shows one SNES sub-palette per row in GIMP's palette editor.
      return ascii(`GIMP Palette\nColumns: 16\n#\n${colors.map((c, i) => `${c.r} ${c.g} ${c.b}\tIndex ${i}\n`).join('')}`);
    case 'act':
      return writeAct(colors);
  }
}

function readBgr555(bytes: Uint8Array): Result<Rgb[], string> {
  if (bytes.length % 2 !== 0) return err(`a BGR555 palette has an even number of bytes (got ${bytes.length})`);
  return counted(bytes.length / 2) ?? ok(paletteFromBgr555(bytes));
}

function readRiff(bytes: Uint8Array): Result<Rgb[], string> {
  if (bytes.length < 12 || !startsWith(bytes.subarray(8), 'PAL ')) return err("not a RIFF palette: no 'PAL ' form");
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  // Walk the chunks rather than assume 'data' comes first: some writers put other chunks before it.
  let at = 12;
  while (at + 8 <= bytes.length) {
    const size = view.getUint32(at + 4, true);
    if (startsWith(bytes.subarray(at), 'data')) {
      const start = at + 8;
      if (size < 4 || start + size > bytes.length) return err("RIFF palette: the 'data' chunk is truncated");
      const version = view.getUint16(start, true);
      if (version !== RIFF_PAL_VERSION) return err(`RIFF palette: unknown version 0x${version.toString(16).padStart(4, '0')} (expected 0x0300)`);
      const count = view.getUint16(start + 2, true);
      if (4 + 4 * count > size) return err(`RIFF palette: the header says ${count} colours but the 'data' chunk holds ${Math.floor((size - 4) / 4)}`);
      const colors: Rgb[] = [];
      for (let i = 0; i < count; i++) {
        const e = start + 4 + 4 * i;
        colors.push({ r: bytes[e], g: bytes[e + 1], b: bytes[e + 2] });
      }
      return counted(count) ?? ok(colors);
    }
    at += 8 + size + (size & 1); // RIFF pads odd-sized chunks to an even length
  }
  return err("RIFF palette: no 'data' chunk");
}

function readJasc(bytes: Uint8Array): Result<Rgb[], string> {
  const lines = textLines(bytes);
  if (lines[0] !== 'JASC-PAL') return err("not a JASC-PAL palette: the first line is not 'JASC-PAL'");
  if (lines[1] !== '0100') return err("JASC-PAL line 2: expected the version '0100'");
  if (!/^\d+$/.test(lines[2] ?? '')) return err('JASC-PAL line 3: expected the colour count');
  const count = Number(lines[2]);
  const refused = counted(count);
  if (refused) return refused;
  const colors: Rgb[] = [];
  for (let i = 0; i < count; i++) {
    const line = lines[3 + i];
    if (line === undefined || line === '') return err(`JASC-PAL: the header says ${count} colours but only ${i} follow`);
    const rgb = parseRgb(line.split(/\s+/));
    if (!rgb) return err(`JASC-PAL line ${4 + i}: expected three numbers 0–255, got "${line}"`);
    colors.push(rgb);
  }
  return ok(colors);
}

function readGpl(bytes: Uint8Array): Result<Rgb[], string> {
  const lines = textLines(bytes);
  if (lines[0] !== 'GIMP Palette') return err("not a GIMP palette: the first line is not 'GIMP Palette'");
  const colors: Rgb[] = [];
  for (let i = 1; i < lines.length; i++) {
    const line = lines[i];
    if (line === '' || line.startsWith('#') || /^(Name|Columns):/.test(line)) continue;
    // Only the first three fields are numbers; the rest is a colour name, which may contain spaces.
    const rgb = parseRgb(line.split(/\s+/).slice(0, 3));
    if (!rgb) return err(`GIMP palette line ${i + 1}: expected three numbers 0–255, got "${line}"`);
    colors.push(rgb);
  }
  return counted(colors.length) ?? ok(colors);
}

function readAct(bytes: Uint8Array): Result<Rgb[], string> {
  if (bytes.length !== ACT_SIZE && bytes.length !== ACT_SIZE + 4) return err(`an ACT palette is 768 or 772 bytes (got ${bytes.length})`);
  // The optional trailer (big-endian count, transparent index) tells how many of the 256 slots are used.
  const count = bytes.length === ACT_SIZE ? MAX_COLORS : (bytes[ACT_SIZE] << 8) | bytes[ACT_SIZE + 1];
  const refused = counted(count);
  if (refused) return refused;
  const colors: Rgb[] = [];
  for (let i = 0; i < count; i++) colors.push({ r: bytes[3 * i], g: bytes[3 * i + 1], b: bytes[3 * i + 2] });
  return ok(colors);
}

function writeRiff(colors: Palette): Uint8Array {
  const dataSize = 4 + 4 * colors.length;
  const out = new Uint8Array(20 + dataSize);
  const view = new DataView(out.buffer);
  out.set(ascii('RIFF'), 0);
  view.setUint32(4, out.length - 8, true);
  out.set(ascii('PAL data'), 8);
  view.setUint32(16, dataSize, true);
  view.setUint16(20, RIFF_PAL_VERSION, true);
  view.setUint16(22, colors.length, true);
  colors.forEach((c, i) => out.set([c.r, c.g, c.b, 0], 24 + 4 * i));
  return out;
}

function writeAct(colors: Palette): Uint8Array {
  const full = colors.length === MAX_COLORS;
  const out = new Uint8Array(full ? ACT_SIZE : ACT_SIZE + 4);
  colors.forEach((c, i) => out.set([c.r, c.g, c.b], 3 * i));
  if (!full) {
    out[ACT_SIZE] = colors.length >> 8;
    out[ACT_SIZE + 1] = colors.length & 0xff;
    // 0xFFFF is Photoshop's "no transparent colour": the file cannot know whether index 0 is a sprite's.
    out[ACT_SIZE + 2] = 0xff;
    out[ACT_SIZE + 3] = 0xff;
  }
  return out;
}

/** The refusal for a colour count no palette file should have, or undefined when it is fine. */
function counted(count: number): Result<never, string> | undefined {
  if (count === 0) return err('empty palette');
  if (count > MAX_COLORS) return err(`more than ${MAX_COLORS} colours (got ${count})`);
  return undefined;
}

function checkWritable(colors: Palette): void {
  if (colors.length === 0 || colors.length > MAX_COLORS) throw new RangeError(`a palette file holds 1–256 colours (got ${colors.length})`);
  const bad = colors.findIndex((c) => ![c.r, c.g, c.b].every((v) => Number.isInteger(v) && v >= 0 && v <= 255));
  if (bad >= 0) throw new RangeError(`colour ${bad} has a channel outside 0–255`);
}

function parseRgb(fields: string[]): Rgb | undefined {
  if (fields.length !== 3 || !fields.every((f) => /^\d{1,3}$/.test(f))) return undefined;
  const [r, g, b] = fields.map(Number);
  return r <= 255 && g <= 255 && b <= 255 ? { r, g, b } : undefined;
}

/** Trimmed lines; `\r?\n` accepts both Windows (Paint Shop Pro) and Unix line ends. */
function textLines(bytes: Uint8Array): string[] {
  return new TextDecoder().decode(bytes).split(/\r?\n/).map((l) => l.trim());
}

function skipBom(bytes: Uint8Array): Uint8Array {
  return bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? bytes.subarray(3) : bytes;
}

function startsWith(bytes: Uint8Array, text: string): boolean {
  if (bytes.length < text.length) return false;
  for (let i = 0; i < text.length; i++) if (bytes[i] !== text.charCodeAt(i)) return false;
  return true;
}

function ascii(text: string): Uint8Array {
  const out = new Uint8Array(text.length);
  for (let i = 0; i < text.length; i++) out[i] = text.charCodeAt(i);
  return out;
}
