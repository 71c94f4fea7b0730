// Extraction off the event loop: a bounded pool of worker threads (piscina) that runs
// the pure extractor, so a megabyte article does not stall every other request. Bounded
// in threads and in waiting articles: a full queue refuses at once instead of piling up
// texts in memory.
import os from 'node:os';
import { fileURLToPath } from 'node:url';
import { Piscina } from 'piscina';
import type { ArticleInput, Extraction } from '../../common/extraction.ts';
import { fromSentError, type TaskResult } from './sent-error.ts';

export interface ExtractPoolOptions {
  /** Worker threads; default defaultExtractThreads(). */
  threads?: number;
  /** Articles that may wait for a free thread; more are refused with ExtractQueueFullError. */
  maxQueue?: number;
  /** An idle thread ends after this long (ms), so an idle server holds no extra memory. */
  idleTimeoutMs?: number;
}

/** The pool is full: the caller should try again later (HTTP 503 with Retry-After). */
export class ExtractQueueFullError extends Error {
  override readonly name = 'ExtractQueueFullError';
  readonly code = 'EXTRACTION_QUEUE_FULL';
  constructor(readonly threads: number, readonly maxQueue: number) {
    super(`The server is extracting as many articles as it can (${threads} running, ${maxQueue} waiting); try again shortly.`);
  }
}

/** Leaves a core to the event loop and Neo4j; two threads at most by default. */
export function defaultExtractThreads(cores = os.availableParallelism()): number {
  return Math.max(1, Math.min(2, cores - 1));
}

const WORKER = fileURLToPath(new URL('./worker.mjs', import.meta.url));

export class ExtractPool {
  readonly threads: number;
  readonly maxQueue: number;
  private readonly piscina: Piscina<ArticleInput, TaskResult>;

  constructor(opts: ExtractPoolOptions = {}) {
    this.threads = opts.threads ?? defaultExtractThreads();
    this.maxQueue = opts.maxQueue ?? 4 * this.threads;
    this.piscina = new Piscina({
      filename: WORKER,
      minThreads: 0,
      maxThreads: this.threads,
      maxQueue: this.maxQueue,
      idleTimeout: opts.idleTimeoutMs ?? 60_000,
    });
  }

  /** Articles running or waiting now. */
  get pending(): number {
    return this.running;
  }

  private running = 0;

  /** Extracts in a worker; throws what the extractor threw (same class and message). */
  async extract(input: ArticleInput): Promise<Extraction> {
    // Checked here as well as by piscina, which lets a queue grow past maxQueue while threads start.
    if (this.running >= this.threads + this.maxQueue) throw new ExtractQueueFullError(this.threads, this.maxQueue);
    this.running++;
    let result: TaskResult;
    try {
      result = await this.piscina.run(input);
    } catch (err) {
      if (err instanceof Error && /queue is at limit|no task queue available/i.test(err.message)) throw new ExtractQueueFullError(this.threads, this.maxQueue);
      throw err;
    } finally {
      this.running--;
    }
    if (!result.ok) throw fromSentError(result.error);
    return result.extraction;
  }

  /** Ends the threads; articles still running are abandoned. */
  async close(): Promise<void> {
    await this.piscina.close({ force: true });
  }
}
