// When a failed transaction is tried again. The driver's own retry spends one time budget
// on everything (30 s by default): a dead server made every query wait that long, and a
// smaller budget would stop retrying a deadlock at the end of any long write. Here each
// kind of failure has its own rule.

/** `unreachable`: no connection to the server; `transient`: a deadlock, a leader switch… */
export type Failure = 'unreachable' | 'transient' | 'final';

const TRANSIENT_ATTEMPTS = 6;
const TRANSIENT_FIRST_DELAY_MS = 100;
/** An unreachable server is tried once more only if it failed fast (a pooled connection the
 * server had closed, say); one that timed out is down, and the caller is told at once. */
const FAST_FAILURE_MS = 500;
const UNREACHABLE_RETRY_DELAY_MS = 200;

/** Milliseconds to wait before attempt `attempt + 1`, or null to give up. `random` in [0, 1). */
export function retryDelay(failure: Failure, attempt: number, elapsedMs: number, random: () => number = Math.random): number | null {
  if (failure === 'unreachable') return attempt === 1 && elapsedMs < FAST_FAILURE_MS ? UNREACHABLE_RETRY_DELAY_MS : null;
  if (failure === 'transient' && attempt < TRANSIENT_ATTEMPTS) {
    // Exponential, ±20 % so two transactions that deadlocked do not collide again in step.
    return Math.round(TRANSIENT_FIRST_DELAY_MS * 2 ** (attempt - 1) * (0.8 + 0.4 * random()));
  }
  return null;
}
