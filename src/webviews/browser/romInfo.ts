/** Browser side of the ROM Info webview: renders the facts the host sends. */
import type { RomFacts } from '../../core/rom/romFacts';
import type { RomInfoHostMessage, RomInfoWebviewMessage } from '../protocol';
import { vscodeApi } from './vscodeApi';

const vscode = vscodeApi<RomInfoWebviewMessage>();
const root = document.getElementById('root') as HTMLElement;

function hex(value: number, digits: number): string {
  return `0x${value.toString(16).toUpperCase().padStart(digits, '0')}`;
}

function row(label: string, value: string, options: { copy?: boolean; status?: 'good' | 'bad' } = {}): HTMLElement {
  const tr = document.createElement('tr');
  const th = document.createElement('th');
  th.scope = 'row';
  th.textContent = label;
  const td = document.createElement('td');
  const text = document.createElement('span');
  text.textContent = value;
  if (options.status) text.className = `status-${options.status}`;
  td.append(text);
  if (options.copy) {
    const button = document.createElement('button');
    button.textContent = 'Copy';
    button.title = `Copy ${label}`;
    button.addEventListener('click', () => vscode.postMessage({ type: 'copy', label, text: value }));
    td.append(button);
  }
  tr.append(th, td);
  return tr;
}

function renderFacts(f: RomFacts): void {
  const heading = document.createElement('h1');
  heading.textContent = f.title || '(untitled ROM)';
  const path = document.createElement('p');
  path.className = 'path';
  path.textContent = f.path;
  const table = document.createElement('table');
  table.append(
    row('Mapping', `${f.mapping} (map mode ${hex(f.mapMode, 2)}, ${f.fastRom ? 'FastROM' : 'SlowROM'})`),
    row('Header', `ROM ${hex(f.headerOffset, 6)}` + (f.copierHeader ? ` · file ${hex(f.headerFileOffset, 6)}` : '')),
    row('Copier header', f.copierHeader ? 'yes (512 bytes, skipped)' : 'no'),
    row('Chipset', `${f.chipset} (${hex(f.chipsetCode, 2)})`),
    row('ROM size', `${f.romSizeKiB} KiB in header · ${f.romSize / 1024} KiB of data`),
    row('SRAM', f.sramSizeKiB ? `${f.sramSizeKiB} KiB` : 'none'),
    row('Region', f.region),
    row('Version', `1.${f.version}`),
    row(
      'Checksum',
      `${hex(f.checksum, 4)} / ${hex(f.checksumComplement, 4)} · computed ${hex(f.checksumComputed, 4)} · ${f.checksumValid ? 'valid' : 'invalid'}`,
      { status: f.checksumValid ? 'good' : 'bad' },
    ),
    row('SHA-256', f.sha256, { copy: true }),
    row('CRC32', f.crc32, { copy: true }),
  );
  const warnings = document.createElement('ul');
  warnings.className = 'warnings';
  for (const w of f.warnings) {
    const li = document.createElement('li');
    li.textContent = w;
    warnings.append(li);
  }
  root.replaceChildren(heading, path, table, warnings);
}

function renderNoRom(): void {
  const p = document.createElement('p');
  p.className = 'empty';
  p.textContent = 'No ROM is open.';
  root.replaceChildren(p);
}

window.addEventListener('message', (event: MessageEvent<RomInfoHostMessage>) => {
  const message = event.data;
  if (message.type === 'romFacts') renderFacts(message.facts);
  else if (message.type === 'noRom') renderNoRom();
});

vscode.postMessage({ type: 'ready' });
