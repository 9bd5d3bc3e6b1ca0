/**
 * Preview requests from one panel, latest wins: at most one is computed at a time, and while it runs
 * a newer request replaces any older one still waiting. Dragging a slider over a ROM then costs one
 * decode per frame the machine can afford, never a queue of stale offsets.
 */
export interface CoalescerHooks<Req, Res> {
  compute(request: Req): Promise<Res>;
  deliver(request: Req, result: Res): void | Promise<void>;
  /** compute or deliver failed; the coalescer goes on with the next request. */
  failed(request: Req, error: unknown): void;
  /** A waiting request was replaced by a newer one and will not run. */
  superseded?(request: Req): void;
}

export class PreviewCoalescer<Req, Res> {
  #running: Promise<void> | undefined;
  #pending: { request: Req } | undefined;
  #disposed = false;
  #replaced = 0;

  constructor(private readonly hooks: CoalescerHooks<Req, Res>) {}

  submit(request: Req): void {
    if (this.#disposed) return;
    if (this.#running) {
      const replaced = this.#pending;
      this.#pending = { request };
      if (replaced) {
        this.#replaced++;
        this.hooks.superseded?.(replaced.request);
      }
      return;
    }
    this.#running = this.#run(request);
  }

  /** Requests dropped because a newer one arrived before they started. */
  get replaced(): number {
    return this.#replaced;
  }

  /** Resolves when nothing is running or waiting. */
  async idle(): Promise<void> {
    while (this.#running) await this.#running;
  }

  /** Drops what is waiting; what is running finishes but is not delivered. */
  async dispose(): Promise<void> {
    this.#disposed = true;
    this.#pending = undefined;
    await this.idle();
  }

  async #run(request: Req): Promise<void> {
    try {
      const result = await this.hooks.compute(request);
      if (!this.#disposed) await this.hooks.deliver(request, result);
    } catch (e) {
      if (!this.#disposed) this.hooks.failed(request, e);
    }
    const next = this.#pending;
    this.#pending = undefined;
    this.#running = next && !this.#disposed ? this.#run(next.request) : undefined;
  }
}
