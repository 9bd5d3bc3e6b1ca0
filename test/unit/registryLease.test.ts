import * as assert from 'assert';
import { compressHal } from '../../src/core/hal';
import { ManagerRegistry } from '../../src/managers/registry';
import { LeaseExpiredError, RomLease } from '../../src/managers/romLease';
import { buildRom } from '../support/romBuilder';

function romWithBlock(title: string): { path: string; bytes: Uint8Array } {
  const bytes = buildRom({ size: 0x80000, headerAt: 0x7fc0, mapMode: 0x20, checksum: 'fixed', title });
  const r = compressHal(new Uint8Array(256).fill(7));
  if (!r.ok) throw new Error(r.error.message);
  bytes.set(r.value, 0x20000);
  return { path: `${title}.sfc`, bytes };
}

describe('manager registry: withManagers and leases', () => {
  let registry: ManagerRegistry;
  beforeEach(() => (registry = new ManagerRegistry()));
  afterEach(() => registry.dispose());

  it('answers a typed "no ROM open" without running the work', async () => {
    let ran = false;
    const r = await registry.withManagers(() => (ran = true));
    assert.deepStrictEqual(r, { ok: false, error: { code: 'noRomOpen', message: 'No ROM is open.' } });
    assert.strictEqual(ran, false);
  });

  it('serves facts, copies of ROM bytes and decodes, as plain data', async () => {
    await registry.openRom(romWithBlock('ALPHA'));
    const r = await registry.withManagers((m) => {
      const bytes = m.readRom(0x20000, 4);
      bytes.fill(0); // a copy: the ROM is untouched
      const decoded = m.decodeHal(0x20000, 'strict');
      return { title: m.facts().title, again: Array.from(m.readRom(0x20000, 2)), size: decoded.ok ? decoded.data.length : -1 };
    });
    assert.ok(r.ok);
    assert.strictEqual(r.value.title, 'ALPHA');
    assert.strictEqual(r.value.size, 256);
    assert.notDeepStrictEqual(r.value.again, [0, 0]);
  });

  it('a lease kept after the work settles throws instead of reaching the ROM', async () => {
    await registry.openRom(romWithBlock('ALPHA'));
    let kept: RomLease | undefined;
    await registry.withManagers(async (m) => {
      kept = m;
      await new Promise((resolve) => setTimeout(resolve, 1));
      assert.strictEqual(m.facts().title, 'ALPHA', 'the lease works across awaits inside the work');
    });
    assert.throws(() => kept!.facts(), LeaseExpiredError);
    assert.throws(() => kept!.readRom(0, 1), LeaseExpiredError);
    assert.throws(() => kept!.snapshot(), LeaseExpiredError);
  });

  it('a lease also ends when the work throws, and the error reaches the caller', async () => {
    await registry.openRom(romWithBlock('ALPHA'));
    let kept: RomLease | undefined;
    await assert.rejects(
      registry.withManagers((m) => {
        kept = m;
        throw new Error('boom');
      }),
      /boom/,
    );
    assert.throws(() => kept!.facts(), LeaseExpiredError);
    assert.ok((await registry.romFacts()).ok, 'the registry still works');
  });

  it('close waits for work already holding the lock; work after it sees no ROM', async () => {
    await registry.openRom(romWithBlock('ALPHA'));
    const order: string[] = [];
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    const work = registry.withManagers(async (m) => {
      order.push(`work start ${m.facts().title}`);
      await gate;
      order.push(`work end ${m.facts().title}`);
    });
    const close = registry.closeRom().then(() => order.push('closed'));
    const after = registry.withManagers(() => order.push('after')).then((r) => r.ok);
    await new Promise((resolve) => setTimeout(resolve, 5));
    release();
    await Promise.all([work, close]);
    assert.strictEqual(await after, false);
    assert.deepStrictEqual(order, ['work start ALPHA', 'work end ALPHA', 'closed']);
  });

  it('snapshots are private copies tagged with session and generation; stale results are dropped', async () => {
    await registry.openRom(romWithBlock('ALPHA'));
    const taken = await registry.withManagers((m) => m.snapshot());
    assert.ok(taken.ok);
    const snapshot = taken.value;
    snapshot.romData.fill(0);
    const still = await registry.withManagers((m) => m.readRom(0x20000, 1)[0]);
    assert.ok(still.ok && still.value !== 0, 'changing a snapshot never changes the ROM');

    const current = await registry.whenCurrent(snapshot, (m) => m.facts().title);
    assert.deepStrictEqual(current, { ok: true, value: 'ALPHA' });

    await registry.openRom(romWithBlock('ALPHA')); // the same file again: a new session
    const reopened = await registry.whenCurrent(snapshot, () => 'applied');
    assert.ok(!reopened.ok && reopened.error.code === 'stale');
    await registry.closeRom();
    const closed = await registry.whenCurrent(snapshot, () => 'applied');
    assert.ok(!closed.ok && closed.error.code === 'stale');
  });

  it('after dispose nothing runs: every way in answers "disposed"', async () => {
    await registry.openRom(romWithBlock('ALPHA'));
    const taken = await registry.withManagers((m) => m.snapshot());
    assert.ok(taken.ok);
    await registry.dispose();
    let ran = false;
    const r = await registry.withManagers(() => (ran = true));
    assert.ok(!r.ok && r.error.code === 'disposed');
    const w = await registry.whenCurrent(taken.value, () => (ran = true));
    assert.ok(!w.ok && w.error.code === 'disposed');
    assert.strictEqual(ran, false);
  });
});
