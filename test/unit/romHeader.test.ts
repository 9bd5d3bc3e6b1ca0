import * as assert from 'assert';
import { chipsetName, decodeJisX0201Title, regionName, sizeCodeToKiB } from '../../src/core/rom';

describe('header fields', () => {
  it('titles are JIS X 0201: ASCII, yen sign, half-width katakana; padding trimmed', () => {
    const bytes = new Uint8Array([0x4b, 0x49, 0x52, 0x42, 0x59, 0x20, 0xb6, 0xb0, 0xcb, 0xde, 0x5c, 0x20, 0x20, 0x00]);
    const t = decodeJisX0201Title(bytes);
    assert.strictEqual(t.text, 'KIRBY \uff76\uff70\uff8b\uff9e\u00a5');
    assert.strictEqual(t.printable, true);
  });

  it('control bytes in a title make it unprintable', () => {
    const t = decodeJisX0201Title(new Uint8Array([0x41, 0x01, 0x42]));
    assert.strictEqual(t.printable, false);
    assert.strictEqual(t.text, 'A\ufffdB');
  });

  it('chipset names, SA-1 in the high nibble', () => {
    assert.strictEqual(chipsetName(0x00), 'ROM');
    assert.strictEqual(chipsetName(0x02), 'ROM+RAM+battery');
    assert.strictEqual(chipsetName(0x35), 'ROM+SA-1+RAM+battery');
    assert.strictEqual(chipsetName(0x15), 'ROM+SuperFX+RAM+battery');
    assert.strictEqual(chipsetName(0x43), 'ROM+S-DD1');
  });

  it('regions and sizes', () => {
    assert.strictEqual(regionName(0), 'Japan');
    assert.strictEqual(regionName(1), 'USA/Canada');
    assert.strictEqual(regionName(2), 'Europe');
    assert.match(regionName(0x40), /Unknown \(0x40\)/);
    assert.strictEqual(sizeCodeToKiB(0x09), 512);
    assert.strictEqual(sizeCodeToKiB(0x0c), 4096);
    assert.strictEqual(sizeCodeToKiB(0), 0);
    assert.strictEqual(sizeCodeToKiB(3), 8);
  });
});
