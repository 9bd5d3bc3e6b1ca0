import * as assert from 'assert';
import { checksumOf } from '../../src/core/rom';
import { referenceChecksum } from '../support/romBuilder';
import { randomBytes } from '../support/seededRandom';

const KIB = 1024;
const MIB = 1024 * KIB;

/** A zero image with single marker bytes, so the sum shows how often each region is counted. */
function markers(size: number, marks: Array<[number, number]>): Uint8Array {
  const data = new Uint8Array(size);
  for (const [at, value] of marks) data[at] = value;
  return data;
}

describe('checksum', () => {
  it('a power-of-two image: the plain 16-bit byte sum', () => {
    const data = randomBytes(256 * KIB, 7);
    assert.strictEqual(checksumOf(data), data.reduce((a, b) => a + b, 0) & 0xffff);
  });

  it('2.5 MiB: the last 512 KiB counts four times', () => {
    assert.strictEqual(checksumOf(markers(2.5 * MIB, [[0, 1], [2 * MIB + 5, 1]])), 1 + 4);
  });

  it('6 MiB: the last 2 MiB counts twice', () => {
    assert.strictEqual(checksumOf(markers(6 * MIB, [[100, 1], [4 * MIB + 100, 1]])), 1 + 2);
  });

  it('3 MiB: the last 1 MiB counts twice', () => {
    assert.strictEqual(checksumOf(markers(3 * MIB, [[2 * MIB, 3]])), 6);
  });

  it('2.75 MiB: a tail that is itself not a power of two is mirrored in steps', () => {
    // tail = 512 KiB + 256 KiB; the 256 KiB part doubles inside the tail, then the tail doubles.
    assert.strictEqual(checksumOf(markers(2.75 * MIB, [[2 * MIB, 1], [2.5 * MIB + 9, 1]])), 2 + 4);
  });

  it('agrees with an explicit mirror-and-sum reference on odd sizes', () => {
    for (const size of [48 * KIB, 40 * KIB, 96 * KIB, 1.25 * MIB, 2.5 * MIB, 3.75 * MIB]) {
      const data = randomBytes(size, size);
      assert.strictEqual(checksumOf(data), referenceChecksum(data), `size ${size}`);
    }
  });
});
