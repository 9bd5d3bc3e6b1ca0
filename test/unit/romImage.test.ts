import * as assert from 'assert';
import { createHash } from 'crypto';
import * as zlib from 'zlib';
import { describeRomFile, loadRomImage, RomImage } from '../../src/core/rom';
import { buildRom } from '../support/romBuilder';
import { readFixture } from '../support/fixtures';
import { randomBytes } from '../support/seededRandom';

function loaded(bytes: Uint8Array): RomImage {
  const result = loadRomImage(bytes);
  if (!result.ok) assert.fail(`expected a ROM, got ${result.error.code}: ${result.error.message}`);
  return result.value;
}

function refused(bytes: Uint8Array): { code: string; message: string } {
  const result = loadRomImage(bytes);
  if (result.ok) assert.fail(`expected a refusal, got a ${result.value.mapping} ROM`);
  return result.error;
}

describe('ROM image: real homebrew (pvsneslib fixtures)', () => {
  for (const [file, title] of [['Mode1.sfc', 'MODE1'], ['hello_world.sfc', 'HELLO_WORLD']] as const) {
    it(`${file}: LoROM header at 0x7FC0, title, valid checksum and hashes`, async () => {
      const bytes = readFixture('roms', 'pvsneslib', file);
      const described = await describeRomFile(file, bytes);
      assert.ok(described.ok);
      const f = described.facts;
      assert.strictEqual(f.mapping, 'LoROM');
      assert.strictEqual(f.headerOffset, 0x7fc0);
      assert.strictEqual(f.copierHeader, false);
      assert.strictEqual(f.title, title);
      assert.strictEqual(f.checksumValid, true);
      assert.strictEqual(f.checksum, f.checksumComputed);
      assert.strictEqual(f.checksum ^ f.checksumComplement, 0xffff);
      assert.strictEqual(f.sha256, createHash('sha256').update(bytes).digest('hex'));
      assert.strictEqual(f.crc32, (zlib.crc32(bytes) >>> 0).toString(16).padStart(8, '0'));
      assert.strictEqual(f.romSizeKiB, 256);
      assert.deepStrictEqual(f.warnings, []);
    });
  }

  it('the same ROM behind a 512-byte copier header: same facts, hashes of the ROM data only', async () => {
    const rom = readFixture('roms', 'pvsneslib', 'Mode1.sfc');
    const withHeader = new Uint8Array(512 + rom.length);
    withHeader.set(rom, 512);
    const plain = await describeRomFile('a', rom);
    const headed = await describeRomFile('b', withHeader);
    assert.ok(plain.ok && headed.ok);
    assert.strictEqual(headed.facts.copierHeader, true);
    assert.strictEqual(headed.facts.headerOffset, 0x7fc0);
    assert.strictEqual(headed.facts.headerFileOffset, 0x7fc0 + 512);
    assert.strictEqual(headed.facts.fileSize, rom.length + 512);
    assert.strictEqual(headed.facts.romSize, rom.length);
    assert.strictEqual(headed.facts.checksumValid, true);
    assert.strictEqual(headed.facts.sha256, plain.facts.sha256);
    assert.strictEqual(headed.facts.crc32, plain.facts.crc32);
  });
});

describe('ROM image: the caller\'s bytes are never changed', () => {
  it('loading a Node Buffer (what vscode.workspace.fs returns) leaves it byte-identical', async () => {
    for (const checksum of ['fixed', 'zeros'] as const) {
      const buffer = Buffer.from(buildRom({ size: 0x40000, headerAt: 0x7fc0, mapMode: 0x20, checksum }));
      const before = createHash('sha256').update(buffer).digest('hex');
      const described = await describeRomFile('buffer.sfc', buffer);
      assert.ok(described.ok);
      assert.strictEqual(createHash('sha256').update(buffer).digest('hex'), before);
      assert.strictEqual(described.facts.sha256, before);
    }
  });
});

describe('ROM image: synthesized maps', () => {
  it('HiROM: header at 0xFFC0, map mode 0x21', () => {
    const image = loaded(buildRom({ size: 0x80000, headerAt: 0xffc0, mapMode: 0x21, checksum: 'fixed' }));
    assert.strictEqual(image.mapping, 'HiROM');
    assert.strictEqual(image.header.romOffset, 0xffc0);
    assert.strictEqual(image.checksumValid, true);
  });

  it('FastROM HiROM (0x31) with a copier header', () => {
    const image = loaded(buildRom({ size: 0x100000, headerAt: 0xffc0, mapMode: 0x31, checksum: 'fixed', copierHeader: true }));
    assert.strictEqual(image.mapping, 'HiROM');
    assert.strictEqual(image.copierHeaderSize, 512);
    assert.strictEqual(image.header.mapMode, 0x31);
    assert.strictEqual(image.checksumValid, true);
  });

  it('ExHiROM: header at 0x40FFC0, map mode 0x25, 6 MiB with mirrored checksum', () => {
    const image = loaded(buildRom({ size: 0x600000, headerAt: 0x40ffc0, mapMode: 0x25, checksum: 'fixed', romSizeCode: 0x0d }));
    assert.strictEqual(image.mapping, 'ExHiROM');
    assert.strictEqual(image.header.romOffset, 0x40ffc0);
    assert.strictEqual(image.checksumValid, true);
  });

  it('SA-1 announced in both $FFD5 (0x23) and $FFD6 (0x35)', () => {
    const image = loaded(buildRom({ size: 0x100000, headerAt: 0x7fc0, mapMode: 0x23, chipset: 0x35, checksum: 'fixed' }));
    assert.strictEqual(image.mapping, 'SA-1');
    assert.strictEqual(image.addressing, 'SA-1');
  });

  it('SA-1 announced only in $FFD6 (SpritePal read the wrong byte and called this LoROM)', () => {
    const image = loaded(buildRom({ size: 0x100000, headerAt: 0x7fc0, mapMode: 0x20, chipset: 0x34, checksum: 'fixed' }));
    assert.strictEqual(image.mapping, 'SA-1');
  });

  it('a FastROM LoROM with battery RAM (0x30, 0x02) stays LoROM', () => {
    const image = loaded(buildRom({ size: 0x80000, headerAt: 0x7fc0, mapMode: 0x30, chipset: 0x02, checksum: 'fixed' }));
    assert.strictEqual(image.mapping, 'LoROM');
  });

  it('S-DD1 and SPC7110 keep their names and map like LoROM and HiROM', () => {
    const sdd1 = loaded(buildRom({ size: 0x100000, headerAt: 0x7fc0, mapMode: 0x32, chipset: 0x43, checksum: 'fixed' }));
    assert.strictEqual(sdd1.mapping, 'S-DD1');
    assert.strictEqual(sdd1.addressing, 'LoROM');
    const spc = loaded(buildRom({ size: 0x100000, headerAt: 0xffc0, mapMode: 0x3a, chipset: 0xf5, checksum: 'fixed' }));
    assert.strictEqual(spc.mapping, 'SPC7110');
    assert.strictEqual(spc.addressing, 'HiROM');
  });
});

describe('ROM image: checksums that ROM hacks leave behind are warnings, not refusals', () => {
  for (const checksum of ['placeholder', 'broken', 'zeros'] as const) {
    for (const [map, headerAt, mapMode] of [['LoROM', 0x7fc0, 0x20], ['HiROM', 0xffc0, 0x21]] as const) {
      it(`${map} with a ${checksum} checksum opens, invalid, with a warning`, () => {
        const image = loaded(buildRom({ size: 0x80000, headerAt, mapMode, checksum }));
        assert.strictEqual(image.mapping, map);
        assert.strictEqual(image.header.romOffset, headerAt);
        assert.strictEqual(image.checksumValid, false);
        assert.match(image.warnings.join('\n'), /does not match the computed/);
      });
    }
  }

  it('the computed checksum is what a fixer would write, whatever the placeholder', () => {
    const fixed = loaded(buildRom({ size: 0x80000, headerAt: 0x7fc0, mapMode: 0x20, checksum: 'fixed', seed: 9 }));
    const placeholder = loaded(buildRom({ size: 0x80000, headerAt: 0x7fc0, mapMode: 0x20, checksum: 'zeros', seed: 9 }));
    assert.strictEqual(placeholder.checksumComputed, fixed.header.checksum);
  });
});

describe('ROM image: files that are not ROMs are refused with the reason', () => {
  it('an empty file', () => assert.strictEqual(refused(new Uint8Array(0)).code, 'empty'));

  it('a file under 32 KiB', () => {
    const e = refused(randomBytes(20 * 1024, 3));
    assert.strictEqual(e.code, 'tooSmall');
    assert.match(e.message, /20 KiB is too small/);
  });

  it('a truncated ROM (the first 16 KiB of a real one)', () => {
    const e = refused(readFixture('roms', 'pvsneslib', 'Mode1.sfc').subarray(0, 16 * 1024));
    assert.strictEqual(e.code, 'tooSmall');
  });

  it('a truncated HiROM ROM whose header was cut off', () => {
    const e = refused(buildRom({ size: 0x80000, headerAt: 0xffc0, mapMode: 0x21, checksum: 'fixed' }).subarray(0, 0xc000));
    assert.strictEqual(e.code, 'noHeader');
  });

  it('a file over 16 MiB', () => {
    const e = refused(new Uint8Array(16 * 1024 * 1024 + 1024));
    assert.strictEqual(e.code, 'tooLarge');
  });

  it('a PNG image', () => {
    const png = new Uint8Array(64 * 1024);
    png.set([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    const e = refused(png);
    assert.strictEqual(e.code, 'knownFormat');
    assert.match(e.message, /PNG image, not a SNES ROM/);
  });

  it('a text file, large or small', () => {
    const text = new TextEncoder().encode('SNES ROM hacking notes\n'.repeat(3000));
    assert.strictEqual(refused(text).code, 'text');
    assert.strictEqual(refused(new TextEncoder().encode('hello\n')).code, 'text');
  });

  it('random bytes (garbage) of a ROM-like size', () => {
    for (const seed of [1, 2, 3, 4, 5]) assert.strictEqual(refused(randomBytes(0x80000, seed)).code, 'noHeader');
  });

  it('all zeros', () => assert.strictEqual(refused(new Uint8Array(0x40000)).code, 'noHeader'));
});
