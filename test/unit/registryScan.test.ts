import * as assert from 'assert';
import { join } from 'path';
import { ManagerRegistry } from '../../src/managers/registry';
import { projectRoot } from '../support/fixtures';
import { halRom } from '../support/halRom';
import { randomBytes } from '../support/seededRandom';
import { buildRom } from '../support/romBuilder';

const scanWorkerPath = join(projectRoot, 'dist', 'scanWorker.js');

function bigRandomRom(): { path: string; bytes: Uint8Array } {
  const bytes = buildRom({ size: 0x400000, headerAt: 0xffc0, mapMode: 0x21, checksum: 'fixed', title: 'BIG' });
  bytes.set(randomBytes(0x3f0000, 7), 0x10000);
  return { path: 'big.sfc', bytes };
}

describe('manager registry: scans in worker threads, previews, extraction and injection', () => {
  let registry: ManagerRegistry;
  beforeEach(() => (registry = new ManagerRegistry({ scanWorkerPath })));
  afterEach(() => registry.dispose());

  it('finds every block of a ROM, stores them for the session, and leaves no worker behind', async () => {
    const rom = halRom('SCAN');
    await registry.openRom(rom);
    const progress: number[] = [];
    const r = await registry.scanRom({}, { onProgress: (p) => progress.push(p.done) });
    assert.ok(r.ok && r.value.status === 'completed', JSON.stringify(r));
    assert.deepStrictEqual(
      r.value.blocks.map((b) => [b.romOffset, b.compressedSize]),
      rom.blocks.map((b) => [b.romOffset, b.compressedSize]),
    );
    assert.strictEqual(r.value.scannedBytes, rom.bytes.length);
    assert.ok(progress.length > 2);
    const stored = await registry.withManagers((m) => m.scanResults());
    assert.ok(stored.ok);
    assert.deepStrictEqual(stored.value, r.value.blocks);
    assert.deepStrictEqual(registry.liveResources, { workers: 0, timers: 0, scans: 0, listeners: 0 });
  });

  it('an abort signal cancels a scan; its workers end', async () => {
    await registry.openRom(bigRandomRom());
    const abort = new AbortController();
    const scan = registry.scanRom({}, { signal: abort.signal, onProgress: (p) => p.done > 0x20000 && abort.abort() });
    const r = await scan;
    assert.ok(r.ok && r.value.status === 'cancelled', JSON.stringify(r.ok && r.value.status));
    assert.ok(r.value.scannedBytes < 0x3f0000);
    assert.strictEqual(registry.liveResources.workers, 0);
    const stored = await registry.withManagers((m) => m.scanResults());
    assert.deepStrictEqual(stored, { ok: true, value: [] }, 'a cancelled scan stores nothing');
  });

  it('closing the ROM cancels its scan, waits for the workers, and nothing is stored for the next ROM', async () => {
    await registry.openRom(bigRandomRom());
    let started!: () => void;
    const running = new Promise<void>((resolve) => (started = resolve));
    const scan = registry.scanRom({}, { onProgress: () => started() });
    await running;
    assert.strictEqual(await registry.closeRom(), true);
    assert.strictEqual(registry.liveResources.workers, 0, 'close returned before the workers ended');
    const r = await scan;
    assert.ok(r.ok && r.value.status === 'cancelled');
    await registry.openRom(halRom('NEXT'));
    assert.deepStrictEqual(await registry.withManagers((m) => m.scanResults()), { ok: true, value: [] });
  });

  it('dispose during a scan ends everything: no worker, timer, scan or listener is left', async () => {
    await registry.openRom(bigRandomRom());
    registry.onDidChangeRom(() => undefined);
    let started!: () => void;
    const running = new Promise<void>((resolve) => (started = resolve));
    const scan = registry.scanRom({}, { onProgress: () => started() });
    await running;
    await registry.dispose();
    assert.deepStrictEqual(registry.liveResources, { workers: 0, timers: 0, scans: 0, listeners: 0 });
    const r = await scan;
    assert.ok(r.ok && r.value.status === 'cancelled');
    const after = await registry.scanRom();
    assert.ok(!after.ok && after.error.code === 'disposed');
  });

  it('previews decode and render at an offset as plain data, and fail with the reason elsewhere', async () => {
    const rom = halRom('PREVIEW');
    await registry.openRom(rom);
    const r = await registry.withManagers((m) => [
      m.preview({ romOffset: rom.blocks[0].romOffset, compression: 'hal', format: '4bpp', tilesPerRow: 16 }),
      m.preview({ romOffset: rom.blocks[0].romOffset + 1, compression: 'hal', format: '4bpp', tilesPerRow: 16 }),
      m.preview({ romOffset: 0x100, compression: 'raw', format: '2bpp', tilesPerRow: 8, length: 256 }),
    ]);
    assert.ok(r.ok);
    const [good, bad, raw] = r.value;
    assert.ok(good.ok && good.width === 128 && good.height === 64 && good.rgba.length === 128 * 64 * 4);
    assert.strictEqual(good.ok && good.decompressedSize, rom.blocks[0].data.length);
    assert.ok(!bad.ok && typeof bad.reason === 'string' && bad.message.length > 0);
    assert.ok(raw.ok && raw.tileCount === 16 && raw.width === 64);
  });

  it('extract gives PNG bytes; inject replaces a block and makes older results stale', async () => {
    const rom = halRom('INJECT');
    await registry.openRom(rom);
    const before = await registry.withManagers((m) => m.snapshot());
    assert.ok(before.ok);
    const extracted = await registry.withManagers((m) =>
      m.extract({ romOffset: rom.blocks[1].romOffset, compression: 'hal', format: '4bpp', tilesPerRow: 16, arrangement: '8x8' }, [], false),
    );
    assert.ok(extracted.ok && extracted.value.ok);
    assert.deepStrictEqual(Array.from(extracted.value.value.png.subarray(1, 4)), [0x50, 0x4e, 0x47]);
    const replacement = new Uint8Array(2048).fill(0x11);
    const injected = await registry.withManagers((m) => m.inject(rom.blocks[1].romOffset, replacement, 'optimal'));
    assert.ok(injected.ok && injected.value.ok, JSON.stringify(injected));
    const decoded = await registry.withManagers((m) => m.decodeHal(rom.blocks[1].romOffset, 'strict'));
    assert.ok(decoded.ok && decoded.value.ok && decoded.value.data.every((b) => b === 0x11));
    const stale = await registry.whenCurrent(before.value, () => 'applied');
    assert.ok(!stale.ok && stale.error.code === 'stale');
    const tooBig = await registry.withManagers((m) => m.inject(rom.blocks[0].romOffset, randomBytes(8000, 1), 'optimal'));
    assert.ok(tooBig.ok && !tooBig.value.ok && /only \d+ are available/.test(tooBig.value.error));
  });
});

describe('manager registry: a scan that cannot start', () => {
  it('fails with the reason instead of throwing when the worker script is missing', async () => {
    const registry = new ManagerRegistry({ scanWorkerPath: join(projectRoot, 'no-such-worker.js') });
    await registry.openRom(halRom('NOWORKER'));
    const r = await registry.scanRom();
    assert.ok(!r.ok && r.error.code === 'failed' && /scan worker stopped: Cannot find module/.test(r.error.message), JSON.stringify(r));
    assert.deepStrictEqual(registry.liveResources, { workers: 0, timers: 0, scans: 0, listeners: 0 });
    await registry.dispose();
  });
});
