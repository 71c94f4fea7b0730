// A circuit breaker for an unreachable database. Once a query finds the server gone, the
// next ones fail at once instead of each waiting out connection attempts and retries (a
// flood of requests during an outage would otherwise pile up); a background probe closes
// the breaker as soon as the server answers again, so the app heals without a restart.

export interface BreakerOptions {
  /** Resolves when the database answers (e.g. the driver's verifyConnectivity). */
  probe: () => Promise<unknown>;
  /** Pause between probes while open. */
  probeEveryMs?: number;
  /** Longest a probe may take before it counts as failed (a hung server never answers). */
  probeTimeoutMs?: number;
  /** Told when the breaker opens (downMs 0) and when it closes again (downMs: how long it was open). */
  onChange?: (open: boolean, downMs: number) => void;
}

function withTimeout<T>(work: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer in ${ms} ms`)), ms);
  });
  return Promise.race([work, late]).finally(() => clearTimeout(timer));
}

export class Breaker {
  private openedAt: number | null = null;
  private timer: NodeJS.Timeout | null = null;
  private disposed = false;

  constructor(private readonly opts: BreakerOptions) {}

  get isOpen(): boolean {
    return this.openedAt !== null;
  }

  /** Opens the breaker (if not open yet) and starts probing. */
  trip(): void {
    if (this.openedAt !== null || this.disposed) return;
    this.openedAt = Date.now();
    this.opts.onChange?.(true, 0);
    this.schedule();
  }

  /** Stops probing for good (the Db is closing). */
  dispose(): void {
    this.disposed = true;
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
  }

  private schedule(): void {
    if (this.disposed) return;
    this.timer = setTimeout(() => void this.probeOnce(), this.opts.probeEveryMs ?? 500);
    // Probing never keeps the process alive on its own.
    this.timer.unref();
  }

  private async probeOnce(): Promise<void> {
    this.timer = null;
    try {
      await withTimeout(this.opts.probe(), this.opts.probeTimeoutMs ?? 3_000);
    } catch {
      this.schedule();
      return;
    }
    if (this.disposed || this.openedAt === null) return;
    const downMs = Date.now() - this.openedAt;
    this.openedAt = null;
    this.opts.onChange?.(false, downMs);
  }
}
