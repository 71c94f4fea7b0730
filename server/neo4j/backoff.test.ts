import { describe, expect, it } from 'vitest';
import { Backoff } from './backoff.ts';

describe('Backoff', () => {
  it('doubles from 1 s up to 30 s while Neo4j keeps failing', () => {
    const b = new Backoff();
    expect(Array.from({ length: 8 }, () => b.next(0))).toEqual([1_000, 2_000, 4_000, 8_000, 16_000, 30_000, 30_000, 30_000]);
  });

  it('starts again from 1 s after a run that stayed up for the stable period', () => {
    const b = new Backoff({ stableMs: 60_000 });
    b.next(0);
    b.next(5_000);
    expect(b.next(59_000)).toBe(4_000);
    expect(b.next(60_000)).toBe(1_000);
    expect(b.next(0)).toBe(2_000);
  });
});
