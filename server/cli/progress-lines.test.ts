import { afterEach, describe, expect, it, vi } from 'vitest';
import { ProgressLines } from './progress-lines.ts';

describe('ProgressLines', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('prints a line each time another 100 articles are done, and not in between', () => {
    const lines: string[] = [];
    let now = 0;
    const p = new ProgressLines((l) => lines.push(l), { total: 250, now: () => now });
    for (let done = 1; done <= 250; done++) {
      now = done * 100;
      p.update({ done, statements: done * 3, failed: done > 200 ? 1 : 0 });
    }
    expect(lines).toEqual([
      'progress: 100/250 articles (40%), 300 statements, 0 failed, 10.0 articles/s, 10 s',
      'progress: 200/250 articles (80%), 600 statements, 0 failed, 10.0 articles/s, 20 s',
    ]);
  });

  it('prints every 10 s while nothing moves, and stops when stopped', () => {
    vi.useFakeTimers();
    const lines: string[] = [];
    const p = new ProgressLines((l) => lines.push(l), { total: null, now: () => Date.now() });
    p.start();
    p.update({ done: 7, statements: 20, failed: 1 });
    vi.advanceTimersByTime(25_000);
    expect(lines).toEqual(['progress: 7 articles, 20 statements, 1 failed, 0.7 articles/s, 10 s', 'progress: 7 articles, 20 statements, 1 failed, 0.3 articles/s, 20 s']);
    p.stop();
    vi.advanceTimersByTime(30_000);
    expect(lines).toHaveLength(2);
  });
});
