import * as assert from 'assert';
import { join } from 'path';
import { ManagerRegistry } from '../../src/managers/registry';
import { PreviewAnswer, PreviewService } from '../../src/previewService';
import { projectRoot } from '../support/fixtures';
import { halRom } from '../support/halRom';

const request = (romOffset: number) => ({ romOffset, compression: 'hal' as const, format: '4bpp' as const, tilesPerRow: 16 });

describe('preview service: every request answered once, never with a stale picture', () => {
  let registry: ManagerRegistry;
  let previews: PreviewService;
  beforeEach(() => {
    registry = new ManagerRegistry({ scanWorkerPath: join(projectRoot, 'dist', 'scanWorker.js') });
    previews = new PreviewService(registry);
  });
  afterEach(async () => {
    await previews.dispose();
    await registry.dispose();
  });

  it('answers "no ROM open" with no ROM, and the picture with one', async () => {
    assert.deepStrictEqual(await previews.request('p', request(0)), { ok: false, code: 'noRomOpen', message: 'No ROM is open.' });
    const rom = halRom('PREVIEWS');
    await registry.openRom(rom);
    const a = await previews.request('p', request(rom.blocks[0].romOffset));
    assert.ok(a.ok && 'rgba' in a && a.decompressedSize === rom.blocks[0].data.length);
  });

  it('a burst from one panel: the first and the last are computed, those in between are superseded', async () => {
    const rom = halRom('BURST');
    await registry.openRom(rom);
    const answers = await Promise.all(Array.from({ length: 20 }, (_, i) => previews.request('panel', request(rom.blocks[i % 3].romOffset))));
    const kinds = answers.map((a) => (a.ok ? 'picture' : 'code' in a ? a.code : a.reason));
    assert.strictEqual(kinds[0], 'picture');
    assert.strictEqual(kinds[19], 'picture');
    assert.deepStrictEqual(new Set(kinds.slice(1, 19)), new Set(['superseded']));
  });

  it('two panels do not replace each other', async () => {
    const rom = halRom('PANELS');
    await registry.openRom(rom);
    const [a, b] = await Promise.all([previews.request('left', request(rom.blocks[0].romOffset)), previews.request('right', request(rom.blocks[1].romOffset))]);
    assert.ok(a.ok && b.ok);
  });

  it('a preview computed before a close or reopen is answered "stale" or "no ROM open", never with the old picture', async () => {
    const rom = halRom('STALE');
    await registry.openRom(rom);
    const answers: Array<Promise<PreviewAnswer>> = [];
    for (let i = 0; i < 30; i++) {
      answers.push(previews.request(`p${i % 3}`, request(rom.blocks[i % 3].romOffset)));
      if (i === 10) void registry.closeRom();
      if (i === 20) void registry.openRom(halRom('OTHER'));
    }
    const settled = await Promise.all(answers);
    for (const a of settled) assert.ok(a.ok || ['stale', 'noRomOpen', 'superseded'].includes((a as { code?: string }).code ?? ''), JSON.stringify(a).slice(0, 120));
  });

  it('after dispose every request, waiting or new, is answered "disposed"', async () => {
    await registry.openRom(halRom('DISPOSE'));
    const waiting = [previews.request('p', request(0x20000)), previews.request('p', request(0x48000))];
    await previews.dispose();
    const settled = await Promise.all(waiting);
    assert.ok(settled.every((a) => a.ok || ['disposed', 'superseded'].includes((a as { code?: string }).code ?? '')));
    assert.deepStrictEqual(await previews.request('p', request(0)), { ok: false, code: 'disposed', message: 'SpritePal is shutting down.' });
  });
});
