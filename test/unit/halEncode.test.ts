import * as assert from 'assert';
import { readdirSync } from 'fs';
import { compressHal, decodeHal, HAL_LEVELS, HalLevel } from '../../src/core/hal';
import { fixturePath, readFixture } from '../support/fixtures';
import { BOUNDARY_SIZES, INPUT_KINDS, inputOfKind } from '../support/halInputs';
import { referenceInhal, referenceOptimalSize } from '../support/referenceHal';
import { mulberry32 } from '../support/seededRandom';

const hex = (s: string): Uint8Array => Uint8Array.from((s.replace(/\s+/g, '').match(/../g) ?? []).map((h) => parseInt(h, 16)));
const toHex = (a: Uint8Array): string => Buffer.from(a).toString('hex').toUpperCase();

function compressed(input: Uint8Array, level: HalLevel): Uint8Array {
  const r = compressHal(input, level);
  assert.ok(r.ok, `${level}: ${!r.ok && r.error.message}`);
  return r.value;
}

function assertRoundTrip(input: Uint8Array, stream: Uint8Array, label: string): void {
  for (const mode of ['exhal', 'strict'] as const) {
    const r = decodeHal(stream, 0, { mode });
    assert.ok(r.ok, `${label}: ${mode} decode failed: ${JSON.stringify(r)}`);
    assert.strictEqual(r.compressedSize, stream.length, `${label}: stream size`);
    assert.ok(Buffer.from(r.data).equals(Buffer.from(input)), `${label}: ${mode} decode differs from the input`);
  }
}

describe('HAL encoder', () => {
  describe('domain-spec §1.11 encoder vectors (inhal 76b12ee)', () => {
    const distinct = Array.from({ length: 40 }, (_, i) => ((i * 37 + 11) & 0xff).toString(16).padStart(2, '0')).join('');
    const reversed = (distinct.match(/../g) ?? []).reverse().join('');
    const vectors: Array<[string, string, HalLevel]> = [
      ['05', '00 05 FF', 'default'],
      ['07 07', '01 07 07 FF', 'default'],
      ['09 09 09', '22 09 FF', 'default'],
      ['22'.repeat(40), 'E4 27 22 FF', 'default'],
      ['00'.repeat(32), '3F 00 FF', 'default'],
      ['01 02 01 02', '41 01 02 FF', 'default'],
      ['ABCD'.repeat(4), '43 AB CD FF', 'default'],
      ['01 02 03 04 05 06 07 08 09 0A', '69 01 FF', 'default'],
      ['01 02 03 04 05 06 07 08 09 0A', '09 01 02 03 04 05 06 07 08 09 0A FF', 'fast'],
      ['01 02 03 04 05 06 06 05 04 03 02 01', '65 01 C5 00 05 FF', 'default'],
      ['01 02 03 04 09 01 02 03 04 09 07 07', '63 01 00 09 84 00 00 01 07 07 FF', 'default'],
      ['10 20 30 40 55 66 77 88 08 04 0C 02 AA 66 EE 11', '07 10 20 30 40 55 66 77 88 A7 00 00 FF', 'default'],
      [distinct + distinct, `E0 27 ${distinct} F0 27 00 00 FF`, 'default'],
      [distinct + reversed, `E0 27 ${distinct} F8 27 00 27 FF`, 'default'],
    ];
    for (const [input, output, level] of vectors) {
      it(`${level}: ${input.slice(0, 24)}… (${input.replace(/\s/g, '').length / 2} bytes)`, () => {
        assert.strictEqual(toHex(compressed(hex(input), level)), toHex(hex(output)));
      });
    }
  });

  describe('default and fast write what inhal writes (checked against a literal reading of §1.10)', () => {
    const next = mulberry32(1234);
    for (let c = 0; c < 60; c++) {
      const size = 1 + ((next() * 700) | 0);
      const alphabet = [2, 3, 4, 16, 256][c % 5];
      const input = Uint8Array.from({ length: size }, () => (next() * alphabet) | 0);
      it(`random case ${c}: ${size} bytes over ${alphabet} symbols`, () => {
        for (const level of ['fast', 'default'] as const) {
          const expected = referenceInhal(input, level === 'fast');
          assert.strictEqual(toHex(compressed(input, level)), toHex(expected), level);
        }
      });
    }
    for (const kind of INPUT_KINDS) {
      for (const size of [33, 1025, 2048]) {
        it(`${kind}, ${size} bytes`, () => {
          const input = inputOfKind(kind, size, size);
          for (const level of ['fast', 'default'] as const) {
            assert.strictEqual(toHex(compressed(input, level)), toHex(referenceInhal(input, level === 'fast')), level);
          }
        });
      }
    }
  });

  describe('optimal is the smallest stream the format allows (checked by exhaustive search)', () => {
    const next = mulberry32(99);
    for (let c = 0; c < 40; c++) {
      const size = 1 + ((next() * 160) | 0);
      const alphabet = [2, 3, 5, 256][c % 4];
      const input = Uint8Array.from({ length: size }, () => (next() * alphabet) | 0);
      it(`random case ${c}: ${size} bytes over ${alphabet} symbols`, () => {
        const stream = compressed(input, 'optimal');
        assertRoundTrip(input, stream, 'optimal');
        assert.strictEqual(stream.length, referenceOptimalSize(input));
      });
    }
    for (const kind of INPUT_KINDS) {
      it(`${kind}, 300 bytes`, () => {
        const input = inputOfKind(kind, 300, 7);
        assert.strictEqual(compressed(input, 'optimal').length, referenceOptimalSize(input));
      });
    }
  });

  describe('round trips at every boundary size, input kind and level', () => {
    for (const kind of INPUT_KINDS) {
      for (const size of BOUNDARY_SIZES) {
        it(`${kind}, ${size} bytes`, () => {
          const input = inputOfKind(kind, size, size * 31 + kind.length);
          const sizes: Partial<Record<HalLevel, number>> = {};
          for (const level of HAL_LEVELS) {
            const r = compressHal(input, level);
            if (!r.ok) {
              // Only data with no redundancy can overflow: 64 KiB of it needs 64 KiB of literals.
              assert.strictEqual(kind, 'incompressible', r.error.message);
              assert.strictEqual(r.error.code, 'outputTooLarge');
              assert.ok(size >= 65535);
              continue;
            }
            assertRoundTrip(input, r.value, `${kind}/${size}/${level}`);
            assert.ok(r.value.length <= 65536);
            sizes[level] = r.value.length;
          }
          if (sizes.optimal !== undefined && sizes.default !== undefined) {
            assert.ok(sizes.optimal <= sizes.default, `optimal ${sizes.optimal} > default ${sizes.default}`);
          }
        });
      }
    }
  });

  describe('streams of other encoders (DarkKirb/kirby)', () => {
    const names = readdirSync(fixturePath('hal-vectors'))
      .filter((f) => f.startsWith('darkkirb_') && !f.includes('err') && f.endsWith('.hal'))
      .map((f) => f.slice(0, -4));
    for (const name of names) {
      it(`${name}: optimal is no larger than the vector's stream`, () => {
        const input = readFixture('hal-vectors', `${name}.expected`);
        const theirs = readFixture('hal-vectors', `${name}.hal`);
        const ours = compressed(input, 'optimal');
        assertRoundTrip(input, ours, name);
        assert.ok(ours.length <= theirs.length, `${ours.length} > ${theirs.length}`);
      });
    }
  });

  describe('bad input', () => {
    it('refuses an empty input', () => {
      const r = compressHal(new Uint8Array(0));
      assert.ok(!r.ok && r.error.code === 'emptyInput' && /empty/.test(r.error.message));
    });
    it('refuses more than 65,536 bytes', () => {
      const r = compressHal(new Uint8Array(65537), 'optimal');
      assert.ok(!r.ok && r.error.code === 'inputTooLarge' && /65537 bytes/.test(r.error.message));
    });
    it('refuses when even the smallest stream would not fit in 64 KiB', () => {
      for (const level of HAL_LEVELS) {
        const r = compressHal(inputOfKind('incompressible', 65536, 5), level);
        assert.ok(!r.ok && r.error.code === 'outputTooLarge', level);
        assert.match(r.error.message, /65,536/);
      }
    });
  });
});
