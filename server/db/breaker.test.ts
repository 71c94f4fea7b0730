import { afterEach, describe, expect, it, vi } from 'vitest';
import { Breaker } from './breaker.ts';

let breaker: Breaker | null = null;
afterEach(() => breaker?.dispose());

describe('Breaker', () => {
  it('opens on trip, probes in the background, and closes once the probe succeeds', async () => {
    let up = false;
    let probes = 0;
    const changes: [boolean, number][] = [];
    breaker = new Breaker({
      probe: async () => {
        probes++;
        if (!up) throw new Error('down');
      },
      probeEveryMs: 10,
      onChange: (open, downMs) => changes.push([open, downMs]),
    });
    expect(breaker.isOpen).toBe(false);
    breaker.trip();
    breaker.trip();
    expect(breaker.isOpen).toBe(true);
    await vi.waitFor(() => expect(probes).toBeGreaterThanOrEqual(3));
    expect(breaker.isOpen).toBe(true);
    up = true;
    await vi.waitFor(() => expect(breaker?.isOpen).toBe(false));
    expect(changes).toEqual([
      [true, 0],
      [false, expect.any(Number)],
    ]);
  });

  it('counts a probe that never answers as failed', async () => {
    let calls = 0;
    breaker = new Breaker({
      probe: () => {
        calls++;
        // The first probe hangs (a server that accepts connections but never answers).
        return calls === 1 ? new Promise(() => {}) : Promise.resolve();
      },
      probeEveryMs: 10,
      probeTimeoutMs: 50,
    });
    breaker.trip();
    await vi.waitFor(() => expect(breaker?.isOpen).toBe(false));
    expect(calls).toBe(2);
  });

  it('stops probing once disposed', async () => {
    let probes = 0;
    breaker = new Breaker({
      probe: async () => {
        probes++;
        throw new Error('down');
      },
      probeEveryMs: 10,
    });
    breaker.trip();
    breaker.dispose();
    await new Promise((r) => setTimeout(r, 60));
    expect(probes).toBe(0);
  });
});
