// Extracts and ingests a stream of articles one after another (one transaction each, in
// input order, so entity resolution sees the same graph on every run). A failing
// article is counted and reported; the batch goes on.
import type { ArticleInput } from '../../common/extraction.ts';
import type { Db } from '../db/index.ts';
import { extractArticle } from '../extract/index.ts';
import { ingestExtraction } from './ingest.ts';
import { awaitSearchIndexes } from './search-indexes.ts';

export interface Summary {
  articles: number;
  new: number;
  updated: number;
  unchanged: number;
  failed: number;
  statements: number;
  entities: number;
  merges: number;
  seconds: number;
  errors: { file: string; error: string }[];
}

export type Progress = { articles: number; statements: number; failed: number };

export async function ingestArticles(
  db: Db,
  articles: AsyncIterable<ArticleInput> | Iterable<ArticleInput>,
  onProgress?: (p: Progress) => void,
): Promise<Summary> {
  const started = performance.now();
  const s: Summary = { articles: 0, new: 0, updated: 0, unchanged: 0, failed: 0, statements: 0, entities: 0, merges: 0, seconds: 0, errors: [] };
  for await (const input of articles) {
    try {
      const extraction = await extractArticle(input);
      const r = await ingestExtraction(db, extraction, input.text);
      s[r.status]++;
      s.statements += r.statements;
      s.entities += r.entities;
      s.merges += r.merges;
    } catch (err) {
      s.failed++;
      s.errors.push({ file: input.meta.file, error: err instanceof Error ? err.message : String(err) });
    }
    s.articles++;
    onProgress?.({ articles: s.articles, statements: s.statements, failed: s.failed });
  }
  await awaitSearchIndexes(db);
  s.seconds = (performance.now() - started) / 1000;
  return s;
}
