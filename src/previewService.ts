/**
 * Preview requests from panels (and the `spritepal.previewAt` command the previewer uses): one
 * latest-wins queue per panel, computed under the lock, delivered only if the ROM is still the one
 * the preview was made from. Every request is answered exactly once: with the picture, a typed
 * failure, or "superseded" when a newer request from the same panel replaced it before it ran.
 */
import { Result } from './core/result';
import type { PreviewRequest, PreviewResult } from './managers/extractionManager';
import { PreviewCoalescer } from './managers/previewCoalescer';
import { ManagerRegistry, ManagersUnavailable } from './managers/registry';
import type { SessionTag } from './managers/romLease';

export type PreviewAnswer =
  | PreviewResult
  | { readonly ok: false; readonly code: 'noRomOpen' | 'disposed' | 'stale' | 'superseded'; readonly message: string };

interface Pending {
  readonly request: PreviewRequest;
}

type Computed = Result<{ readonly tag: SessionTag; readonly result: PreviewResult }, ManagersUnavailable>;

const DISPOSED: PreviewAnswer = { ok: false, code: 'disposed', message: 'SpritePal is shutting down.' };

export class PreviewService {
  readonly #panels = new Map<string, PreviewCoalescer<Pending, Computed>>();
  /** Requests not answered yet, with the function that answers them. */
  readonly #unanswered = new Map<Pending, (a: PreviewAnswer) => void>();
  #disposed = false;

  constructor(private readonly registry: ManagerRegistry) {}

  request(panelId: string, request: PreviewRequest): Promise<PreviewAnswer> {
    if (this.#disposed) return Promise.resolve(DISPOSED);
    return new Promise((resolve) => {
      const pending: Pending = { request };
      this.#unanswered.set(pending, resolve);
      this.#panel(panelId).submit(pending);
    });
  }

  async dispose(): Promise<void> {
    this.#disposed = true;
    const panels = [...this.#panels.values()];
    this.#panels.clear();
    await Promise.all(panels.map((p) => p.dispose()));
    for (const pending of [...this.#unanswered.keys()]) this.#answer(pending, DISPOSED);
  }

  #answer(pending: Pending, answer: PreviewAnswer): void {
    const resolve = this.#unanswered.get(pending);
    this.#unanswered.delete(pending);
    resolve?.(answer);
  }

  #panel(panelId: string): PreviewCoalescer<Pending, Computed> {
    let panel = this.#panels.get(panelId);
    if (panel) return panel;
    panel = new PreviewCoalescer<Pending, Computed>({
      compute: (pending) =>
        this.registry.withManagers((m) => ({ tag: { sessionId: m.sessionId, generation: m.generation }, result: m.preview(pending.request) })),
      deliver: async (pending, computed) => {
        if (!computed.ok) return this.#answer(pending, { ok: false, code: computed.error.code, message: computed.error.message });
        // Answered under the lock, so no close can come between the check and the delivery.
        const current = await this.registry.whenCurrent(computed.value.tag, () => this.#answer(pending, computed.value.result));
        if (!current.ok) this.#answer(pending, { ok: false, code: current.error.code, message: current.error.message });
      },
      failed: (pending, error) =>
        this.#answer(pending, { ok: false, romOffset: pending.request.romOffset, reason: 'internal', message: String((error as Error)?.message ?? error) }),
      superseded: (pending) => this.#answer(pending, { ok: false, code: 'superseded', message: 'A newer preview was requested.' }),
    });
    this.#panels.set(panelId, panel);
    return panel;
  }
}
