// Token buckets per client: each holds up to `burst` requests and refills at `rate` a
// second. A request takes one token; with none left it is refused with the seconds until
// the next token (the Retry-After of a 429). Full buckets are forgotten, so memory stays
// bounded by the clients active in the last few seconds.
import type { RateLimit } from '../../core/config';

export type Take = { ok: true } | { ok: false; retryAfterSeconds: number };

interface Bucket {
  tokens: number;
  /** Seconds (monotonic) of the last refill. */
  at: number;
}

const monotonicSeconds = (): number => performance.now() / 1000;

export class TokenBuckets {
  private readonly buckets = new Map<string, Bucket>();

  constructor(
    readonly limit: RateLimit,
    private readonly now: () => number = monotonicSeconds,
    /** Past this many clients, full buckets are dropped; then the oldest. */
    private readonly maxClients = 50_000,
  ) {}

  take(client: string): Take {
    const t = this.now();
    let b = this.buckets.get(client);
    if (!b) {
      if (this.buckets.size >= this.maxClients) this.sweep(t);
      b = { tokens: this.limit.burst, at: t };
      this.buckets.set(client, b);
    } else {
      b.tokens = Math.min(this.limit.burst, b.tokens + (t - b.at) * this.limit.rate);
      b.at = t;
    }
    if (b.tokens >= 1) {
      b.tokens -= 1;
      return { ok: true };
    }
    return { ok: false, retryAfterSeconds: Math.max(1, Math.ceil((1 - b.tokens) / this.limit.rate)) };
  }

  get size(): number {
    return this.buckets.size;
  }

  /** Drops buckets that have refilled (they behave exactly like new ones), then the oldest if still too many. */
  sweep(t = this.now()): void {
    for (const [k, b] of this.buckets) if (b.tokens + (t - b.at) * this.limit.rate >= this.limit.burst) this.buckets.delete(k);
    for (const k of this.buckets.keys()) {
      if (this.buckets.size < this.maxClients) break;
      this.buckets.delete(k);
    }
  }
}
