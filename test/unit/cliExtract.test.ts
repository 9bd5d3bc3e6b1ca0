import * as assert from 'assert';
import { spawnSync } from 'child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { decodePngImage, decodeTiles, paletteFromBgr555, tilesToImage } from '../../src/core/gfx';
import { compressHal } from '../../src/core/hal';
import { projectRoot, readFixture } from '../support/fixtures';
import { buildRom } from '../support/romBuilder';

const cli = join(projectRoot, 'dist', 'cli.js');

function run(...args: string[]): { status: number | null; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, [cli, ...args], { encoding: 'utf8' });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

const TILES = readFixture('tiles', 'pvsneslib-2012', 'MosaicShading', 'pvsneslib.pic'); // 392 tiles, 4bpp
const PALETTE = readFixture('tiles', 'pvsneslib-2012', 'MosaicShading', 'pvsneslib.pal'); // 128 colours

function packed(data: Uint8Array): Uint8Array {
  const r = compressHal(data, 'optimal');
  if (!r.ok) throw new Error(r.error.message);
  return r.value;
}

describe('CLI: spritepal extract', () => {
  let dir: string;
  beforeEach(() => (dir = mkdtempSync(join(tmpdir(), 'spritepal-extract-'))));
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  const maps = [
    { name: 'LoROM', headerAt: 0x7fc0 as const, mapMode: 0x20, block: 0x38000, palette: 0x50000, bus: '$07:8000' },
    { name: 'HiROM', headerAt: 0xffc0 as const, mapMode: 0x21, block: 0x38000, palette: 0x50000, bus: '$C3:8000' },
  ];
  for (const m of maps) {
    for (const copierHeader of [false, true]) {
      it(`${m.name}${copierHeader ? ' with a copier header' : ''}: the PNG holds the tiles' indices and the ROM's palette`, () => {
        const rom = buildRom({ size: 0x80000, headerAt: m.headerAt, mapMode: m.mapMode, checksum: 'fixed', copierHeader });
        const skip = copierHeader ? 512 : 0;
        const stream = packed(TILES);
        rom.set(stream, skip + m.block);
        rom.set(PALETTE, skip + m.palette);
        const romPath = join(dir, copierHeader ? 'game.smc' : 'game.sfc');
        writeFileSync(romPath, rom);
        const out = join(dir, 'sprite.png');
        const r = run('extract', romPath, `0x${m.block.toString(16)}`, out, '--palette', `rom:0x${m.palette.toString(16)}`, '--palette-index', '2');
        assert.strictEqual(r.status, 0, r.stderr);

        const png = decodePngImage(new Uint8Array(readFileSync(out)));
        assert.ok(png.ok && png.value.kind === 'indexed');
        const expected = tilesToImage(decodeTiles(TILES, '4bpp').indices, 16);
        assert.strictEqual(png.value.width, 128);
        assert.deepStrictEqual(png.value.indices, expected.pixels);
        assert.deepStrictEqual(png.value.palette, paletteFromBgr555(PALETTE).slice(32, 48));

        const meta = JSON.parse(readFileSync(join(dir, 'sprite.json'), 'utf8'));
        assert.strictEqual(meta.romOffset, m.block);
        assert.strictEqual(meta.fileOffset, m.block + skip);
        assert.strictEqual(meta.snesAddress, m.bus);
        assert.strictEqual(meta.bpp, 4);
        assert.strictEqual(meta.compression, 'hal');
        assert.strictEqual(meta.compressedSize, stream.length);
        assert.strictEqual(meta.decompressedSize, TILES.length);
        assert.strictEqual(meta.tileCount, 392);
        assert.strictEqual(meta.tilesPerRow, 16);
        assert.deepStrictEqual(meta.palette.source, `rom:0x${m.palette.toString(16).toUpperCase().padStart(6, '0')}`);
        assert.strictEqual(meta.palette.index, 2);
        assert.strictEqual(meta.palette.romOffset, m.palette + 2 * 32);
        assert.strictEqual(meta.title, 'SPRITEPAL TEST');
        assert.match(meta.sha256, /^[0-9a-f]{64}$/);
        assert.deepStrictEqual(readdirSync(dir).sort(), [copierHeader ? 'game.smc' : 'game.sfc', 'sprite.json', 'sprite.png']);
      });
    }
  }

  it('an output name without .png gets one, and never .png.png', () => {
    const rom = buildRom({ size: 0x80000, headerAt: 0x7fc0, mapMode: 0x20, checksum: 'fixed' });
    rom.set(packed(TILES.subarray(0, 1024)), 0x20000);
    const romPath = join(dir, 'game.sfc');
    writeFileSync(romPath, rom);
    assert.strictEqual(run('extract', romPath, '0x20000', join(dir, 'a')).status, 0);
    assert.strictEqual(run('extract', romPath, '0x20000', join(dir, 'b.PNG')).status, 0);
    assert.deepStrictEqual(readdirSync(dir).sort(), ['a.json', 'a.png', 'b.PNG', 'b.json', 'game.sfc']);
  });

  it('raw 2bpp and 8bpp with tiles per row, length, a palette file and a CGRAM dump', () => {
    const rom = buildRom({ size: 0x80000, headerAt: 0x7fc0, mapMode: 0x20, checksum: 'fixed' });
    const twoBpp = readFixture('tiles', 'undisbeliever', 'gen', 'example-backgrounds__clouds-2bpp-tiles.tiles');
    rom.set(twoBpp, 0x10000);
    const romPath = join(dir, 'game.sfc');
    writeFileSync(romPath, rom);
    const cgram = new Uint8Array(512);
    cgram.set(PALETTE);
    writeFileSync(join(dir, 'dump.cgram'), cgram);
    const r = run('extract', romPath, '0x10000', join(dir, 'raw.png'), '--raw', '--bpp', '2', '--length', String(twoBpp.length), '--tiles-per-row', '8', '--palette', `cgram:${join(dir, 'dump.cgram')}`, '--palette-index', '3', '--json');
    assert.strictEqual(r.status, 0, r.stderr);
    const meta = JSON.parse(r.stdout);
    assert.strictEqual(meta.compression, 'raw');
    assert.strictEqual(meta.tileCount, twoBpp.length / 16);
    assert.strictEqual(meta.width, 64);
    const png = decodePngImage(new Uint8Array(readFileSync(join(dir, 'raw.png'))));
    assert.ok(png.ok && png.value.kind === 'indexed');
    assert.deepStrictEqual(png.value.indices, tilesToImage(decodeTiles(twoBpp, '2bpp').indices, 8).pixels);
    assert.deepStrictEqual(png.value.palette, paletteFromBgr555(PALETTE).slice(12, 16));

    writeFileSync(join(dir, 'mosaic.pal'), PALETTE);
    const eight = run('extract', romPath, '0x10000', join(dir, 'eight.png'), '--raw', '--bpp', '8', '--palette', `file:${join(dir, 'mosaic.pal')}`);
    assert.strictEqual(eight.status, 0, eight.stderr);
    const eightPng = decodePngImage(new Uint8Array(readFileSync(join(dir, 'eight.png'))));
    assert.ok(eightPng.ok && eightPng.value.kind === 'indexed');
    assert.strictEqual(eightPng.value.palette.length, 256);
    assert.deepStrictEqual(eightPng.value.palette.slice(0, 128), paletteFromBgr555(PALETTE));
  });

  it('fails with one line and writes nothing when there is no HAL stream, or a palette is wrong', () => {
    const rom = buildRom({ size: 0x80000, headerAt: 0x7fc0, mapMode: 0x20, checksum: 'fixed' });
    rom.set([0x81, 0xff, 0xff], 0x20000);
    const romPath = join(dir, 'game.sfc');
    writeFileSync(romPath, rom);
    const out = join(dir, 'x.png');
    const cases: Array<[string[], RegExp]> = [
      [['0x20000', out], /no HAL stream at 0x20000: a copy command reads outside the 64 KiB output \(copyOutOfRange/],
      [['0x20000', out, '--raw', '--palette', 'rom:0x7FFF0'], /runs past the end of the ROM/],
      [['0x20000', out, '--raw', '--palette', 'nonsense'], /use gray, rom:OFFSET, cgram:FILE or file:FILE/],
      [['0x20000', out, '--raw', '--palette', `cgram:${romPath}`], /a CGRAM dump is 512 bytes/],
      [['0x90000', out], /beyond the end of the ROM/],
    ];
    for (const [args, message] of cases) {
      const r = run('extract', romPath, ...args);
      assert.strictEqual(r.status, 1, `${args.join(' ')}: ${r.stdout}`);
      assert.match(r.stderr, message);
      assert.strictEqual(r.stderr.trim().split('\n').length, 1);
      assert.ok(!existsSync(out) && !existsSync(join(dir, 'x.json')));
    }
  });
});
