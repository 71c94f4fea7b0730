import { describe, expect, it } from 'vitest';
import { TokenBuckets } from './token-bucket.ts';

function clock() {
  let t = 0;
  return { now: () => t, advance: (ms: number) => (t += ms) };
}

describe('token buckets', () => {
  it('lets a burst through, then refuses with the wait, then refills', () => {
    const c = clock();
    const b = new TokenBuckets({ capacity: 100, perSecond: 10, now: c.now });
    expect(b.take('a', 60)).toBe(0);
    expect(b.take('a', 40)).toBe(0);
    expect(b.take('a', 20)).toBeCloseTo(2); // 20 tokens at 10 a second
    c.advance(2000);
    expect(b.take('a', 20)).toBe(0);
  });

  it('keeps one bucket per key', () => {
    const b = new TokenBuckets({ capacity: 10, perSecond: 1, now: clock().now });
    expect(b.take('a', 10)).toBe(0);
    expect(b.take('a', 1)).toBeGreaterThan(0);
    expect(b.take('b', 10)).toBe(0);
  });

  it('lets a cost over capacity through on a full bucket, never more often', () => {
    const c = clock();
    const b = new TokenBuckets({ capacity: 10, perSecond: 1, now: c.now });
    expect(b.take('a', 50)).toBe(0);
    expect(b.take('a', 50)).toBeCloseTo(10);
  });

  it('forgets full buckets when it holds too many keys', () => {
    const c = clock();
    const b = new TokenBuckets({ capacity: 10, perSecond: 1, now: c.now, maxKeys: 100 });
    for (let i = 0; i < 100; i++) b.take(`k${i}`, 1);
    c.advance(60_000);
    b.take('busy', 10);
    b.take('new', 1);
    expect(b.size).toBeLessThanOrEqual(100);
    expect(b.take('busy', 1)).toBeGreaterThan(0); // the empty bucket was kept
  });
});
