import * as assert from 'assert';
import { readdirSync } from 'fs';
import { decodeHal, HalDecodeResult } from '../../src/core/hal';
import { fixturePath, readFixture } from '../support/fixtures';

const hex = (s: string): Uint8Array => Uint8Array.from((s.replace(/\s+/g, '').match(/../g) ?? []).map((h) => parseInt(h, 16)));
const repeat = (s: string, times: number): Uint8Array => hex(s.repeat(times));

function decoded(r: HalDecodeResult): { data: Uint8Array; compressedSize: number } {
  assert.ok(r.ok, `decode failed: ${JSON.stringify(r)}`);
  return r;
}

describe('HAL decoder', () => {
  describe('domain-spec §1.11 vectors (exhal 76b12ee)', () => {
    const vectors: Array<[string, string, number]> = [
      ['03 AA BB CC DD FF', 'AA BB CC DD', 6],
      ['24 7E FF', '7E'.repeat(5), 3],
      ['42 12 34 FF', '12 34 12 34 12 34', 4],
      ['65 F8 FF', 'F8 F9 FA FB FC FD', 3],
      ['02 01 02 03 85 00 00 FF', '01 02 03 01 02 03 01 02 03', 8],
      ['01 01 80 A1 00 00 FF', '01 80 80 01', 7],
      ['02 0A 0B 0C C2 00 02 FF', '0A 0B 0C 0C 0B 0A', 8],
      ['E6 00 01 FF', '01'.repeat(513), 4],
      ['EB FF 12 34 FF', '1234'.repeat(1024), 5],
    ];
    for (const [stream, output, size] of vectors) {
      it(`${stream} decodes in both modes`, () => {
        for (const mode of ['exhal', 'strict'] as const) {
          const r = decoded(decodeHal(hex(stream), 0, { mode }));
          assert.deepStrictEqual(r.data, hex(output));
          assert.strictEqual(r.compressedSize, size);
        }
      });
    }

    it('long-form command 7 acts as a copy in exhal mode and is refused in strict mode', () => {
      const stream = hex('02 01 02 03 FC 03 00 00 FF');
      assert.deepStrictEqual(decoded(decodeHal(stream)).data, hex('01 02 03 01 02 03 01'));
      const strict = decodeHal(stream, 0, { mode: 'strict' });
      assert.deepStrictEqual(strict, { ok: false, reason: 'reservedCommand', at: 4, produced: 3 });
    });

    it('a copy from output not yet written reads zero in exhal mode and fails in strict mode', () => {
      assert.deepStrictEqual(decoded(decodeHal(hex('80 10 00 FF'))).data, hex('00'));
      assert.deepStrictEqual(decoded(decodeHal(hex('80 FF FF FF'))).data, hex('00'));
      assert.deepStrictEqual(decodeHal(hex('80 10 00 FF'), 0, { mode: 'strict' }), {
        ok: false,
        reason: 'copyFromUnwritten',
        at: 0,
        produced: 0,
      });
    });

    it('fails where exhal fails', () => {
      const cases: Array<[string, string, number]> = [
        ['02 0A 0B 0C C3 00 02 FF', 'copyOutOfRange', 4], // backward copy before index 0
        ['81 FF FF FF', 'copyOutOfRange', 0], // P + L > 65536
        ['FF', 'empty', 0],
        ['03 AA BB', 'eof', 0],
        ['03 AA BB CC DD', 'eof', 5],
        ['E0', 'eof', 0],
        ['21', 'eof', 0],
        ['41 12', 'eof', 0],
        ['85 00', 'eof', 0],
      ];
      for (const [stream, reason, at] of cases) {
        for (const mode of ['exhal', 'strict'] as const) {
          const r = decodeHal(hex(stream), 0, { mode });
          assert.ok(!r.ok, `${stream} should fail`);
          assert.strictEqual(r.reason, reason, stream);
          assert.strictEqual(r.at, at, stream);
        }
      }
    });

    it('accepts exactly 65,536 output bytes and no more', () => {
      const max = new Uint8Array([...repeat('E7FF11', 64), 0xff]);
      const r = decoded(decodeHal(max));
      assert.strictEqual(r.data.length, 65536);
      assert.ok(r.data.every((b) => b === 0x11));
      assert.strictEqual(r.compressedSize, 193);
      const over = decodeHal(new Uint8Array([...repeat('E7FF11', 65), 0xff]));
      assert.deepStrictEqual(over, { ok: false, reason: 'outputTooLarge', at: 192, produced: 65536 });
    });
  });

  describe('vectors from compy and DarkKirb/kirby (test/fixtures/hal-vectors)', () => {
    const dir = fixturePath('hal-vectors');
    const names = readdirSync(dir)
      .filter((f) => f.endsWith('.hal'))
      .map((f) => f.slice(0, -4));
    it('holds the vectors', () => assert.ok(names.length >= 18, `${names.length} vectors`));
    for (const name of names.filter((n) => !n.includes('err'))) {
      it(`${name} decodes to its expected bytes in both modes`, () => {
        const stream = readFixture('hal-vectors', `${name}.hal`);
        const expected = readFixture('hal-vectors', `${name}.expected`);
        for (const mode of ['exhal', 'strict'] as const) {
          const r = decoded(decodeHal(stream, 0, { mode }));
          assert.deepStrictEqual(r.data, expected);
          assert.strictEqual(r.compressedSize, stream.length);
        }
      });
    }
    it('compy_error_backref_before_data: exhal reads one zero byte; strict refuses', () => {
      const stream = readFixture('hal-vectors', 'compy_error_backref_before_data.hal');
      assert.deepStrictEqual(decoded(decodeHal(stream)).data, hex('00'));
      const strict = decodeHal(stream, 0, { mode: 'strict' });
      assert.ok(!strict.ok && strict.reason === 'copyFromUnwritten');
    });
    it('darkkirb_err_FE (FE FF FF): command 7 whose position is cut off fails in exhal mode; strict refuses the command', () => {
      const stream = readFixture('hal-vectors', 'darkkirb_err_FE.hal');
      assert.deepStrictEqual(decodeHal(stream), { ok: false, reason: 'eof', at: 0, produced: 0 });
      // exhal zero-pads its window, reads position 0xFF00 and fails on range: a failure too.
      const padded = new Uint8Array([...stream, 0x00]);
      assert.deepStrictEqual(decodeHal(padded), { ok: false, reason: 'copyOutOfRange', at: 0, produced: 0 });
      const strict = decodeHal(stream, 0, { mode: 'strict' });
      assert.ok(!strict.ok && strict.reason === 'reservedCommand');
    });
    it('darkkirb_err_overflow: 16 word fills of 2048 bytes and no terminator', () => {
      const r = decodeHal(readFixture('hal-vectors', 'darkkirb_err_overflow.hal'));
      assert.deepStrictEqual(r, { ok: false, reason: 'eof', at: 69, produced: 2 + 16 * 2048 });
      // Upstream's version repeats the word fill until the output passes 64 KiB.
      const long = new Uint8Array([0x00, 0xff, ...hex('EBFF0000'.repeat(40)), 0xff]);
      assert.deepStrictEqual(decodeHal(long), { ok: false, reason: 'outputTooLarge', at: 2 + 31 * 4, produced: 1 + 31 * 2048 });
    });
  });

  describe('contract', () => {
    it('decodes from an offset; `at` and the size count from the input it was given', () => {
      const rom = new Uint8Array([0x55, 0x55, ...hex('03 AA BB CC DD FF'), 0x99]);
      const r = decoded(decodeHal(rom, 2));
      assert.deepStrictEqual(r.data, hex('AA BB CC DD'));
      assert.strictEqual(r.compressedSize, 6);
      const bad = decodeHal(new Uint8Array([0x55, 0x55, 0x03, 0xaa]), 2);
      assert.ok(!bad.ok && bad.reason === 'eof' && bad.at === 2);
    });

    it('reads at most 64 KiB of input from the offset, as exhal does', () => {
      // 64 literal runs of 1024 bytes need 65,664 input bytes: past exhal's window although the
      // buffer holds them and the terminator.
      const stream = new Uint8Array(64 * 1026 + 1);
      for (let c = 0; c < 64; c++) stream.set([0xe3, 0xff], c * 1026);
      stream[stream.length - 1] = 0xff;
      const r = decodeHal(stream);
      assert.ok(!r.ok && r.reason === 'eof' && r.at === 63 * 1026, JSON.stringify(r));
    });

    it('a copy from unwritten output reads zero even after an earlier decode filled the buffer', () => {
      decoded(decodeHal(hex('E7 FF 77 FF')));
      assert.deepStrictEqual(decoded(decodeHal(hex('00 01 83 00 02 FF'))).data, hex('01 00 00 00 00'));
      decoded(decodeHal(hex('E7 FF 77 FF')));
      // Backward copy starting beyond the output: reads zeros, then what it wrote itself.
      assert.deepStrictEqual(decoded(decodeHal(hex('01 05 06 C4 00 04 FF'))).data, hex('05 06 00 00 00 06 05'));
    });

    it('copies overlapping ranges one byte at a time', () => {
      assert.deepStrictEqual(decoded(decodeHal(hex('01 01 02 A5 00 00 FF'))).data, hex('01 02 80 40 01 02 80 40'));
      assert.deepStrictEqual(decoded(decodeHal(hex('00 07 86 00 00 FF'))).data, hex('07'.repeat(8)));
    });

    it('honours a smaller output limit', () => {
      const r = decodeHal(hex('E7 FF 11 FF'), 0, { maxOutput: 512 });
      assert.deepStrictEqual(r, { ok: false, reason: 'outputTooLarge', at: 0, produced: 0 });
    });

    it('counts the commands it ran', () => {
      const r = decodeHal(hex('02 01 02 03 85 00 00 21 09 41 01 02 61 05 A1 00 00 C1 00 02 FF'));
      assert.ok(r.ok);
      assert.deepStrictEqual(r.commands, {
        literal: 1,
        byteFill: 1,
        wordFill: 1,
        sequenceFill: 1,
        copy: 1,
        bitReversedCopy: 1,
        backwardCopy: 1,
      });
    });

    it('returns a copy of its output, not a view of a shared buffer', () => {
      const first = decoded(decodeHal(hex('22 AA FF'))).data;
      decoded(decodeHal(hex('22 BB FF')));
      assert.deepStrictEqual(first, hex('AA AA AA'));
    });
  });
});
