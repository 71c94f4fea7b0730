// The extraction pool with real worker threads: it extracts exactly what the extractor
// does in-process, its refusals arrive as the extractor's own errors, a full queue refuses
// at once, and through the API a megabyte article no longer holds up other queries.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { generateArticle } from '../../bench/synth/generate.ts';
import type { ArticleInput } from '../../common/extraction.ts';
import { client, connectTestDb, testConfig, WRITE_TOKEN, type CountingDb } from '../../tests/fixtures/api/harness.ts';
import { createApp } from '../api/app.ts';
import { extractArticle } from '../extract/index.ts';
import { UnsupportedTextError } from '../extract/language.ts';
import { deleteArticle } from '../graph/delete-article.ts';
import { awaitSearchIndexes } from '../graph/search-indexes.ts';
import { readArticles } from '../io/read-articles.ts';
import { ExtractPool, ExtractQueueFullError } from './pool.ts';
import { closeSharedExtractPool, sharedExtractPool } from './shared.ts';

const devArticles = fileURLToPath(new URL('../../tests/fixtures/dev/articles', import.meta.url));
const meta = (file: string): ArticleInput['meta'] => ({ file, title: null, published: '2005-03-01', source: null, dateline: null });

describe('ExtractPool', () => {
  let pool: ExtractPool;
  beforeAll(() => {
    pool = new ExtractPool({ threads: 2, maxQueue: 40 });
  });
  afterAll(async () => {
    await pool.close();
  });

  it('extracts the dev articles exactly as the extractor does in-process', async () => {
    const inputs: ArticleInput[] = [];
    for await (const r of readArticles([devArticles])) if (r.ok) inputs.push(r.article);
    expect(inputs.map((a) => path.basename(a.meta.file))).toHaveLength(20);
    const pooled = await Promise.all(inputs.map((a) => pool.extract(a)));
    const inProcess = inputs.map((a) => extractArticle(a));
    expect(pooled).toEqual(inProcess);
    expect(pooled.reduce((n, e) => n + e.statements.length, 0)).toBeGreaterThan(100);
  });

  it("passes the extractor's refusal on as the same error class and message", async () => {
    for (const text of ['!!!', 'les ministres ont annoncé hier soir une nouvelle réforme des retraites pour les fonctionnaires. '.repeat(5)]) {
      let inProcess: unknown;
      try {
        extractArticle({ meta: meta('x.txt'), text });
      } catch (err) {
        inProcess = err;
      }
      const pooled = await pool.extract({ meta: meta('x.txt'), text }).catch((err: unknown) => err);
      expect(inProcess).toBeInstanceOf(UnsupportedTextError);
      expect(pooled).toBeInstanceOf(UnsupportedTextError);
      expect((pooled as Error).message).toBe((inProcess as Error).message);
    }
  });

  it('refuses at once when its threads and queue are full, and serves again afterwards', async () => {
    const small = new ExtractPool({ threads: 1, maxQueue: 1 });
    try {
      const text = Array.from({ length: 40 }, (_, i) => generateArticle(i).text).join('\n\n');
      const running = [small.extract({ meta: meta('a.txt'), text }), small.extract({ meta: meta('b.txt'), text })];
      await expect(small.extract({ meta: meta('c.txt'), text })).rejects.toBeInstanceOf(ExtractQueueFullError);
      await expect(small.extract({ meta: meta('c.txt'), text })).rejects.toThrow(/try again shortly/);
      const [a, b] = await Promise.all(running);
      expect(a?.statements.length).toBeGreaterThan(0);
      expect(b?.statements).toEqual(a?.statements);
      expect((await small.extract({ meta: meta('d.txt'), text: 'Mr Smith said the talks would go on.' })).statements).toHaveLength(1);
    } finally {
      await small.close();
    }
  });
});

describe('ingestArticle through the API', () => {
  let db: CountingDb;
  let articleId: string | null = null;

  beforeAll(async () => {
    db = await connectTestDb(inject('neo4jUri'));
  });
  afterAll(async () => {
    if (articleId) await deleteArticle(db, articleId);
    await awaitSearchIndexes(db);
    await db.close();
    await closeSharedExtractPool();
  });

  it('answers stats within 200 ms while a 1 MB article is extracted in the pool and written', async () => {
    let text = '';
    for (let i = 0; Buffer.byteLength(text) < 1024 * 1024; i++) text += `${generateArticle(i, 7).text}\n\n`;
    const config = testConfig();
    const gql = client(createApp({ db, config }));
    const STATS = '{ stats { articles statements } }';
    expect((await gql(STATS)).errors).toEqual([]);

    let done = false;
    const ingest = gql<{ ingestArticle: { status: string; statements: number; article: { id: string } } }>(
      'mutation ($input: ArticleInput!) { ingestArticle(input: $input) { status statements article { id } } }',
      { input: { text, title: 'A megabyte of news', published: '2005-03-01' } },
      { authorization: `Bearer ${WRITE_TOKEN}` },
    ).finally(() => (done = true));

    // Each query's latency, and whether the article was in extraction all the while.
    const samples: { ms: number; extracting: boolean }[] = [];
    const extracting = () => sharedExtractPool(config).pending > 0;
    while (!done) {
      const before = extracting();
      const started = performance.now();
      const res = await gql(STATS);
      samples.push({ ms: performance.now() - started, extracting: before && extracting() });
      expect(res.errors).toEqual([]);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    const res = await ingest;
    expect(res.errors).toEqual([]);
    articleId = res.data?.ingestArticle.article.id ?? null;
    expect(res.data?.ingestArticle).toMatchObject({ status: 'new', statements: expect.any(Number) });
    expect(res.data?.ingestArticle.statements).toBeGreaterThan(1000);

    const during = samples.filter((x) => x.extracting).map((x) => x.ms);
    const p90 = (ms: number[]) => [...ms].sort((a, b) => a - b)[Math.floor(ms.length * 0.9)] ?? Infinity;
    const writing = samples.filter((x) => !x.extracting).map((x) => x.ms);
    const figures = (ms: number[]) => {
      const sorted = [...ms].sort((a, b) => a - b);
      return `${ms.length} queries, median ${sorted[Math.floor(sorted.length / 2)]?.toFixed(0)} ms, max ${sorted.at(-1)?.toFixed(0)} ms`;
    };
    console.info(`stats during a ${(Buffer.byteLength(text) / 2 ** 20).toFixed(2)} MB ingest: extracting ${figures(during)}; writing ${figures(writing)}`);
    // Extraction takes many seconds: many queries ran during it, promptly. Nine in ten
    // within the bound, not all: on a shared two-core machine any one query can be
    // descheduled for a while. In-process extraction held every query for the whole of it.
    expect(during.length).toBeGreaterThanOrEqual(10);
    expect(p90(during)).toBeLessThanOrEqual(200);
    // Writing (in runs, server/graph/ingest.ts) holds the loop briefly too: over the whole
    // ingest, nine queries in ten within the bound, and the typical one while writing.
    expect(p90([...during, ...writing])).toBeLessThanOrEqual(200);
    expect([...writing].sort((a, b) => a - b)[Math.floor(writing.length / 2)] ?? 0).toBeLessThanOrEqual(200);
  }, 300_000);
});
