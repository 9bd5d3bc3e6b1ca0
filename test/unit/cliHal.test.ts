import * as assert from 'assert';
import { spawnSync } from 'child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { compressHal, decodeHal } from '../../src/core/hal';
import { projectRoot } from '../support/fixtures';
import { inputOfKind } from '../support/halInputs';
import { buildRom } from '../support/romBuilder';

const cli = join(projectRoot, 'dist', 'cli.js');

function run(...args: string[]): { status: number | null; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, [cli, ...args], { encoding: 'utf8' });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

function pack(data: Uint8Array): Uint8Array {
  const r = compressHal(data);
  if (!r.ok) throw new Error(r.error.message);
  return r.value;
}

const hex = (s: string): Uint8Array => Uint8Array.from((s.replace(/\s+/g, '').match(/../g) ?? []).map((h) => parseInt(h, 16)));

describe('CLI: spritepal decompress and compress', () => {
  let dir: string;
  beforeEach(() => (dir = mkdtempSync(join(tmpdir(), 'spritepal-hal-'))));
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  const file = (name: string, bytes?: Uint8Array): string => {
    const path = join(dir, name);
    if (bytes) writeFileSync(path, bytes);
    return path;
  };
  const read = (path: string): Uint8Array => new Uint8Array(readFileSync(path));

  describe('decompress', () => {
    it('works on a raw stream of a few bytes, as exhal does', () => {
      const out = file('out.bin');
      const r = run('decompress', file('t.hal', hex('03 AA BB CC DD FF 99 99 99 99')), '0', out);
      assert.strictEqual(r.status, 0, r.stderr);
      assert.deepStrictEqual(read(out), hex('AA BB CC DD'));
      assert.match(r.stdout, /Compressed size: +6 bytes/);
      assert.match(r.stdout, /Decompressed size: 4 bytes/);
    });

    it('reports sizes, offsets and command counts as JSON', () => {
      const out = file('out.bin');
      const r = run('decompress', file('t.hal', hex('55 55 02 01 02 03 85 00 00 FF')), '0x2', out, '--json');
      assert.strictEqual(r.status, 0, r.stderr);
      const j = JSON.parse(r.stdout);
      assert.strictEqual(j.romOffset, 2);
      assert.strictEqual(j.fileOffset, 2);
      assert.strictEqual(j.compressedSize, 8);
      assert.strictEqual(j.decompressedSize, 9);
      assert.strictEqual(j.strictValid, true);
      assert.strictEqual(j.commands.copy, 1);
      assert.strictEqual(j.commands.literal, 1);
    });

    it('fails with the reason and position, exit 1, and writes no output file', () => {
      const out = file('out.bin');
      const r = run('decompress', file('bad.hal', hex('02 0A 0B 0C C3 00 02 FF')), '0', out);
      assert.strictEqual(r.status, 1);
      assert.strictEqual(r.stderr.trim().split('\n').length, 1, r.stderr);
      assert.match(r.stderr, /copyOutOfRange/);
      assert.match(r.stderr, /file offset 0x000004/);
      assert.ok(!existsSync(out), 'an output file was written');
    });

    it('leaves an existing output file alone when it fails', () => {
      const out = file('out.bin', hex('12 34'));
      const r = run('decompress', file('bad.hal', hex('FF')), '0', out);
      assert.strictEqual(r.status, 1);
      assert.match(r.stderr, /empty/);
      assert.deepStrictEqual(read(out), hex('12 34'));
    });

    it('--strict refuses a copy from unwritten output that exhal mode decodes with a warning', () => {
      const stream = file('t.hal', hex('80 10 00 FF'));
      const lenient = run('decompress', stream, '0', file('a.bin'));
      assert.strictEqual(lenient.status, 0);
      assert.match(lenient.stderr, /warning: strict decoding refuses/);
      const strict = run('decompress', stream, '0', file('b.bin'), '--strict');
      assert.strictEqual(strict.status, 1);
      assert.match(strict.stderr, /copyFromUnwritten/);
      assert.ok(!existsSync(join(dir, 'b.bin')));
    });

    it('in a ROM with a copier header, offsets are ROM offsets and bus addresses map through the header', () => {
      const data = inputOfKind('tiles', 4096, 3);
      const stream = pack(data);
      const rom = buildRom({ size: 0x80000, headerAt: 0x7fc0, mapMode: 0x20, checksum: 'fixed', copierHeader: true });
      rom.set(stream, 512 + 0x20000);
      const path = file('game.smc', rom);
      for (const offset of ['0x20000', '20000', '$84:8000', '84:8000', '#131072']) {
        const out = file(`out-${offset.replace(/\W/g, '')}.bin`);
        const r = run('decompress', path, offset, out, '--json');
        assert.strictEqual(r.status, 0, `${offset}: ${r.stderr}`);
        const j = JSON.parse(r.stdout);
        assert.strictEqual(j.romOffset, 0x20000, offset);
        assert.strictEqual(j.fileOffset, 0x20000 + 512, offset);
        assert.deepStrictEqual(read(out), data);
      }
    });

    it('refuses an offset beyond the end of the file', () => {
      const r = run('decompress', file('t.hal', hex('22 AA FF')), '0x10', file('o.bin'));
      assert.strictEqual(r.status, 1);
      assert.match(r.stderr, /beyond the end of the file/);
    });
  });

  describe('compress', () => {
    for (const level of ['', '--fast', '--optimal']) {
      it(`writes a stream that decodes back to the input${level ? ` (${level})` : ''}`, () => {
        const data = inputOfKind('mirrored', 3000, 8);
        const out = file('out.hal');
        const r = run('compress', file('in.bin', data), out, '--json', ...(level ? [level] : []));
        assert.strictEqual(r.status, 0, r.stderr);
        const j = JSON.parse(r.stdout);
        assert.strictEqual(j.level, level ? level.slice(2) : 'default');
        assert.strictEqual(j.inputSize, 3000);
        const stream = read(out);
        assert.strictEqual(j.compressedSize, stream.length);
        const d = decodeHal(stream, 0, { mode: 'strict' });
        assert.ok(d.ok && Buffer.from(d.data).equals(Buffer.from(data)));
      });
    }

    it('--fast and --optimal together are a usage error', () => {
      const r = run('compress', file('in.bin', hex('01 02 03')), file('o.hal'), '--fast', '--optimal');
      assert.strictEqual(r.status, 2);
    });

    it('refuses an empty input and one over 65,536 bytes', () => {
      const empty = run('compress', file('empty.bin', new Uint8Array(0)), file('o.hal'));
      assert.strictEqual(empty.status, 1);
      assert.match(empty.stderr, /empty/);
      const big = run('compress', file('big.bin', new Uint8Array(65537)), file('o.hal'));
      assert.strictEqual(big.status, 1);
      assert.match(big.stderr, /65537 bytes/);
      assert.ok(!existsSync(join(dir, 'o.hal')));
    });
  });

  describe('compress --into', () => {
    function romWithBlock(freeAfter: number): { path: string; rom: Uint8Array; oldSize: number } {
      const rom = buildRom({ size: 0x80000, headerAt: 0x7fc0, mapMode: 0x20, checksum: 'fixed' });
      const old = pack(inputOfKind('tiles', 2048, 1));
      rom.set(old, 0x40000);
      rom.fill(0xff, 0x40000 + old.length, 0x40000 + old.length + freeAfter);
      rom[0x40000 + old.length + freeAfter] = 0x12; // something that is not free
      const path = file('game.sfc', rom);
      return { path, rom, oldSize: old.length };
    }
    const backups = (): string[] => readdirSync(dir).filter((f) => f.endsWith('.bak'));

    it('replaces the block when the new stream fits in it and the free bytes after it; keeps a backup', () => {
      const { path, rom, oldSize } = romWithBlock(600);
      const data = inputOfKind('tiles', 3000, 2);
      const size = (pack(data)).length;
      assert.ok(size > oldSize && size <= oldSize + 600, `fixture sizes: old ${oldSize}, new ${size}`);
      const r = run('compress', file('new.bin', data), '--into', path, '0x40000', '--json');
      assert.strictEqual(r.status, 0, r.stderr);
      const j = JSON.parse(r.stdout);
      assert.strictEqual(j.oldBlockSize, oldSize);
      assert.strictEqual(j.freeBytesAfter, 600);
      assert.strictEqual(j.maxSize, oldSize + 600);
      assert.deepStrictEqual(read(j.backup), rom);
      assert.deepStrictEqual(backups(), [j.backup.slice(dir.length + 1)]);
      const written = read(path);
      const d = decodeHal(written, 0x40000, { mode: 'strict' });
      assert.ok(d.ok && Buffer.from(d.data).equals(Buffer.from(data)));
      // Nothing outside the new stream changed.
      assert.deepStrictEqual(written.subarray(0, 0x40000), rom.subarray(0, 0x40000));
      assert.deepStrictEqual(written.subarray(0x40000 + size), rom.subarray(0x40000 + size));
    });

    it('refuses a stream larger than the room, writing nothing and keeping no backup', () => {
      const { path, rom, oldSize } = romWithBlock(10);
      const r = run('compress', file('new.bin', inputOfKind('tiles', 6000, 2)), '--into', path, '0x40000');
      assert.strictEqual(r.status, 1);
      assert.match(r.stderr, new RegExp(`only ${oldSize + 10} bytes are available \\(the old block of ${oldSize} bytes and 10 free bytes`));
      assert.match(r.stderr, /nothing was written/);
      assert.deepStrictEqual(read(path), rom);
      assert.deepStrictEqual(backups(), []);
    });

    it('needs --max-size where no block can be decoded, and honours it', () => {
      const rom = buildRom({ size: 0x80000, headerAt: 0x7fc0, mapMode: 0x20, checksum: 'fixed' });
      rom.set([0x81, 0xff, 0xff], 0x50000); // a copy past 64 KiB: not a block
      const path = file('game.sfc', rom);
      const input = file('new.bin', inputOfKind('runs', 2000, 4));
      const refused = run('compress', input, '--into', path, '0x50000');
      assert.strictEqual(refused.status, 1);
      assert.match(refused.stderr, /no HAL block at 0x050000 .*--max-size/);
      const tooSmall = run('compress', input, '--into', path, '0x50000', '--max-size', '4');
      assert.strictEqual(tooSmall.status, 1);
      const written = run('compress', input, '--into', path, '0x50000', '--max-size', '0x2000', '--optimal');
      assert.strictEqual(written.status, 0, written.stderr);
      const d = decodeHal(read(path), 0x50000);
      assert.ok(d.ok && d.data.length === 2000);
      assert.strictEqual(backups().length, 1);
    });

    it('writes at the file offset of a ROM with a copier header', () => {
      const rom = buildRom({ size: 0x80000, headerAt: 0x7fc0, mapMode: 0x20, checksum: 'fixed', copierHeader: true });
      const path = file('game.smc', rom);
      const data = inputOfKind('sequences', 500, 4);
      const r = run('compress', file('new.bin', data), '--into', path, '$88:8000', '--max-size', '1000', '--json');
      assert.strictEqual(r.status, 0, r.stderr);
      const j = JSON.parse(r.stdout);
      assert.strictEqual(j.romOffset, 0x40000);
      assert.strictEqual(j.fileOffset, 0x40000 + 512);
      const d = decodeHal(read(path), 0x40000 + 512);
      assert.ok(d.ok && Buffer.from(d.data).equals(Buffer.from(data)));
    });
  });
});
