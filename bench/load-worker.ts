// One HTTP load run with autocannon, in a worker thread so the load generator does not
// share an event loop with the server it measures. Posts back every latency summarised,
// and counts responses that were not 2xx or carried GraphQL errors.
import { parentPort, workerData } from 'node:worker_threads';
import autocannon from 'autocannon';
import { summarise } from './stats.ts';
import type { LoadJob, LoadResult } from './load.ts';

const job = workerData as LoadJob;
const latencies: number[] = [];
let graphqlErrors = 0;
const headers = { 'content-type': 'application/json', accept: 'application/json' };

const instance = autocannon(
  {
    url: job.url,
    connections: job.connections,
    duration: job.seconds,
    requests: [
      {
        method: 'POST',
        headers,
        body: job.body,
        onResponse: (status, body) => {
          if (status === 200 && body.includes('"errors"')) graphqlErrors++;
        },
      },
    ],
  },
  (err, result) => {
    if (err) throw err;
    const out: LoadResult = {
      seconds: result.duration,
      requests: latencies.length,
      requestsPerSecond: latencies.length / result.duration,
      latency: summarise(latencies),
      failures: result.non2xx + result.errors + graphqlErrors,
    };
    parentPort?.postMessage(out);
  },
);
instance.on('response', (_client: unknown, _status: number, _bytes: number, ms: number) => latencies.push(ms));
