import * as assert from 'assert';
import { Rgb } from '../../src/core/gfx/colors';
import { detectPaletteFormat, PaletteFileFormat, readPaletteFile, writePaletteFile } from '../../src/core/gfx/paletteFiles';
import { readFixture } from '../support/fixtures';

function read(fileName: string, bytes: Uint8Array): Rgb[] {
  const result = readPaletteFile(fileName, bytes);
  if (!result.ok) assert.fail(`expected a palette, got: ${result.error}`);
  return result.value;
}

function refused(fileName: string, bytes: Uint8Array): string {
  const result = readPaletteFile(fileName, bytes);
  if (result.ok) assert.fail(`expected a refusal, got ${result.value.length} colours`);
  return result.error;
}

function text(s: string): Uint8Array {
  return new TextEncoder().encode(s);
}

function rgb(r: number, g: number, b: number): Rgb {
  return { r, g, b };
}

/** An independent 5 → 8 bit expansion: the top bits replicated into the low three. */
function expanded(word: number): Rgb {
  const x = (c: number) => (c << 3) | (c >> 2);
  return rgb(x(word & 31), x((word >> 5) & 31), x((word >> 10) & 31));
}

/** A RIFF PAL file assembled by hand, with an optional chunk before 'data' as some writers emit. */
function riffBytes(colors: Array<[number, number, number]>, opts: { extraChunk?: boolean; version?: number; count?: number } = {}): Uint8Array {
  const bytes: number[] = [];
  const u16 = (v: number) => bytes.push(v & 0xff, v >> 8);
  const u32 = (v: number) => bytes.push(v & 0xff, (v >> 8) & 0xff, (v >> 16) & 0xff, v >>> 24);
  const tag = (s: string) => bytes.push(...[...s].map((ch) => ch.charCodeAt(0)));
  tag('RIFF');
  u32(0); // patched below
  tag('PAL ');
  if (opts.extraChunk) {
    tag('junk');
    u32(3);
    bytes.push(1, 2, 3, 0); // odd size plus its pad byte
  }
  tag('data');
  u32(4 + 4 * colors.length);
  u16(opts.version ?? 0x0300);
  u16(opts.count ?? colors.length);
  for (const [r, g, b] of colors) bytes.push(r, g, b, 0);
  const out = new Uint8Array(bytes);
  new DataView(out.buffer).setUint32(4, out.length - 8, true);
  return out;
}

const sixteen: Rgb[] = Array.from({ length: 16 }, (_, i) => rgb((i * 17) % 256, (i * 53 + 1) % 256, 255 - i * 13));
/** Already 5-bit exact, so BGR555 can hold them unchanged. */
const sixteen5: Rgb[] = Array.from({ length: 16 }, (_, i) => expanded(i * 0x0421 + i * 3));

describe('palette files: raw BGR555', () => {
  it('the pvsneslib .pal (256 bytes) reads to 128 colours equal to its expanded words', () => {
    const bytes = readFixture('tiles', 'pvsneslib-2012', 'MosaicShading', 'pvsneslib.pal');
    assert.strictEqual(bytes.length, 256);
    assert.strictEqual(detectPaletteFormat('pvsneslib.pal', bytes), 'bgr555');
    const colors = read('pvsneslib.pal', bytes);
    assert.strictEqual(colors.length, 128);
    colors.forEach((c, i) => assert.deepStrictEqual(c, expanded(bytes[2 * i] | (bytes[2 * i + 1] << 8)), `colour ${i}`));
    assert.deepStrictEqual(colors[0], rgb(99, 107, 99)); // word 0x31AC
    assert.deepStrictEqual(colors[3], rgb(247, 255, 255)); // word 0x7FFE: red 30, green and blue 31
  });

  it('a 512-byte CGRAM dump reads to 256 colours; bit 15 is ignored', () => {
    const bytes = new Uint8Array(512);
    bytes.set([0x1f, 0x80], 2); // red 31 with bit 15 set
    const colors = read('mesen.dmp', bytes);
    assert.strictEqual(colors.length, 256);
    assert.deepStrictEqual(colors[1], rgb(255, 0, 0));
  });

  it('writing rounds 8 → 5 bits', () => {
    assert.deepStrictEqual([...writePaletteFile('bgr555', [rgb(100, 4, 255)])], [12, 0x7c]);
  });
});

describe('palette files: hand-written samples', () => {
  it('JASC-PAL with CRLF and with LF', () => {
    const body = ['JASC-PAL', '0100', '3', '0 0 0', '255 128 7', '12 34 56', ''];
    for (const eol of ['\r\n', '\n']) {
      assert.deepStrictEqual(read('a.pal', text(body.join(eol))), [rgb(0, 0, 0), rgb(255, 128, 7), rgb(12, 34, 56)], JSON.stringify(eol));
    }
  });

  it('GIMP palette with a name, columns, comments, blank lines and colour names', () => {
    const gpl = 'GIMP Palette\nName: Kirby Pink\nColumns: 4\n# made by hand\n#\n\n  0   0   0\tBackdrop\n255 160 208 Kirby body pink\n# outline\n 16  8  24\n';
    assert.deepStrictEqual(read('kirby.gpl', text(gpl)), [rgb(0, 0, 0), rgb(255, 160, 208), rgb(16, 8, 24)]);
  });

  it('RIFF PAL built byte by byte, with a chunk before the data chunk', () => {
    const bytes = riffBytes([[1, 2, 3], [250, 251, 252]], { extraChunk: true });
    assert.deepStrictEqual(read('x.pal', bytes), [rgb(1, 2, 3), rgb(250, 251, 252)]);
  });

  it('ACT without the trailer: all 256 colours', () => {
    const bytes = new Uint8Array(768);
    bytes.set([10, 20, 30], 0);
    bytes.set([7, 8, 9], 255 * 3);
    const colors = read('photoshop.act', bytes);
    assert.strictEqual(colors.length, 256);
    assert.deepStrictEqual(colors[0], rgb(10, 20, 30));
    assert.deepStrictEqual(colors[255], rgb(7, 8, 9));
  });

  it('ACT with the trailer: its big-endian count wins', () => {
    const bytes = new Uint8Array(772);
    bytes.set([10, 20, 30, 40, 50, 60, 99, 99, 99], 0);
    bytes.set([0x00, 0x02, 0x00, 0x00], 768);
    assert.deepStrictEqual(read('photoshop.ACT', bytes), [rgb(10, 20, 30), rgb(40, 50, 60)]);
  });
});

describe('palette files: round trips', () => {
  const formats: PaletteFileFormat[] = ['bgr555', 'riff', 'jasc', 'gpl', 'act'];
  const names: Record<PaletteFileFormat, string> = { bgr555: 'out.bin', riff: 'out.pal', jasc: 'out.pal', gpl: 'out.gpl', act: 'out.act' };
  for (const format of formats) {
    it(`${format}: write then read gives the same colours`, () => {
      const colors = format === 'bgr555' ? sixteen5 : sixteen;
      const bytes = writePaletteFile(format, colors);
      assert.strictEqual(detectPaletteFormat(names[format], bytes), format);
      assert.deepStrictEqual(read(names[format], bytes), colors);
    });
  }

  it('act: 16 colours write 772 bytes with the count trailer, 256 write exactly 768', () => {
    assert.strictEqual(writePaletteFile('act', sixteen).length, 772);
    const full = Array.from({ length: 256 }, (_, i) => rgb(i, 255 - i, (i * 7) % 256));
    const bytes = writePaletteFile('act', full);
    assert.strictEqual(bytes.length, 768);
    assert.deepStrictEqual(read('full.act', bytes), full);
  });

  it('writing an empty or over-long palette, or a channel outside 0–255, is a caller error', () => {
    assert.throws(() => writePaletteFile('jasc', []), RangeError);
    assert.throws(() => writePaletteFile('riff', new Array(257).fill(rgb(0, 0, 0))), RangeError);
    assert.throws(() => writePaletteFile('act', [rgb(0, 256, 0)]), RangeError);
  });
});

describe('palette files: refusals name the problem', () => {
  const cases: Array<[string, string, Uint8Array, RegExp]> = [
    ['RIFF without a PAL form', 'x.pal', text('RIFF\x04\x00\x00\x00WAVEfmt '), /not a RIFF palette: no 'PAL ' form/],
    ['RIFF without a data chunk', 'x.pal', text('RIFF\x04\x00\x00\x00PAL '), /no 'data' chunk/],
    ['RIFF with a truncated data chunk', 'x.pal', riffBytes([[1, 2, 3]]).subarray(0, 26), /'data' chunk is truncated/],
    ['RIFF whose count exceeds its data', 'x.pal', riffBytes([[1, 2, 3]], { count: 2 }), /says 2 colours but the 'data' chunk holds 1/],
    ['RIFF of an unknown version', 'x.pal', riffBytes([[1, 2, 3]], { version: 0x0100 }), /unknown version 0x0100/],
    ['RIFF with no colours', 'x.pal', riffBytes([]), /empty palette/],
    ['JASC with a bad colour line', 'a.pal', text('JASC-PAL\n0100\n3\n0 0 0\n1 2\n3 4 5\n'), /JASC-PAL line 5: expected three numbers 0–255/],
    ['JASC with a value out of range', 'a.pal', text('JASC-PAL\n0100\n1\n0 300 0\n'), /line 4: expected three numbers 0–255, got "0 300 0"/],
    ['JASC with a negative value', 'a.pal', text('JASC-PAL\n0100\n1\n0 -1 0\n'), /line 4: expected three numbers 0–255/],
    ['JASC with a wrong version', 'a.pal', text('JASC-PAL\n0200\n1\n0 0 0\n'), /line 2: expected the version '0100'/],
    ['JASC without a count', 'a.pal', text('JASC-PAL\n0100\nmany\n'), /line 3: expected the colour count/],
    ['JASC with fewer colours than its count', 'a.pal', text('JASC-PAL\n0100\n3\n0 0 0\n'), /says 3 colours but only 1 follow/],
    ['JASC with a count of 0', 'a.pal', text('JASC-PAL\n0100\n0\n'), /empty palette/],
    ['JASC with a count above 256', 'a.pal', text('JASC-PAL\n0100\n257\n'), /more than 256 colours \(got 257\)/],
    ['GIMP with a bad colour line', 'p.gpl', text('GIMP Palette\nName: x\n0 0 zero\n'), /GIMP palette line 3: expected three numbers 0–255/],
    ['GIMP with a value out of range', 'p.gpl', text('GIMP Palette\n0 0 1000 big\n'), /line 2: expected three numbers 0–255/],
    ['GIMP with only comments', 'p.gpl', text('GIMP Palette\nName: x\n# nothing\n'), /empty palette/],
    ['GIMP with 257 colours', 'p.gpl', text(`GIMP Palette\n${'1 2 3\n'.repeat(257)}`), /more than 256 colours \(got 257\)/],
    ['a .gpl without its header', 'p.gpl', text('0 0 0\n'), /not a GIMP palette/],
    ['BGR555 of odd length', 'x.bin', new Uint8Array(33), /a BGR555 palette has an even number of bytes \(got 33\)/],
    ['BGR555 of no bytes', 'x.cgram', new Uint8Array(0), /empty palette/],
    ['BGR555 longer than CGRAM', 'x.bin', new Uint8Array(514), /more than 256 colours \(got 257\)/],
    ['ACT of the wrong size', 'x.act', new Uint8Array(700), /an ACT palette is 768 or 772 bytes \(got 700\)/],
    ['ACT whose trailer counts 0', 'x.act', new Uint8Array(772), /empty palette/],
    ['ACT whose trailer counts 300', 'x.act', Uint8Array.from({ length: 772 }, (_, i) => (i === 768 ? 1 : i === 769 ? 44 : 0)), /more than 256 colours \(got 300\)/],
  ];
  for (const [what, name, bytes, message] of cases) {
    it(what, () => assert.match(refused(name, bytes), message));
  }
});

describe('palette files: detection', () => {
  it('content beats the extension', () => {
    assert.strictEqual(detectPaletteFormat('looks.act', text('JASC-PAL\r\n0100\r\n1\r\n0 0 0\r\n')), 'jasc');
    assert.strictEqual(detectPaletteFormat('looks.gpl', riffBytes([[1, 2, 3]])), 'riff');
    assert.strictEqual(detectPaletteFormat('looks.pal', text('GIMP Palette\n0 0 0\n')), 'gpl');
    assert.strictEqual(detectPaletteFormat('bom.pal', text('\uFEFFJASC-PAL\n0100\n1\n0 0 0\n')), 'jasc');
    assert.deepStrictEqual(read('bom.pal', text('\uFEFFJASC-PAL\n0100\n1\n1 2 3\n')), [rgb(1, 2, 3)]);
  });

  it('then the extension (.act, .gpl, any case), else BGR555', () => {
    const zeros = new Uint8Array(768);
    assert.strictEqual(detectPaletteFormat('dir.v2/photo.ACT', zeros), 'act');
    assert.strictEqual(detectPaletteFormat('x.Gpl', zeros), 'gpl');
    for (const name of ['x.pal', 'x.bin', 'x.cgram', 'x.dmp', 'noextension']) assert.strictEqual(detectPaletteFormat(name, zeros), 'bgr555');
  });
});
