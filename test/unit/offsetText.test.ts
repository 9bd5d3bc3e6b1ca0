import * as assert from 'assert';
import { OffsetContext, parseOffsetText, resolveOffsetText } from '../../src/core/rom';

const lorom = { addressing: 'LoROM' as const, romSize: 0x400000 };
const hirom = { addressing: 'HiROM' as const, romSize: 0x400000 };

function resolved(text: string, context: OffsetContext = lorom): number {
  const r = resolveOffsetText(text, context);
  if (!r.ok) assert.fail(r.error);
  return r.value;
}

describe('offsets typed by people', () => {
  it('hex ROM offsets, with or without 0x, any case', () => {
    assert.strictEqual(resolved('0x1A2B3C'), 0x1a2b3c);
    assert.strictEqual(resolved('1A2B3C'), 0x1a2b3c);
    assert.strictEqual(resolved('1a2b3c'), 0x1a2b3c);
    assert.strictEqual(resolved(' 0X7fc0 '), 0x7fc0);
  });

  it('#decimal', () => {
    assert.strictEqual(resolved('#123456'), 123456);
  });

  it('bus addresses go through the mapping', () => {
    assert.strictEqual(resolved('$C1:8000'), 0x208000);
    assert.strictEqual(resolved('C1:8000'), 0x208000);
    assert.strictEqual(resolved('$C18000'), 0x208000);
    assert.strictEqual(resolved('$C1:8000', hirom), 0x18000);
    assert.strictEqual(resolved('$00:FFC0'), 0x7fc0);
  });

  it('parses the form without resolving it', () => {
    assert.deepStrictEqual(parseOffsetText('$C18000'), { ok: true, value: { kind: 'busAddress', bus: 0xc18000 } });
    assert.deepStrictEqual(parseOffsetText('C18000'), { ok: true, value: { kind: 'romOffset', romOffset: 0xc18000 } });
  });

  it('rejects what is not an offset, with the forms it accepts', () => {
    for (const text of ['', 'xyz', '0x', '#12a', '$1:2:3', '-5', '0x1G']) {
      const r = resolveOffsetText(text, lorom);
      assert.ok(!r.ok, text);
      assert.match(r.error, /is not an offset: use 0x1A2B3C/);
    }
  });

  it('rejects offsets past the end of the ROM and bus addresses that are not ROM', () => {
    const past = resolveOffsetText('0x400000', lorom);
    assert.ok(!past.ok && /beyond the end of the ROM/.test(past.error));
    const wram = resolveOffsetText('$7E:8000', lorom);
    assert.ok(!wram.ok && /work RAM/.test(wram.error));
  });
});
