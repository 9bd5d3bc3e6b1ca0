/** A synthesized ROM with HAL-compressed tile sheets at known offsets, for manager tests. */
import { compressHal } from '../../src/core/hal';
import { inputOfKind } from './halInputs';
import { buildRom } from './romBuilder';

export interface HalRom {
  readonly path: string;
  readonly bytes: Uint8Array;
  readonly blocks: ReadonlyArray<{ romOffset: number; compressedSize: number; data: Uint8Array }>;
}

export function halRom(title: string, size = 0x100000, offsets: readonly number[] = [0x20000, 0x48000, 0x90000]): HalRom {
  const bytes = buildRom({ size, headerAt: 0x7fc0, mapMode: 0x20, checksum: 'fixed', title, fill: 'zero' });
  const blocks = offsets.map((romOffset, i) => {
    const data = inputOfKind('tiles', 4096 + 1024 * i, romOffset);
    const r = compressHal(data, 'optimal');
    if (!r.ok) throw new Error(r.error.message);
    bytes.set(r.value, romOffset);
    return { romOffset, compressedSize: r.value.length, data };
  });
  return { path: `${title}.sfc`, bytes, blocks };
}
