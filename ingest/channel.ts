// A bounded queue between two pipeline stages: `put` waits while it is full (back-
// pressure), `take` waits while it is empty, `close` ends it for the consumer.
export type Taken<T> = { value: T } | { done: true } | { timeout: true };

export class Channel<T> {
  private readonly items: T[] = [];
  private closed = false;
  private takers: Array<(t: Taken<T>) => void> = [];
  private putters: Array<() => void> = [];

  constructor(readonly capacity: number) {}

  get size(): number {
    return this.items.length;
  }

  /** Resolves once the value is queued; false when the channel was closed first (the value is dropped). */
  async put(value: T): Promise<boolean> {
    while (!this.closed && this.items.length >= this.capacity && this.takers.length === 0) {
      await new Promise<void>((resolve) => this.putters.push(resolve));
    }
    if (this.closed) return false;
    const taker = this.takers.shift();
    if (taker) taker({ value });
    else this.items.push(value);
    return true;
  }

  /** The next value; `done` once closed and drained; `timeout` after `timeoutMs` when given. */
  take(timeoutMs?: number): Promise<Taken<T>> {
    if (this.items.length > 0) {
      const value = this.items.shift()!;
      this.putters.shift()?.();
      return Promise.resolve({ value });
    }
    if (this.closed) return Promise.resolve({ done: true });
    return new Promise<Taken<T>>((resolve) => {
      let timer: NodeJS.Timeout | undefined;
      const taker = (t: Taken<T>) => {
        if (timer) clearTimeout(timer);
        resolve(t);
      };
      this.takers.push(taker);
      this.putters.shift()?.();
      if (timeoutMs !== undefined) {
        timer = setTimeout(() => {
          this.takers = this.takers.filter((t) => t !== taker);
          resolve({ timeout: true });
        }, timeoutMs);
      }
    });
  }

  /** No more values: waiting takers get `done` once the queue is drained; waiting putters are released. */
  close(): void {
    this.closed = true;
    for (const t of this.takers.splice(0)) t({ done: true });
    for (const p of this.putters.splice(0)) p();
  }

  /** Closes and drops what is queued (used when the run is stopped). */
  abort(): void {
    this.items.length = 0;
    this.close();
  }
}
