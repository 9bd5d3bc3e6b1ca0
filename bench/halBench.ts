/**
 * HAL codec benchmark: decode throughput beside Node's zlib inflate on the same data in the same
 * run, and encode throughput and sizes per level on the fixture corpus.
 */
import { deflateSync, inflateSync } from 'zlib';
import { compressHal, decodeHal, HAL_LEVELS } from '../src/core/hal';
import { inputOfKind, tileCorpus } from '../test/support/halInputs';
import { randomBytes } from '../test/support/seededRandom';
import { median, printTable, timeRepeated } from './timing';

function chunks(data: Uint8Array, size: number): Uint8Array[] {
  const out: Uint8Array[] = [];
  for (let at = 0; at + size <= data.length; at += size) out.push(data.subarray(at, at + size));
  return out;
}

function corpus(): Array<{ name: string; data: Uint8Array }> {
  const tiles = tileCorpus();
  return [
    { name: 'tile sheets (fixtures)', data: tiles },
    { name: 'mirrored sprite rows', data: inputOfKind('mirrored', 65536, 1) },
    { name: 'runs', data: inputOfKind('runs', 65536, 2) },
  ];
}

export function benchHal(): void {
  console.log('\n== HAL codec ==');
  const rows: string[][] = [];
  for (const chunkSize of [4096, 16384, 65536]) {
    const inputs = corpus().flatMap((c) => chunks(c.data, chunkSize));
    const hal = inputs.map((d) => compressHal(d, 'optimal')).flatMap((r) => (r.ok ? [r.value] : []));
    const deflated = inputs.map((d) => deflateSync(d));
    const bytes = inputs.reduce((n, d) => n + d.length, 0);
    for (let i = 0; i < hal.length; i++) {
      const r = decodeHal(hal[i]);
      if (!r.ok || !Buffer.from(r.data).equals(Buffer.from(inputs[i]))) throw new Error('benchmark data does not round-trip');
    }
    const halSeconds = median(timeRepeated(() => hal.forEach((s) => decodeHal(s)), 15));
    const zlibSeconds = median(timeRepeated(() => deflated.forEach((s) => inflateSync(s)), 15));
    const halMBs = bytes / halSeconds / 1e6;
    const zlibMBs = bytes / zlibSeconds / 1e6;
    rows.push([
      `${chunkSize / 1024} KiB × ${inputs.length}`,
      `${halMBs.toFixed(0)} MB/s`,
      `${zlibMBs.toFixed(0)} MB/s`,
      `${(halMBs / zlibMBs).toFixed(2)}`,
    ]);
  }
  console.log('decode throughput (output bytes per second, median of 15 passes):');
  printTable(['chunks', 'HAL decode', 'zlib inflate', 'ratio HAL/zlib'], rows);

  const encodeRows: string[][] = [];
  const fixtures = corpus();
  for (const level of HAL_LEVELS) {
    let inBytes = 0;
    let outBytes = 0;
    const seconds: number[] = [];
    for (const { data } of fixtures) {
      for (const chunk of chunks(data, 16384)) {
        const t = process.hrtime.bigint();
        const r = compressHal(chunk, level);
        seconds.push(Number(process.hrtime.bigint() - t) / 1e9);
        if (!r.ok) throw new Error(r.error.message);
        inBytes += chunk.length;
        outBytes += r.value.length;
      }
    }
    const total = seconds.reduce((a, b) => a + b, 0);
    encodeRows.push([level, `${inBytes}`, `${outBytes}`, `${((100 * outBytes) / inBytes).toFixed(1)} %`, `${(inBytes / total / 1e6).toFixed(2)} MB/s`]);
  }
  console.log('encode, fixture corpus in 16 KiB chunks:');
  printTable(['level', 'input bytes', 'output bytes', 'size', 'throughput'], encodeRows);

  const worst: string[][] = [];
  for (const [name, data] of [
    ['64 KiB of zeros', new Uint8Array(65536)],
    ['64 KiB of random bytes', randomBytes(65536, 9)],
    ['64 KiB, period 3', Uint8Array.from({ length: 65536 }, (_, i) => [1, 7, 9][i % 3])],
  ] as const) {
    for (const level of HAL_LEVELS) {
      const times = timeRepeated(() => compressHal(data, level), 5);
      const r = compressHal(data, level);
      worst.push([name, level, r.ok ? `${r.value.length}` : r.error.code, `${(median(times) * 1000).toFixed(0)} ms`]);
    }
  }
  console.log('pathological inputs (median of 5):');
  printTable(['input', 'level', 'output', 'time'], worst);
}
