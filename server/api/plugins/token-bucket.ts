// A token bucket per key: `capacity` tokens at most, refilled at `perSecond`. A request
// takes what it costs, or is told how long to wait. The clock is passed in (tests).

export interface BucketOptions {
  capacity: number;
  perSecond: number;
  now?: () => number;
  /** Keys kept at most; full buckets are forgotten first (they hold nothing to remember). */
  maxKeys?: number;
}

interface Bucket {
  tokens: number;
  at: number;
}

export class TokenBuckets {
  private readonly buckets = new Map<string, Bucket>();
  private readonly now: () => number;
  private readonly maxKeys: number;

  constructor(private readonly options: BucketOptions) {
    this.now = options.now ?? (() => performance.now());
    this.maxKeys = options.maxKeys ?? 10_000;
  }

  private level(bucket: Bucket, at: number): number {
    return Math.min(this.options.capacity, bucket.tokens + ((at - bucket.at) / 1000) * this.options.perSecond);
  }

  /** Takes `cost` tokens from `key`'s bucket: 0 when taken, else the seconds until it could be. */
  take(key: string, cost: number): number {
    const at = this.now();
    const want = Math.min(cost, this.options.capacity); // a cost over capacity waits for a full bucket
    const bucket = this.buckets.get(key) ?? { tokens: this.options.capacity, at };
    const tokens = this.level(bucket, at);
    if (tokens < want) {
      this.buckets.set(key, { tokens, at });
      return (want - tokens) / this.options.perSecond;
    }
    this.buckets.set(key, { tokens: tokens - want, at });
    if (this.buckets.size > this.maxKeys) this.forgetFull(at);
    return 0;
  }

  private forgetFull(at: number): void {
    for (const [key, bucket] of this.buckets) {
      if (this.level(bucket, at) >= this.options.capacity) this.buckets.delete(key);
    }
    // Still too many (a flood of fresh addresses): forget the oldest.
    for (const key of this.buckets.keys()) {
      if (this.buckets.size <= this.maxKeys) break;
      this.buckets.delete(key);
    }
  }

  get size(): number {
    return this.buckets.size;
  }
}
