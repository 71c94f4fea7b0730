// Extraction throughput on the synthetic corpus: articles/s and MB/s in one process and
// with worker threads on all cores, peak memory, and who-said-what F1 against the
// generator's known speakers.
import os from 'node:os';
import { Worker } from 'node:worker_threads';
import type { Extraction } from '../common/extraction.ts';
import { extractArticle } from '../server/extract/index.ts';
import { score, type Gold } from '../tests/extraction-score.ts';
import { generateArticle } from './synth/generate.ts';

export interface ExtractionBench {
  articles: number;
  megabytes: number;
  single: { seconds: number; articlesPerSecond: number; megabytesPerSecond: number };
  workers: { threads: number; seconds: number; articlesPerSecond: number; megabytesPerSecond: number };
  peakRssMb: number;
  whoSaidWhatF1: number;
  speakerAccuracy: number;
}

const mb = (bytes: number) => bytes / 1024 / 1024;

export async function benchExtraction(targetMb = 10, seed = 1): Promise<ExtractionBench> {
  const docs: { text: string; published: string; gold: Gold }[] = [];
  let bytes = 0;
  for (let i = 0; bytes < targetMb * 1024 * 1024; i++) {
    const a = generateArticle(i, seed);
    docs.push({ text: a.text, published: a.published, gold: a.gold as Gold });
    bytes += Buffer.byteLength(a.text);
  }
  let peak = process.memoryUsage().rss;
  const sample = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 50);

  const t0 = performance.now();
  const preds: Extraction[] = [];
  for (const d of docs) {
    preds.push(extractArticle({ meta: { file: 'bench', title: null, published: d.published, source: null, dateline: null }, text: d.text }));
  }
  const single = (performance.now() - t0) / 1000;
  clearInterval(sample);
  const quality = score(docs.slice(0, 2000).map((d, i) => ({ gold: d.gold, text: d.text, pred: preds[i]! })));

  const threads = Math.max(1, os.availableParallelism());
  const t1 = performance.now();
  await Promise.all(
    Array.from({ length: threads }, (_, w) => {
      const slice = docs.filter((_, i) => i % threads === w).map((d) => ({ text: d.text, published: d.published }));
      return new Promise<void>((resolve, reject) => {
        const worker = new Worker(new URL('./extract-worker.mjs', import.meta.url), { workerData: slice });
        worker.once('message', () => resolve());
        worker.once('error', reject);
      });
    }),
  );
  const parallel = (performance.now() - t1) / 1000;
  return {
    articles: docs.length,
    megabytes: mb(bytes),
    single: { seconds: single, articlesPerSecond: docs.length / single, megabytesPerSecond: mb(bytes) / single },
    workers: { threads, seconds: parallel, articlesPerSecond: docs.length / parallel, megabytesPerSecond: mb(bytes) / parallel },
    peakRssMb: mb(peak),
    whoSaidWhatF1: quality.whoSaidWhat.f1,
    speakerAccuracy: quality.speakerAccuracy,
  };
}
