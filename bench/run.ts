// `npm run bench`: extraction, ingestion, queries and rendering, each against its baseline,
// measured in one run on this machine. Not part of `npm test`.
import path from 'node:path';
import { Command } from 'commander';
import { benchClient, clientRows } from './client.ts';
import { benchExtraction } from './extract.ts';
import { benchIngest, ingestRows, loadCorpus } from './ingest.ts';
import { startBenchGraph, type BenchGraph } from './neo4j.ts';
import { benchQueries, queryRows } from './queries.ts';
import { writeReport, type Row } from './report.ts';

const numbers = (v: string) => v.split(',').map((x) => Number(x.replace(/_/g, ''))).filter((x) => Number.isInteger(x) && x > 0);
const program = new Command('bench')
  .option('--only <sections>', 'comma-separated sections: extract,ingest,queries,client')
  .option('--extract-mb <n>', 'megabytes of text for the extraction benchmark', '10')
  .option('--sizes <list>', 'articles ingested, comma-separated; the largest graph serves the query benchmark', '1000,10000,50000')
  .option('--page-cache-mb <n>', 'page cache of the benchmark Neo4j', '2048')
  .option('--heap-mb <n>', 'heap of the benchmark Neo4j', '2048')
  .option('--connections <n>', 'concurrent connections (and bare-driver loops) in the query benchmark', '20')
  .option('--duration <s>', 'seconds of load per query, for the app and again for the bare driver', '10')
  .option('--client-sizes <list>', 'elements (nodes + edges) drawn in the browser, comma-separated', '500,2000,10000')
  .option('--pan-ms <ms>', 'milliseconds of panning per size in the browser', '3000')
  .parse(process.argv);
const opts = program.opts<{
  only?: string;
  extractMb: string;
  sizes: string;
  pageCacheMb: string;
  heapMb: string;
  connections: string;
  duration: string;
  clientSizes: string;
  panMs: string;
}>();
const wanted = (s: string) => !opts.only || opts.only.split(',').includes(s);
const sizes = numbers(opts.sizes);
if (sizes.length === 0) program.error(`--sizes needs positive whole numbers (got ${opts.sizes})`);
const clientSizes = numbers(opts.clientSizes);
if (clientSizes.length === 0) program.error(`--client-sizes needs positive whole numbers (got ${opts.clientSizes})`);
const started = performance.now();

const rows: Row[] = [];
const raw: Record<string, unknown> = {};

if (wanted('extract')) {
  console.error('extraction…');
  const e = await benchExtraction(Number(opts.extractMb));
  raw.extraction = e;
  rows.push(
    { section: 'extraction', metric: `1 process, ${e.articles} articles (${e.megabytes.toFixed(1)} MB)`, value: e.single.articlesPerSecond, unit: 'articles/s' },
    { section: 'extraction', metric: '1 process', value: e.single.megabytesPerSecond, unit: 'MB/s' },
    { section: 'extraction', metric: `${e.workers.threads} worker threads`, value: e.workers.articlesPerSecond, unit: 'articles/s', baseline: `${(e.workers.articlesPerSecond / e.single.articlesPerSecond).toFixed(2)}× one process` },
    { section: 'extraction', metric: `${e.workers.threads} worker threads`, value: e.workers.megabytesPerSecond, unit: 'MB/s' },
    { section: 'extraction', metric: 'peak memory (1 process)', value: e.peakRssMb, unit: 'MB' },
    { section: 'extraction', metric: 'who-said-what F1 on the synthetic corpus', value: e.whoSaidWhatF1, unit: '', aim: '≥ 0.90', met: e.whoSaidWhatF1 >= 0.9 },
  );
}

let graph: BenchGraph | null = null;
try {
  if (wanted('ingest') || wanted('queries')) {
    graph = await startBenchGraph({ pageCacheMb: Number(opts.pageCacheMb), heapMb: Number(opts.heapMb) });
  }
  if (graph && wanted('ingest')) {
    console.error(`ingestion (${sizes.join(', ')} articles)…`);
    const b = await benchIngest(graph.db, sizes);
    raw.ingest = b;
    rows.push(...ingestRows(b));
  } else if (graph) {
    console.error(`loading ${Math.max(...sizes)} articles for the query benchmark…`);
    await loadCorpus(graph.db, Math.max(...sizes));
  }
  if (graph && wanted('queries')) {
    console.error('queries…');
    const q = await benchQueries(graph.db, { connections: Number(opts.connections), seconds: Number(opts.duration), log: (l) => console.error(l) });
    raw.queries = q;
    rows.push(...queryRows(q));
  }
} finally {
  await graph?.close();
}

if (wanted('client')) {
  console.error(`rendering (${clientSizes.join(', ')} elements)…`);
  const c = await benchClient(clientSizes, Number(opts.panMs), (l) => console.error(l));
  raw.client = c;
  rows.push(...clientRows(c));
}

raw.seconds = (performance.now() - started) / 1000;
writeReport(path.dirname(new URL(import.meta.url).pathname), rows, raw);
console.error('wrote bench/RESULTS.md and bench/results.json');
