/**
 * Every message between the extension host and its webviews, in one module both sides import, so a
 * change to a message is a type error on both ends. Messages from a webview are untrusted input and
 * are checked before use.
 */
import type { RomFacts } from '../core/rom/romFacts';

/** Host → ROM Info webview. */
export type RomInfoHostMessage =
  | { readonly type: 'romFacts'; readonly facts: RomFacts }
  | { readonly type: 'noRom' };

/** ROM Info webview → host. */
export type RomInfoWebviewMessage =
  | { readonly type: 'ready' }
  | { readonly type: 'copy'; readonly label: string; readonly text: string };

const MAX_COPY_LENGTH = 4096;

export type ParsedMessage<T> = { readonly ok: true; readonly message: T } | { readonly ok: false; readonly reason: string };

export function parseRomInfoWebviewMessage(value: unknown): ParsedMessage<RomInfoWebviewMessage> {
  if (typeof value !== 'object' || value === null) return { ok: false, reason: 'message is not an object' };
  const m = value as Record<string, unknown>;
  switch (m.type) {
    case 'ready':
      return { ok: true, message: { type: 'ready' } };
    case 'copy':
      if (typeof m.label !== 'string' || typeof m.text !== 'string' || m.text.length > MAX_COPY_LENGTH) {
        return { ok: false, reason: '"copy" needs a label and a text of at most 4096 characters' };
      }
      return { ok: true, message: { type: 'copy', label: m.label, text: m.text } };
    default:
      return { ok: false, reason: `unknown message type ${JSON.stringify(m.type)}` };
  }
}
