/** "Scan ROM for HAL Blocks": a cancellable notification with progress; the blocks fill the Scan Results view. */
import * as vscode from 'vscode';
import { formatHex } from './core/rom';
import { ManagerRegistry } from './managers/registry';
import { showError } from './notifications';

/** What the command returns to callers (tests): plain data. */
export type ScanCommandOutcome =
  | { readonly status: 'completed' | 'cancelled'; readonly blocks: number }
  | { readonly status: 'notStarted' | 'failed'; readonly message: string };

export interface ScanCommandDeps {
  readonly registry: ManagerRegistry;
  readonly log: vscode.LogOutputChannel;
  readonly scanFinished: () => void;
}

export async function scanRom(deps: ScanCommandDeps): Promise<ScanCommandOutcome> {
  return vscode.window.withProgress(
    { location: vscode.ProgressLocation.Notification, title: 'SpritePal: scanning for HAL blocks', cancellable: true },
    async (progress, token): Promise<ScanCommandOutcome> => {
      const abort = new AbortController();
      const cancellation = token.onCancellationRequested(() => abort.abort());
      let reported = 0;
      try {
        const r = await deps.registry.scanRom(
          {},
          {
            signal: abort.signal,
            onProgress: (p) => {
              const percent = p.total ? Math.floor((100 * p.done) / p.total) : 100;
              if (percent > reported) {
                progress.report({ increment: percent - reported, message: `${formatHex(p.done)} of ${formatHex(p.total)}, ${p.found} found` });
                reported = percent;
              }
            },
          },
        );
        if (!r.ok) {
          if (r.error.code === 'failed') {
            showError(deps.log, `SpritePal: the scan failed: ${r.error.message}`);
            return { status: 'failed', message: r.error.message };
          }
          return { status: 'notStarted', message: r.error.message };
        }
        deps.log.info(`Scan ${r.value.status}: ${r.value.blocks.length} HAL blocks in ${r.value.scannedBytes} bytes`);
        return { status: r.value.status, blocks: r.value.blocks.length };
      } finally {
        cancellation.dispose();
        deps.scanFinished();
      }
    },
  );
}
