import * as assert from 'assert';
import { PreviewCoalescer } from '../../src/managers/previewCoalescer';

function deferred(): { promise: Promise<void>; resolve(): void } {
  let resolve!: () => void;
  const promise = new Promise<void>((r) => (resolve = r));
  return { promise, resolve };
}

describe('preview coalescer: latest wins, one in flight', () => {
  it('computes the first request, then only the newest of those that arrived meanwhile', async () => {
    const computed: number[] = [];
    const delivered: number[] = [];
    const superseded: number[] = [];
    const gates = new Map<number, ReturnType<typeof deferred>>();
    let inFlight = 0;
    let maxInFlight = 0;
    const c = new PreviewCoalescer<number, string>({
      async compute(offset) {
        inFlight++;
        maxInFlight = Math.max(maxInFlight, inFlight);
        computed.push(offset);
        const gate = deferred();
        gates.set(offset, gate);
        await gate.promise;
        inFlight--;
        return `tiles@${offset}`;
      },
      deliver: (offset, result) => void delivered.push(Number(result.split('@')[1]) === offset ? offset : -1),
      failed: () => assert.fail('no failure expected'),
      superseded: (offset) => void superseded.push(offset),
    });
    c.submit(0);
    for (let offset = 1; offset <= 50; offset++) c.submit(offset);
    await new Promise((r) => setTimeout(r, 1));
    gates.get(0)!.resolve();
    await new Promise((r) => setTimeout(r, 1));
    gates.get(50)!.resolve();
    await c.idle();
    assert.deepStrictEqual(computed, [0, 50]);
    assert.deepStrictEqual(delivered, [0, 50]);
    assert.strictEqual(maxInFlight, 1);
    assert.strictEqual(c.replaced, 49);
    assert.deepStrictEqual(superseded, Array.from({ length: 49 }, (_, i) => i + 1));
  });

  it('a failure is reported and the next request still runs', async () => {
    const failures: number[] = [];
    const delivered: number[] = [];
    const c = new PreviewCoalescer<number, number>({
      compute: async (n) => {
        if (n === 1) throw new Error('bad offset');
        return n;
      },
      deliver: (n) => void delivered.push(n),
      failed: (n) => void failures.push(n),
    });
    c.submit(1);
    c.submit(2);
    await c.idle();
    assert.deepStrictEqual(failures, [1]);
    assert.deepStrictEqual(delivered, [2]);
  });

  it('after dispose nothing waiting runs and nothing running is delivered', async () => {
    const gate = deferred();
    const computed: number[] = [];
    const delivered: number[] = [];
    const c = new PreviewCoalescer<number, number>({
      compute: async (n) => {
        computed.push(n);
        await gate.promise;
        return n;
      },
      deliver: (n) => void delivered.push(n),
      failed: () => undefined,
    });
    c.submit(1);
    c.submit(2);
    const disposed = c.dispose();
    gate.resolve();
    await disposed;
    c.submit(3);
    await c.idle();
    assert.deepStrictEqual(computed, [1]);
    assert.deepStrictEqual(delivered, []);
  });
});
