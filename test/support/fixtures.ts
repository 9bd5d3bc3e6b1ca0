/** Paths of the test fixtures (copied from ../shared/data with their licences). */
import { readFileSync } from 'fs';
import { join, resolve } from 'path';

/** The project root, found from this file whether it runs from test/ or out/test/. */
export const projectRoot = resolve(__dirname, __dirname.includes(`${join('out', 'test')}`) ? '../../..' : '../..');

export function fixturePath(...parts: string[]): string {
  return join(projectRoot, 'test', 'fixtures', ...parts);
}

export function readFixture(...parts: string[]): Uint8Array {
  return new Uint8Array(readFileSync(fixturePath(...parts)));
}
