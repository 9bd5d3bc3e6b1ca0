/** The folder the integration suite opens: a fixture ROM, a text file and a sub-folder to refuse. */
import { cpSync, mkdirSync, writeFileSync } from 'fs';
import { join } from 'path';
import { fixturePath } from '../support/fixtures';

export function makeIntegrationWorkspace(parent: string): string {
  const ws = join(parent, 'ws');
  mkdirSync(join(ws, 'a-folder'), { recursive: true });
  cpSync(fixturePath('roms', 'pvsneslib', 'Mode1.sfc'), join(ws, 'Mode1.sfc'));
  writeFileSync(join(ws, 'notes.txt'), 'Offsets to look at: 0x1A2B3C, $C1:8000\n'.repeat(2000));
  return ws;
}
