// `kg ingest PATH...`: reads articles, extracts and loads each into the graph in its own
// transaction, with progress on stderr (a bar on a terminal, a line every 10 s or 100
// articles otherwise) and a summary on stdout. Idempotent: an article already ingested
// with the same text is skipped. Exit code 1 when any failed; those are listed in a file
// that `kg ingest --from-file FILE` runs on again.
import { createReadStream } from 'node:fs';
import { rm } from 'node:fs/promises';
import path from 'node:path';
import { SingleBar } from 'cli-progress';
import { type Command, InvalidArgumentError } from 'commander';
import { ingestArticles, type IngestInput, type Summary } from '../graph/ingest-articles.ts';
import { articleFiles, DEFAULT_MAX_BYTES, readArticles, type ReadOutcome } from '../io/read-articles.ts';
import { readArticleList, readListedArticles, writeArticleList } from './article-list.ts';
import { openGraph } from './open-graph.ts';
import { ProgressLines } from './progress-lines.ts';

interface IngestOptions {
  maxBytes: number;
  progress: boolean;
  dbWait: number;
  failedFile: string;
  fromFile?: string;
}

const DEFAULT_FAILED_FILE = 'kg-ingest-failed.txt';

export function registerIngest(program: Command): void {
  program
    .command('ingest')
    .description('extract articles (.txt, .md, .jsonl files or folders) and load them into the graph')
    .argument('[paths...]', 'article files, or folders to read recursively')
    .option('--from-file <list>', `also ingest the articles listed in this file (as written to ${DEFAULT_FAILED_FILE})`)
    .option('--max-bytes <n>', 'largest article file (or .jsonl line) to read, in bytes', parseByteCount, DEFAULT_MAX_BYTES)
    .option('--db-wait <seconds>', 'how long to wait for an unreachable database before giving up', parseSeconds, 60)
    .option('--failed-file <path>', 'where to list the articles not ingested, if any', DEFAULT_FAILED_FILE)
    .option('--no-progress', 'no progress bar or progress lines')
    .action(async (paths: string[], opts: IngestOptions, command: Command) => {
      if (paths.length === 0 && opts.fromFile === undefined) command.error('error: give article paths, or --from-file <list>');
      process.exitCode = await runIngest(paths, opts);
    });
}

function parseSeconds(value: string): number {
  const n = Number(value);
  if (!/^\d+(\.\d+)?$/.test(value.trim()) || !Number.isFinite(n) || n > 86_400) throw new InvalidArgumentError('expected a number of seconds (0 to 86400)');
  return n;
}

function parseByteCount(value: string): number {
  const n = Number(value);
  if (!/^\d+$/.test(value.trim()) || !Number.isSafeInteger(n) || n <= 0) throw new InvalidArgumentError('expected a positive whole number of bytes');
  return n;
}

/** Counts the articles readArticles will yield, for the ETA; null when it takes too long. */
async function countArticles(paths: string[], listed: number, deadline = Date.now() + 2000): Promise<number | null> {
  let n = listed;
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
    `  new ${s.new}, updated ${s.updated}, unchanged ${s.unchanged}, failed ${s.failed + readFailures}${s.skipped ? `, not tried ${s.skipped}` : ''}`,
    `  statements ${s.statements}, entities ${s.entities}, merges ${s.merges}`,
  ];
  process.stdout.write(`${lines.join('\n')}\n`);
}

/** Progress on stderr: a bar on a terminal, plain lines when stderr goes to a file or pipe. */
function progressReporter(total: number | null) {
  const started = performance.now();
  if (!process.stderr.isTTY) {
    const lines = new ProgressLines((line) => process.stderr.write(`${line}\n`), { total });
    return {
      start: () => lines.start(),
      update: (done: number, statements: number, failed: number) => lines.update({ done, statements, failed }),
      stop: () => lines.stop(),
    };
  }
  const bar = new SingleBar({
    format:
      total === null
        ? '{value} articles | {statements} statements | {rate} articles/s'
        : '{bar} {percentage}% | {value}/{total} articles | {statements} statements | {rate} articles/s | ETA {eta_formatted}',
    hideCursor: true,
    etaBuffer: 50,
  });
  const payload = (done: number, statements: number) => ({ statements, rate: (done / Math.max((performance.now() - started) / 1000, 0.001)).toFixed(1) });
  return {
    start: () => bar.start(total ?? 0, 0, payload(0, 0)),
    update: (done: number, statements: number) => bar.update(done, payload(done, statements)),
    stop: () => bar.stop(),
  };
}

async function listNotIngested(file: string, wheres: string[]): Promise<void> {
  try {
    await writeArticleList(file, wheres, `kg ingest: ${wheres.length} articles not ingested; run again with: kg ingest --from-file ${file}`);
    process.stdout.write(`  not ingested ${wheres.length}, listed in ${file}: run \`kg ingest --from-file ${file}\` to try them again\n`);
  } catch (err) {
    process.stderr.write(`✖ ${file}: cannot write the list of articles not ingested (${err instanceof Error ? err.message : String(err)})\n`);
  }
}

async function runIngest(paths: string[], opts: IngestOptions): Promise<number> {
  let listed: string[] = [];
  if (opts.fromFile !== undefined) {
    try {
      listed = await readArticleList(opts.fromFile);
    } catch (err) {
      process.stderr.write(`✖ ${opts.fromFile}: cannot read the list (${err instanceof Error ? err.message : String(err)})\n`);
      return 2;
    }
  }
  const graph = await openGraph();
  if (typeof graph === 'number') return graph;
  try {
    const progress = opts.progress ? progressReporter(await countArticles(paths, listed.length)) : null;
    progress?.start();
    const readErrors: { file: string; error: string }[] = [];
    let statements = 0;
    let failed = 0;
    async function* outcomes(): AsyncGenerator<ReadOutcome> {
      yield* readListedArticles(listed, { maxBytes: opts.maxBytes });
      if (paths.length > 0) yield* readArticles(paths, { maxBytes: opts.maxBytes });
    }
    async function* articles(): AsyncGenerator<IngestInput> {
      for await (const outcome of outcomes()) {
        if (outcome.ok) {
          yield { ...outcome.article, path: outcome.path };
          continue;
        }
        readErrors.push({ file: outcome.file, error: outcome.error });
        progress?.update(readErrors.length, statements, ++failed);
      }
    }
    const summary = await ingestArticles(graph.db, articles(), {
      dbWaitMs: opts.dbWait * 1000,
      onDbWait: (ms) => process.stderr.write(`⚠ The database at ${graph.uri} is not answering; waiting up to ${Math.round(ms / 1000)} s for it…\n`),
      onProgress: (p) => {
        statements = p.statements;
        failed = p.failed + readErrors.length;
        progress?.update(p.articles + readErrors.length, p.statements, failed);
      },
    });
    progress?.stop();
    for (const e of [...readErrors, ...summary.errors]) process.stderr.write(`✖ ${e.file}: ${e.error}\n`);
    if (summary.gaveUp) process.stderr.write(`✖ Gave up: ${summary.gaveUp} (${graph.uri}); ${summary.skipped} articles were not tried.\n`);
    printSummary(summary, readErrors.length);
    const notIngested = [...readErrors.map((e) => e.file), ...summary.notIngested];
    if (notIngested.length > 0) await listNotIngested(opts.failedFile, notIngested);
    // A list run again to the end is done with: left in place, it would be run a third time.
    else if (opts.fromFile !== undefined && path.resolve(opts.fromFile) === path.resolve(opts.failedFile)) await rm(opts.failedFile, { force: true });
    return notIngested.length > 0 ? 1 : 0;
  } finally {
    await graph.close();
  }
}
