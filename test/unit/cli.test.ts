import * as assert from 'assert';
import { spawnSync } from 'child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { describeFsError } from '../../src/cli/readRomFile';
import { fixturePath, projectRoot, readFixture } from '../support/fixtures';
import { buildRom } from '../support/romBuilder';

const cli = join(projectRoot, 'dist', 'cli.js');

function run(...args: string[]): { status: number | null; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, [cli, ...args], { encoding: 'utf8' });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

function infoJson(path: string): Record<string, unknown> {
  const r = run('info', path, '--json');
  assert.strictEqual(r.status, 0, r.stderr);
  return JSON.parse(r.stdout) as Record<string, unknown>;
}

describe('CLI: spritepal info', () => {
  let dir: string;
  before(() => (dir = mkdtempSync(join(tmpdir(), 'spritepal-cli-'))));
  after(() => rmSync(dir, { recursive: true, force: true }));

  function write(name: string, bytes: Uint8Array): string {
    const path = join(dir, name);
    writeFileSync(path, bytes);
    return path;
  }

  it('JSON carries every documented field', () => {
    const j = infoJson(fixturePath('roms', 'pvsneslib', 'Mode1.sfc'));
    for (const key of [
      'path', 'fileSize', 'copierHeader', 'mapping', 'headerOffset', 'title', 'mapMode', 'chipset', 'romSizeKiB', 'sramSizeKiB',
      'region', 'version', 'checksum', 'checksumComplement', 'checksumComputed', 'checksumValid', 'sha256', 'crc32',
    ]) {
      assert.ok(key in j, `missing ${key}`);
    }
    assert.strictEqual(j.mapping, 'LoROM');
    assert.strictEqual(j.headerOffset, 0x7fc0);
    assert.strictEqual(j.copierHeader, false);
    assert.strictEqual(j.checksumValid, true);
    assert.strictEqual(j.title, 'MODE1');
  });

  const cases = [
    { name: 'LoROM, valid', spec: { headerAt: 0x7fc0, mapMode: 0x20, checksum: 'fixed' }, mapping: 'LoROM', valid: true },
    { name: 'LoROM, placeholder', spec: { headerAt: 0x7fc0, mapMode: 0x20, checksum: 'placeholder' }, mapping: 'LoROM', valid: false },
    { name: 'HiROM, valid', spec: { headerAt: 0xffc0, mapMode: 0x21, checksum: 'fixed' }, mapping: 'HiROM', valid: true },
    { name: 'HiROM, placeholder', spec: { headerAt: 0xffc0, mapMode: 0x21, checksum: 'placeholder' }, mapping: 'HiROM', valid: false },
  ] as const;
  for (const c of cases) {
    for (const copierHeader of [false, true]) {
      it(`${c.name}${copierHeader ? ', copier header' : ''}`, () => {
        const path = write(`${c.name}-${copierHeader}.sfc`, buildRom({ size: 0x80000, ...c.spec, copierHeader }));
        const j = infoJson(path);
        assert.strictEqual(j.mapping, c.mapping);
        assert.strictEqual(j.copierHeader, copierHeader);
        assert.strictEqual(j.headerOffset, c.spec.headerAt);
        assert.strictEqual(j.headerFileOffset, c.spec.headerAt + (copierHeader ? 512 : 0));
        assert.strictEqual(j.checksumValid, c.valid);
      });
    }
  }

  it('human-readable output names the mapping and the checksum state', () => {
    const r = run('info', fixturePath('roms', 'pvsneslib', 'hello_world.sfc'));
    assert.strictEqual(r.status, 0);
    assert.match(r.stdout, /^Title {5}HELLO_WORLD$/m);
    assert.match(r.stdout, /^Mapping {3}LoROM/m);
    assert.match(r.stdout, /valid$/m);
  });

  for (const [what, make, expected] of [
    ['a text file', () => new TextEncoder().encode('not a rom\n'.repeat(10000)), /text file, not a SNES ROM/],
    ['a PNG', () => new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, ...new Uint8Array(70000)]), /PNG image/],
    ['an empty file', () => new Uint8Array(0), /the file is empty/],
    ['a truncated ROM', () => readFixture('roms', 'pvsneslib', 'Mode1.sfc').subarray(0, 1000), /too small/],
  ] as const) {
    it(`${what} fails with exit 1 and one line naming the file`, () => {
      const path = write(`bad-${what.replace(/ /g, '-')}`, make());
      const r = run('info', path);
      assert.strictEqual(r.status, 1);
      assert.strictEqual(r.stdout, '');
      const lines = r.stderr.trimEnd().split('\n');
      assert.strictEqual(lines.length, 1, r.stderr);
      assert.ok(lines[0].includes(path), lines[0]);
      assert.match(lines[0], expected);
    });
  }

  it('a folder and a missing file fail with exit 1 and one line', () => {
    for (const [path, expected] of [[dir, /is a folder/], [join(dir, 'missing.sfc'), /no such file/]] as const) {
      const r = run('info', path);
      assert.strictEqual(r.status, 1);
      assert.strictEqual(r.stderr.trimEnd().split('\n').length, 1);
      assert.match(r.stderr, expected);
    }
  });

  it('an unreadable file is reported as such', () => {
    const denied = Object.assign(new Error('EACCES: permission denied'), { code: 'EACCES' });
    assert.strictEqual(describeFsError('/roms/locked.sfc', denied).message, '/roms/locked.sfc: cannot be read (permission denied)');
  });

  it('wrong usage exits 2; --help exits 0', () => {
    assert.strictEqual(run('info').status, 2);
    assert.strictEqual(run('info', 'a', 'b').status, 2);
    assert.strictEqual(run('nonsense').status, 2);
    assert.strictEqual(run('info', '--bogus', 'x').status, 2);
    const help = run('info', '--help');
    assert.strictEqual(help.status, 0);
    assert.match(help.stdout, /Usage: spritepal info/);
    assert.strictEqual(run('--help').status, 0);
  });
});
