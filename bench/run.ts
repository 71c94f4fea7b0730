// `npm run bench`: extraction, ingestion, queries and rendering, each against its baseline,
// measured in one run on this machine. Not part of `npm test`.
import path from 'node:path';
import { Command } from 'commander';
import { benchExtraction } from './extract.ts';
import { writeReport, type Row } from './report.ts';

const program = new Command('bench')
  .option('--only <sections>', 'comma-separated sections: extract,ingest,queries,client')
  .option('--extract-mb <n>', 'megabytes of text for the extraction benchmark', '10')
  .parse(process.argv);
const opts = program.opts<{ only?: string; extractMb: string }>();
const wanted = (s: string) => !opts.only || opts.only.split(',').includes(s);

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

writeReport(path.dirname(new URL(import.meta.url).pathname), rows, raw);
console.error('wrote bench/RESULTS.md and bench/results.json');
