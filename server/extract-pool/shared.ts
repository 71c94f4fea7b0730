// The server's one extraction pool, made on first use from the configuration: the API's
// ingestArticle mutations share its threads and its queue bound.
import type { Config } from '../config.ts';
import { ExtractPool } from './pool.ts';

let shared: ExtractPool | null = null;

export function sharedExtractPool(config: Pick<Config, 'EXTRACT_THREADS' | 'EXTRACT_QUEUE'>): ExtractPool {
  shared ??= new ExtractPool({ threads: config.EXTRACT_THREADS, maxQueue: config.EXTRACT_QUEUE });
  return shared;
}

export async function closeSharedExtractPool(): Promise<void> {
  const pool = shared;
  shared = null;
  await pool?.close();
}
