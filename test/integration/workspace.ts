/** The folder the integration suite opens: a fixture ROM, a text file and a sub-folder to refuse. */
import { cpSync, mkdirSync, writeFileSync } from 'fs';
import { join } from 'path';
import { fixturePath } from '../support/fixtures';
import { halRom } from '../support/halRom';
import { buildRom } from '../support/romBuilder';
import { randomBytes } from '../support/seededRandom';

export function makeIntegrationWorkspace(parent: string): string {
  const ws = join(parent, 'ws');
  mkdirSync(join(ws, 'a-folder'), { recursive: true });
  cpSync(fixturePath('roms', 'pvsneslib', 'Mode1.sfc'), join(ws, 'Mode1.sfc'));
  writeFileSync(join(ws, 'hal-demo.sfc'), halRom('HAL DEMO').bytes);
  // 4 MiB of noise: a scan takes long enough to be closed in the middle.
  const big = buildRom({ size: 0x400000, headerAt: 0xffc0, mapMode: 0x21, checksum: 'fixed', title: 'BIG NOISE' });
  big.set(randomBytes(0x3f0000, 11), 0x10000);
  writeFileSync(join(ws, 'big-noise.sfc'), big);
  writeFileSync(join(ws, 'notes.txt'), 'Offsets to look at: 0x1A2B3C, $C1:8000\n'.repeat(2000));
  return ws;
}
