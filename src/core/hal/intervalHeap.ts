/**
 * A binary min-heap of interval offers for the optimal parser: "from position `from`, every target
 * up to `end` can be reached for `key`". Expired offers are dropped lazily when they reach the top.
 */
export class IntervalHeap {
  private readonly key: Int32Array;
  private readonly end: Int32Array;
  private readonly from: Int32Array;
  private readonly kind: Int8Array;
  private readonly order: Int32Array;
  private count = 0;
  private stored = 0;

  constructor(capacity: number) {
    this.key = new Int32Array(capacity);
    this.end = new Int32Array(capacity);
    this.from = new Int32Array(capacity);
    this.kind = new Int8Array(capacity);
    this.order = new Int32Array(capacity);
  }

  push(key: number, end: number, from: number, kind: number): void {
    const id = this.stored++;
    this.key[id] = key;
    this.end[id] = end;
    this.from[id] = from;
    this.kind[id] = kind;
    let at = this.count++;
    const order = this.order;
    while (at > 0) {
      const parent = (at - 1) >> 1;
      if (this.key[order[parent]] <= key) break;
      order[at] = order[parent];
      at = parent;
    }
    order[at] = id;
  }

  /** The cheapest offer still reaching `target`, or -1; offers ending before it are discarded. */
  best(target: number): number {
    while (this.count > 0) {
      const id = this.order[0];
      if (this.end[id] >= target) return id;
      this.popTop();
    }
    return -1;
  }

  keyOf(id: number): number {
    return this.key[id];
  }

  fromOf(id: number): number {
    return this.from[id];
  }

  kindOf(id: number): number {
    return this.kind[id];
  }

  private popTop(): void {
    const order = this.order;
    const last = order[--this.count];
    const lastKey = this.key[last];
    let at = 0;
    for (;;) {
      let child = 2 * at + 1;
      if (child >= this.count) break;
      if (child + 1 < this.count && this.key[order[child + 1]] < this.key[order[child]]) child++;
      if (this.key[order[child]] >= lastKey) break;
      order[at] = order[child];
      at = child;
    }
    order[at] = last;
  }
}
