// `kg ingest PATH...`: reads articles, extracts and loads each into the graph in its own
// transaction, with a progress bar on stderr and a summary on stdout. Idempotent: an
// article already ingested with the same text is skipped. Exit code 1 when any failed.
import { createReadStream } from 'node:fs';
import path from 'node:path';
import { SingleBar } from 'cli-progress';
import { type Command, InvalidArgumentError } from 'commander';
import type { ArticleInput } from '../../common/extraction.ts';
import { ingestArticles, type Summary } from '../graph/ingest-articles.ts';
import { articleFiles, DEFAULT_MAX_BYTES, readArticles } from '../io/read-articles.ts';
import { openGraph } from './open-graph.ts';

interface IngestOptions {
  maxBytes: number;
  progress: boolean;
}

export function registerIngest(program: Command): void {
  program
    .command('ingest')
    .description('extract articles (.txt, .md, .jsonl files or folders) and load them into the graph')
    .argument('<paths...>', 'article files, or folders to read recursively')
    .option('--max-bytes <n>', 'largest article file (or .jsonl line) to read, in bytes', parseByteCount, DEFAULT_MAX_BYTES)
    .option('--no-progress', 'no progress bar')
    .action(async (paths: string[], opts: IngestOptions) => {
      process.exitCode = await runIngest(paths, opts);
    });
}

function parseByteCount(value: string): number {
  const n = Number(value);
  if (!/^\d+$/.test(value.trim()) || !Number.isSafeInteger(n) || n <= 0) throw new InvalidArgumentError('expected a positive whole number of bytes');
  return n;
}

/** Counts the articles readArticles will yield, for the ETA; null when it takes too long. */
async function countArticles(paths: string[], deadline = Date.now() + 2000): Promise<number | null> {
  let n = 0;
  for await (const entry of articleFiles(paths)) {
    if (Date.now() > deadline) return null;
    if (typeof entry === 'string' && path.extname(entry).toLowerCase() === '.jsonl') {
      for await (const chunk of createReadStream(entry)) for (const byte of chunk as Buffer) if (byte === 10) n++;
    } else n++; // an article, or a failure readArticles reports as one outcome
  }
  return n;
}

function printSummary(s: Summary, readFailures: number): void {
  const secs = Math.max(s.seconds, 0.001);
  const lines = [
    `Ingested ${s.articles} articles in ${s.seconds.toFixed(1)} s (${(s.articles / secs).toFixed(1)} articles/s, ${(s.statements / secs).toFixed(0)} statements/s)`,
    `  new ${s.new}, updated ${s.updated}, unchanged ${s.unchanged}, failed ${s.failed + readFailures}`,
    `  statements ${s.statements}, entities ${s.entities}, merges ${s.merges}`,
  ];
  process.stdout.write(`${lines.join('\n')}\n`);
}

async function runIngest(paths: string[], opts: IngestOptions): Promise<number> {
  const graph = await openGraph();
  if (typeof graph === 'number') return graph;
  try {
    const total = await countArticles(paths);
    const bar = opts.progress
      ? new SingleBar({
          format:
            total === null
              ? '{value} articles | {statements} statements | {rate} articles/s'
              : '{bar} {percentage}% | {value}/{total} articles | {statements} statements | {rate} articles/s | ETA {eta_formatted}',
          hideCursor: true,
          etaBuffer: 50,
        })
      : null;
    const started = performance.now();
    let done = 0;
    const payload = (statements: number) => ({ statements, rate: (done / Math.max((performance.now() - started) / 1000, 0.001)).toFixed(1) });
    bar?.start(total ?? 0, 0, payload(0));
    const readErrors: { file: string; error: string }[] = [];
    let statements = 0;
    async function* articles(): AsyncGenerator<ArticleInput> {
      for await (const outcome of readArticles(paths, { maxBytes: opts.maxBytes })) {
        if (outcome.ok) {
          yield outcome.article;
          continue;
        }
        readErrors.push({ file: outcome.file, error: outcome.error });
        bar?.update(++done, payload(statements));
      }
    }
    const summary = await ingestArticles(graph.db, articles(), (p) => {
      statements = p.statements;
      done = p.articles + readErrors.length;
      bar?.update(done, payload(p.statements));
    });
    bar?.stop();
    for (const e of [...readErrors, ...summary.errors]) process.stderr.write(`✖ ${e.file}: ${e.error}\n`);
    printSummary(summary, readErrors.length);
    return summary.failed + readErrors.length > 0 ? 1 : 0;
  } finally {
    await graph.close();
  }
}
