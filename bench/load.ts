// Two ways to put the same load on the graph for a fixed time: HTTP requests to the app
// (autocannon, in a worker thread) and plain async loops in this process (the baseline).
import { Worker } from 'node:worker_threads';
import { summarise, type Latency } from './stats.ts';

export interface LoadJob {
  url: string;
  /** The JSON request body. */
  body: string;
  connections: number;
  seconds: number;
}

export interface LoadResult {
  seconds: number;
  requests: number;
  requestsPerSecond: number;
  latency: Latency;
  /** Non-2xx responses, connection errors and responses with GraphQL errors; thrown errors in loops. */
  failures: number;
}

export function loadHttp(job: LoadJob): Promise<LoadResult> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./load-worker.mjs', import.meta.url), { workerData: job });
    worker.once('message', (r: LoadResult) => {
      resolve(r);
      void worker.terminate();
    });
    worker.once('error', reject);
  });
}

/** `concurrency` loops calling `once` back to back for `seconds`; every call timed. */
export async function loadLoops(once: () => Promise<unknown>, concurrency: number, seconds: number): Promise<LoadResult> {
  const latencies: number[] = [];
  let failures = 0;
  const t0 = performance.now();
  const until = t0 + seconds * 1000;
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (performance.now() < until) {
        const t = performance.now();
        try {
          await once();
          latencies.push(performance.now() - t);
        } catch {
          failures++;
        }
      }
    }),
  );
  const elapsed = (performance.now() - t0) / 1000;
  return { seconds: elapsed, requests: latencies.length, requestsPerSecond: latencies.length / elapsed, latency: summarise(latencies), failures };
}
