import { describe, expect, it } from 'vitest';
import { retryDelay } from './retry.ts';

const mid = () => 0.5;

describe('retryDelay', () => {
  it('retries a transient failure with growing delays, then gives up', () => {
    const delays = [1, 2, 3, 4, 5, 6].map((n) => retryDelay('transient', n, 0, mid));
    expect(delays).toEqual([100, 200, 400, 800, 1600, null]);
  });

  it('keeps the jitter within ±20 %', () => {
    expect(retryDelay('transient', 3, 0, () => 0)).toBe(320);
    expect(retryDelay('transient', 3, 0, () => 0.999999)).toBe(480);
  });

  it('tries an unreachable server once more only when it failed fast', () => {
    expect(retryDelay('unreachable', 1, 10, mid)).toBe(200);
    expect(retryDelay('unreachable', 2, 10, mid)).toBeNull();
    // A connect that timed out: the server is down, say so at once.
    expect(retryDelay('unreachable', 1, 3_000, mid)).toBeNull();
  });

  it('never retries a final failure', () => {
    expect(retryDelay('final', 1, 0, mid)).toBeNull();
  });
});
