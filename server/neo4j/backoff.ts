// Delays between restarts of a process that keeps dying: 1 s, 2 s, 4 s… up to 30 s, so a
// Neo4j that cannot start does not spin, and one that crashed once is back quickly. A run
// that stayed up for the stable period starts the count again.

export interface BackoffOptions {
  firstMs?: number;
  maxMs?: number;
  stableMs?: number;
}

export class Backoff {
  private failures = 0;

  constructor(private readonly opts: BackoffOptions = {}) {}

  /** The delay before the next start, given how long the last run stayed up (0: it never started). */
  next(uptimeMs: number): number {
    const { firstMs = 1_000, maxMs = 30_000, stableMs = 60_000 } = this.opts;
    if (uptimeMs >= stableMs) this.failures = 0;
    const delay = Math.min(maxMs, firstMs * 2 ** this.failures);
    this.failures++;
    return delay;
  }
}
