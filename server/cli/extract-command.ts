// `kg extract --out DIR PATH...`: reads articles, runs the extraction pipeline on each
// and writes one JSON file per article. A bad input is reported on stderr and skipped;
// the exit code says whether any failed (1) or the command was misused (2).
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { type Command, InvalidArgumentError } from 'commander';
import type { Extraction } from '../../common/extraction.ts';
import { extractArticle } from '../extract/index.ts';
import { DEFAULT_MAX_BYTES, readArticles } from '../io/read-articles.ts';

interface ExtractOptions {
  out?: string;
  stdout?: boolean;
  maxBytes: number;
}

const USAGE_ERROR = 2;

export function registerExtract(program: Command): void {
  program
    .command('extract')
    .description('extract who said what to whom from articles (.txt, .md, .jsonl files or folders)')
    .argument('<paths...>', 'article files, or folders to read recursively')
    .option('--out <dir>', 'folder to write one <article>.json per article into (created if missing)')
    .option('--stdout', 'print one JSON array of all extractions instead of writing files')
    .option('--max-bytes <n>', 'largest article file (or .jsonl line) to read, in bytes', parseByteCount, DEFAULT_MAX_BYTES)
    // Commander exits with 1 on a usage error; 1 here means "some input failed".
    .exitOverride((error) => process.exit(error.exitCode === 0 ? 0 : USAGE_ERROR))
    .action(async (paths: string[], opts: ExtractOptions, command: Command) => {
      if (opts.out === undefined && !opts.stdout) command.error('error: give --out <dir> (or --stdout)');
      if (opts.out !== undefined && opts.stdout) command.error('error: give either --out <dir> or --stdout, not both');
      process.exitCode = await runExtract(paths, opts);
    });
}

function parseByteCount(value: string): number {
  const n = Number(value);
  if (!/^\d+$/.test(value.trim()) || !Number.isSafeInteger(n) || n <= 0) {
    throw new InvalidArgumentError('expected a positive whole number of bytes');
  }
  return n;
}

/** Runs the batch; returns the exit code (0: all inputs extracted, 1: some failed). */
async function runExtract(paths: string[], opts: ExtractOptions): Promise<number> {
  const started = performance.now();
  const outDir = opts.stdout ? null : (opts.out ?? null);
  if (outDir !== null) {
    try {
      await mkdir(outDir, { recursive: true });
    } catch (error) {
      report(outDir, `cannot create the output folder: ${messageOf(error)}`);
      return 1;
    }
  }
  const collected: Extraction[] = [];
  const written = new Set<string>();
  let articles = 0;
  let statements = 0;
  let failed = 0;
  for await (const outcome of readArticles(paths, { maxBytes: opts.maxBytes })) {
    if (!outcome.ok) {
      report(outcome.file, outcome.error);
      failed++;
      continue;
    }
    const file = outcome.article.meta.file;
    let extraction: Extraction;
    try {
      extraction = extractArticle(outcome.article);
    } catch (error) {
      report(file, `extraction failed: ${messageOf(error)}`);
      failed++;
      continue;
    }
    if (outDir === null) {
      collected.push(extraction);
    } else {
      const name = outputName(outcome.path, paths);
      if (written.has(name)) {
        report(file, `${name} was already written from another input of this batch; rename one of them`);
        failed++;
        continue;
      }
      try {
        await mkdir(path.dirname(path.join(outDir, name)), { recursive: true });
        await writeFile(path.join(outDir, name), JSON.stringify(extraction, null, 2));
      } catch (error) {
        report(file, `cannot write ${name}: ${messageOf(error)}`);
        failed++;
        continue;
      }
      written.add(name);
    }
    articles++;
    statements += extraction.statements.length;
  }
  if (outDir === null) process.stdout.write(`${JSON.stringify(collected, null, 2)}\n`);
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  process.stderr.write(`extracted ${articles} articles (${statements} statements) in ${seconds} s, ${failed} failed\n`);
  return failed > 0 ? 1 : 0;
}

/**
 * Where an article's extraction goes, relative to --out: `000_x.txt` → `000_x.json`; a file
 * inside a folder given as input keeps its subfolders (`politics/001.txt` → `politics/001.json`),
 * so stories of the same name in different sections never collide; a .jsonl line
 * `feed.jsonl#12` → `feed-12.json`.
 */
export function outputName(file: string, roots: string[] = []): string {
  const line = /^(.*)\.jsonl#(\d+)$/i.exec(file);
  const source = line ? `${line[1]}-${line[2]}.jsonl` : file;
  const inside = (r: string) => r !== file && !path.relative(r, source).startsWith('..') && !path.isAbsolute(path.relative(r, source));
  const folders = roots.filter((r) => roots.some((x) => x !== r) || inside(r)).filter((r) => path.extname(r) === '' || inside(r));
  // Several folders given (bbc/politics bbc/business): paths from the folder that holds them all.
  const base = folders.length > 1 ? commonFolder(folders) : folders.find(inside);
  const relative = base !== undefined && inside(base) ? path.relative(base, source) : path.basename(source);
  return `${relative.slice(0, relative.length - path.extname(relative).length)}.json`;
}

/** The deepest folder that holds every one of `folders`. */
function commonFolder(folders: string[]): string {
  const parts = folders.map((f) => path.resolve(f).split(path.sep));
  const common: string[] = [];
  for (let i = 0; parts.every((p) => i < p.length && p[i] === parts[0]![i]); i++) common.push(parts[0]![i]!);
  return path.relative(process.cwd(), common.join(path.sep) || path.sep) || '.';
}

function report(file: string, message: string): void {
  process.stderr.write(`✖ ${file}: ${message}\n`);
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
