// Extracts and ingests a stream of articles one after another (one transaction each, in
// input order, so entity resolution sees the same graph on every run). Extraction runs in
// a worker pool a few articles ahead of the writes. A failing article is counted and
// reported; the batch goes on. When the database stops answering, the batch waits for it
// a bounded time, then gives up and lists every article it did not ingest.
import type { ArticleInput, Extraction } from '../../common/extraction.ts';
import { type Db, DbError, waitForNeo4j } from '../db/index.ts';
import { ExtractPool } from '../extract-pool/pool.ts';
import { ingestExtraction } from './ingest.ts';
import { awaitSearchIndexes } from './search-indexes.ts';

/** An article, and where it was read (a path, or `feed.jsonl#12`) when it came from disk. */
export type IngestInput = ArticleInput & { path?: string };

export interface Summary {
  articles: number;
  new: number;
  updated: number;
  unchanged: number;
  failed: number;
  /** Not tried: the batch gave up on an unreachable database before them. */
  skipped: number;
  statements: number;
  entities: number;
  merges: number;
  seconds: number;
  errors: { file: string; error: string }[];
  /** Where each failed or skipped article came from, in input order: a list to run again. */
  notIngested: string[];
  /** Why the batch stopped early (the database stayed unreachable), or null. */
  gaveUp: string | null;
}

export type Progress = { articles: number; statements: number; failed: number; skipped: number };

export interface IngestArticlesOptions {
  onProgress?: (p: Progress) => void;
  /** Called when the database stops answering, before waiting for it up to `waitMs`. */
  onDbWait?: (waitMs: number) => void;
  /** Extract in this pool; by default the batch makes one of its own and closes it at the end. */
  pool?: ExtractPool;
  /** How long to wait for an unreachable database before giving up (default 60 s). */
  dbWaitMs?: number;
}

export const DEFAULT_DB_WAIT_MS = 60_000;

interface Pending {
  input: IngestInput;
  extraction: Promise<Extraction>;
}

const where = (input: IngestInput) => input.path ?? input.meta.file;
const unreachable = (err: unknown) => err instanceof DbError && err.kind === 'unavailable';

export async function ingestArticles(
  db: Db,
  articles: AsyncIterable<IngestInput> | Iterable<IngestInput>,
  opts: IngestArticlesOptions = {},
): Promise<Summary> {
  const started = performance.now();
  const s: Summary = {
    articles: 0,
    new: 0,
    updated: 0,
    unchanged: 0,
    failed: 0,
    skipped: 0,
    statements: 0,
    entities: 0,
    merges: 0,
    seconds: 0,
    errors: [],
    notIngested: [],
    gaveUp: null,
  };
  const pool = opts.pool ?? new ExtractPool();
  const dbWaitMs = opts.dbWaitMs ?? DEFAULT_DB_WAIT_MS;
  // Set at the first 'unreachable' of an outage, cleared by the next successful write.
  let outageDeadline: number | null = null;
  const progress = () => opts.onProgress?.({ articles: s.articles, statements: s.statements, failed: s.failed, skipped: s.skipped });

  /** Waits for the database within the outage's budget; false when it is spent. */
  async function databaseBack(): Promise<boolean> {
    if (outageDeadline === null) {
      outageDeadline = Date.now() + dbWaitMs;
      opts.onDbWait?.(dbWaitMs);
    }
    const left = outageDeadline - Date.now();
    if (left <= 0) return false;
    try {
      await waitForNeo4j(db.driver, left);
      return true;
    } catch {
      return false;
    }
  }

  async function ingestOne(p: Pending): Promise<void> {
    let extraction: Extraction;
    try {
      extraction = await p.extraction;
    } catch (err) {
      fail(p.input, err);
      return;
    }
    for (;;) {
      try {
        const r = await ingestExtraction(db, extraction, p.input.text);
        outageDeadline = null;
        s[r.status]++;
        s.statements += r.statements;
        s.entities += r.entities;
        s.merges += r.merges;
        return;
      } catch (err) {
        if (unreachable(err) && (await databaseBack())) continue;
        if (unreachable(err)) {
          s.gaveUp = `the database did not answer for ${Math.round(dbWaitMs / 1000)} s`;
          skip(p.input);
        } else fail(p.input, err);
        return;
      }
    }
  }

  function fail(input: IngestInput, err: unknown): void {
    s.failed++;
    s.errors.push({ file: where(input), error: err instanceof Error ? err.message : String(err) });
    s.notIngested.push(where(input));
  }

  function skip(input: IngestInput): void {
    s.skipped++;
    s.notIngested.push(where(input));
  }

  /** Writes the oldest pending article, in input order. */
  async function next(queue: Pending[]): Promise<void> {
    const p = queue.shift();
    if (!p) return;
    if (s.gaveUp) skip(p.input);
    else await ingestOne(p);
    s.articles++;
    progress();
  }

  try {
    // Enough articles in extraction to keep every thread busy while one is written.
    const queue: Pending[] = [];
    const ahead = pool.threads + Math.min(1, pool.maxQueue);
    for await (const input of articles) {
      if (s.gaveUp) {
        skip(input);
        s.articles++;
        progress();
        continue;
      }
      const extraction = pool.extract(input);
      // Awaited in turn; until then a refusal must not count as unhandled.
      extraction.catch(() => {});
      queue.push({ input, extraction });
      while (queue.length >= ahead || (s.gaveUp && queue.length > 0)) await next(queue);
    }
    while (queue.length > 0) await next(queue);
    if (!s.gaveUp) await awaitSearchIndexes(db);
  } finally {
    if (!opts.pool) await pool.close();
  }
  s.seconds = (performance.now() - started) / 1000;
  return s;
}
