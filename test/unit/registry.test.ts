import * as assert from 'assert';
import { RomFacts } from '../../src/core/rom';
import { ManagerRegistry } from '../../src/managers/registry';
import { readFixture } from '../support/fixtures';
import { buildRom } from '../support/romBuilder';

const mode1 = { path: 'Mode1.sfc', bytes: readFixture('roms', 'pvsneslib', 'Mode1.sfc') };
const hirom = { path: 'hirom.sfc', bytes: buildRom({ size: 0x80000, headerAt: 0xffc0, mapMode: 0x21, checksum: 'fixed', title: 'HIROM TEST' }) };

describe('manager registry (first shape)', () => {
  let registry: ManagerRegistry;
  beforeEach(() => (registry = new ManagerRegistry()));
  afterEach(() => registry.dispose());

  it('answers "no ROM open" as a typed result before anything is opened', async () => {
    const facts = await registry.romFacts();
    assert.deepStrictEqual(facts, { ok: false, error: { code: 'noRomOpen', message: 'No ROM is open.' } });
  });

  it('opens a ROM and serves its facts as plain data', async () => {
    const opened = await registry.openRom(mode1);
    assert.ok(opened.ok);
    const facts = await registry.romFacts();
    assert.ok(facts.ok);
    assert.strictEqual(facts.value.title, 'MODE1');
    assert.strictEqual(facts.value.mapping, 'LoROM');
    assert.strictEqual(JSON.parse(JSON.stringify(facts.value)).title, 'MODE1', 'facts survive a JSON round trip');
  });

  it('a refused file leaves the open ROM open and names the file', async () => {
    await registry.openRom(mode1);
    const refused = await registry.openRom({ path: 'notes.txt', bytes: new TextEncoder().encode('just text\n') });
    assert.ok(!refused.ok);
    assert.strictEqual(refused.error.message, 'notes.txt: this is a text file, not a SNES ROM');
    const facts = await registry.romFacts();
    assert.ok(facts.ok && facts.value.title === 'MODE1');
  });

  it('close, then no ROM; closing twice reports nothing to close', async () => {
    await registry.openRom(mode1);
    assert.strictEqual(await registry.closeRom(), true);
    assert.strictEqual((await registry.romFacts()).ok, false);
    assert.strictEqual(await registry.closeRom(), false);
  });

  it('listeners see each change in order, with plain facts or undefined', async () => {
    const seen: Array<string | undefined> = [];
    registry.onDidChangeRom((f: RomFacts | undefined) => seen.push(f?.title));
    await registry.openRom(mode1);
    await registry.openRom(hirom);
    await registry.closeRom();
    assert.deepStrictEqual(seen, ['MODE1', 'HIROM TEST', undefined]);
  });

  it('operations issued together run one at a time, in order', async () => {
    const results = await Promise.all([
      registry.openRom(mode1),
      registry.romFacts(),
      registry.closeRom(),
      registry.romFacts(),
      registry.openRom(hirom),
      registry.romFacts(),
    ]);
    const [, first, closed, second, , third] = results as [unknown, Awaited<ReturnType<ManagerRegistry['romFacts']>>, boolean, Awaited<ReturnType<ManagerRegistry['romFacts']>>, unknown, Awaited<ReturnType<ManagerRegistry['romFacts']>>];
    assert.ok(first.ok && first.value.title === 'MODE1');
    assert.strictEqual(closed, true);
    assert.ok(!second.ok);
    assert.ok(third.ok && third.value.title === 'HIROM TEST');
  });

  it('after dispose nothing opens and listeners are gone', async () => {
    let calls = 0;
    registry.onDidChangeRom(() => calls++);
    await registry.openRom(mode1);
    await registry.dispose();
    assert.strictEqual(calls, 2, 'open, then the close that dispose performs');
    const refused = await registry.openRom(mode1);
    assert.ok(!refused.ok && refused.error.code === 'disposed');
    assert.strictEqual((await registry.romFacts()).ok, false);
    assert.strictEqual(calls, 2);
  });

  it('a throwing listener does not break the registry', async () => {
    registry.onDidChangeRom(() => {
      throw new Error('view failed');
    });
    assert.ok((await registry.openRom(mode1)).ok);
    assert.ok((await registry.romFacts()).ok);
  });
});
