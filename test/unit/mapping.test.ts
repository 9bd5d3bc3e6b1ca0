import * as assert from 'assert';
import { Addressing, busToRomOffset, formatBusAddress, romOffsetToBus } from '../../src/core/rom';

function bus(addressing: Addressing, romOffset: number): string {
  const r = romOffsetToBus(addressing, romOffset);
  if (!r.ok) assert.fail(r.error);
  return formatBusAddress(r.value);
}

function rom(addressing: Addressing, busAddress: number): number {
  const r = busToRomOffset(addressing, busAddress);
  if (!r.ok) assert.fail(r.error);
  return r.value;
}

function refused(addressing: Addressing, busAddress: number): string {
  const r = busToRomOffset(addressing, busAddress);
  if (r.ok) assert.fail(`expected no ROM at ${formatBusAddress(busAddress)}, got 0x${r.value.toString(16)}`);
  return r.error;
}

describe('mapping: ROM offset ↔ SNES bus address', () => {
  it('LoROM', () => {
    assert.strictEqual(bus('LoROM', 0), '$00:8000');
    assert.strictEqual(bus('LoROM', 0x7fc0), '$00:FFC0');
    assert.strictEqual(bus('LoROM', 0x8000), '$01:8000');
    assert.strictEqual(bus('LoROM', 0x1a2b3c), '$34:AB3C');
    assert.strictEqual(bus('LoROM', 0x3f8000), '$FF:8000', 'banks $7E/$7F are WRAM: use the $FE/$FF mirror');
    assert.strictEqual(rom('LoROM', 0x018000), 0x8000);
    assert.strictEqual(rom('LoROM', 0x808000), 0);
    assert.strictEqual(rom('LoROM', 0xc18000), 0x208000);
    assert.match(refused('LoROM', 0x7e8000), /work RAM/);
    assert.match(refused('LoROM', 0x001234), /system area/);
    assert.match(refused('LoROM', 0xc01234), /below \$8000/);
  });

  it('HiROM', () => {
    assert.strictEqual(bus('HiROM', 0), '$C0:0000');
    assert.strictEqual(bus('HiROM', 0xffc0), '$C0:FFC0');
    assert.strictEqual(bus('HiROM', 0x1a2b3c), '$DA:2B3C');
    assert.strictEqual(rom('HiROM', 0xc18000), 0x18000);
    assert.strictEqual(rom('HiROM', 0x00ffc0), 0xffc0);
    assert.strictEqual(rom('HiROM', 0x418000), 0x18000);
    assert.strictEqual(rom('HiROM', 0x808000), 0x8000);
    assert.match(refused('HiROM', 0x801000), /system area/);
  });

  it('ExHiROM: first 4 MiB at $C0–$FF, the rest at $40–$7D', () => {
    assert.strictEqual(bus('ExHiROM', 0x10000), '$C1:0000');
    assert.strictEqual(bus('ExHiROM', 0x40ffc0), '$40:FFC0');
    assert.strictEqual(rom('ExHiROM', 0x40ffc0), 0x40ffc0);
    assert.strictEqual(rom('ExHiROM', 0x00ffc0), 0x40ffc0, 'the header the CPU sees at $00:FFC0 is in the upper 4 MiB');
    assert.strictEqual(rom('ExHiROM', 0x80ffc0), 0xffc0);
    assert.strictEqual(rom('ExHiROM', 0xc18000), 0x18000);
  });

  it('SA-1 default mapping', () => {
    assert.strictEqual(bus('SA-1', 0x1a2b3c), '$DA:2B3C');
    assert.strictEqual(rom('SA-1', 0xc18000), 0x18000);
    assert.strictEqual(rom('SA-1', 0x008000), 0);
    assert.strictEqual(rom('SA-1', 0x00ffc0), 0x7fc0);
    assert.strictEqual(rom('SA-1', 0x208000), 0x100000, 'banks $20–$3F: block D, the second MiB');
    assert.strictEqual(rom('SA-1', 0x808000), 0x200000, 'banks $80–$9F: block E');
    assert.strictEqual(rom('SA-1', 0xa08000), 0x300000, 'banks $A0–$BF: block F');
    assert.match(refused('SA-1', 0x408000), /BW-RAM/);
  });

  it('every ROM offset round-trips through its bus address', () => {
    const sizes: Record<Addressing, number> = { LoROM: 0x400000, HiROM: 0x400000, ExHiROM: 0x7e0000, 'SA-1': 0x400000 };
    for (const addressing of Object.keys(sizes) as Addressing[]) {
      for (let romOffset = 0; romOffset < sizes[addressing]; romOffset += 0x1f3d) {
        const b = romOffsetToBus(addressing, romOffset);
        assert.ok(b.ok, `${addressing} ${romOffset}`);
        assert.strictEqual(rom(addressing, b.value), romOffset, `${addressing} ${formatBusAddress(b.value)}`);
      }
    }
  });

  it('offsets a map cannot reach are errors, not wrong addresses', () => {
    assert.ok(!romOffsetToBus('LoROM', 0x400000).ok);
    assert.ok(!romOffsetToBus('HiROM', 0x400000).ok);
    assert.ok(!romOffsetToBus('SA-1', -1).ok);
  });
});
