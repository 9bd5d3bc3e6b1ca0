/**
 * `spritepal.previewAt`: the command the manual-offset previewer sends its requests through. It
 * answers with plain data: the rendered tiles, or a typed failure ("no ROM open", "superseded", …).
 */
import * as vscode from 'vscode';
import { TILE_FORMATS, TileFormat } from './core/gfx';
import { PreviewAnswer, PreviewService } from './previewService';

export interface PreviewAtArgs {
  readonly romOffset: number;
  readonly compression?: 'hal' | 'raw';
  readonly format?: TileFormat;
  readonly tilesPerRow?: number;
  readonly length?: number;
  /** Requests from one panel replace each other; different panels do not. */
  readonly panel?: string;
}

function checked(args: unknown): PreviewAtArgs | string {
  const a = args as Partial<PreviewAtArgs> | undefined;
  if (!a || typeof a !== 'object') return 'give { romOffset, compression?, format?, tilesPerRow?, length?, panel? }';
  if (!Number.isInteger(a.romOffset) || (a.romOffset as number) < 0) return 'romOffset must be a whole number ≥ 0';
  if (a.compression !== undefined && a.compression !== 'hal' && a.compression !== 'raw') return 'compression must be "hal" or "raw"';
  if (a.format !== undefined && !TILE_FORMATS.includes(a.format)) return `format must be one of ${TILE_FORMATS.join(', ')}`;
  if (a.tilesPerRow !== undefined && !(Number.isInteger(a.tilesPerRow) && a.tilesPerRow >= 1 && a.tilesPerRow <= 256)) return 'tilesPerRow must be 1–256';
  if (a.length !== undefined && !(Number.isInteger(a.length) && a.length >= 1 && a.length <= 65536)) return 'length must be 1–65536';
  return a as PreviewAtArgs;
}

export function registerPreviewCommand(previews: PreviewService): vscode.Disposable {
  return vscode.commands.registerCommand('spritepal.previewAt', async (args: unknown): Promise<PreviewAnswer | { ok: false; code: 'badRequest'; message: string }> => {
    const a = checked(args);
    if (typeof a === 'string') return { ok: false, code: 'badRequest', message: a };
    return previews.request(a.panel ?? 'command', {
      romOffset: a.romOffset,
      compression: a.compression ?? 'hal',
      format: a.format ?? '4bpp',
      tilesPerRow: a.tilesPerRow ?? 16,
      length: a.length,
    });
  });
}
