// Ingestion throughput through the product's path: articles are extracted first (not
// timed), then each goes through `ingestExtraction` (one write transaction per article,
// UNWIND batches), and only that is timed. The corpus is deterministic, so ingesting the
// first N articles into one growing graph measures each size exactly as a fresh graph of
// N articles would; checkpoints are taken at every size on the way to the largest.
//
// Before timing, a warm-up (both JITs, the plan cache) ingests a few hundred articles of
// another seed, deletes them again and empties the graph.
//
// Baseline, in the same graph and run: the same statement rows written bare, one
// `UNWIND $rows AS row CREATE (:BenchStatement {…})` transaction per article (same rows,
// same batches), deleted again after each chunk, untimed.
import type { Extraction } from '../common/extraction.ts';
import type { Db } from '../server/db/index.ts';
import { extractArticle } from '../server/extract/index.ts';
import { deleteArticle } from '../server/graph/delete-article.ts';
import { ingestExtraction } from '../server/graph/ingest.ts';
import { articleId, toRows, type StatementRow } from '../server/graph/to-rows.ts';
import { AD_HOC, type InstrumentedDb } from './instrumented-db.ts';
import type { Row } from './report.ts';
import { generateArticle } from './synth/generate.ts';

const BARE_CREATE = `UNWIND $rows AS row
CREATE (s:BenchStatement {id: row.id, text: row.text, kind: row.kind, date: row.date, start: row.start, end: row.end,
  cue: row.cue, audienceText: row.audienceText})`;
const BARE_DELETE = 'MATCH (s:BenchStatement) DELETE s';

/** Articles extracted and written per round (bounds memory; extraction is not timed). */
const CHUNK = 1000;
const WARM_UP = 300;
const WARM_UP_SEED = 7;

export interface IngestCheckpoint {
  articles: number;
  statements: number;
  /** Seconds inside ingestExtraction, from an empty graph to this size. */
  seconds: number;
  articlesPerSecond: number;
  statementsPerSecond: number;
  msPerArticle: number;
  /** Per-article time of the articles since the previous checkpoint only. */
  marginalMsPerArticle: number;
  bare: { seconds: number; statementsPerSecond: number };
  /** Product statements/s ÷ bare statements/s. */
  ratioToBare: number;
}

export interface IngestBench {
  sizes: IngestCheckpoint[];
  /** Per-article time at the largest size ÷ at the smallest (1 = linear). */
  growth: number;
  /** The same for the marginal per-article time of the last segment ÷ the first. */
  marginalGrowth: number;
  extractSeconds: number;
  notNew: number;
  graph: Record<string, number>;
  /** Where ingestExtraction spends its time: per named query, slowest in total first (the rest is in JS, begin and commit). */
  queries: ReturnType<InstrumentedDb['timeTable']>;
  /** Per article: the commit of its transaction, and the rest outside queries (JS, begin, session). */
  commitMsPerArticle: number;
  outsideQueriesMsPerArticle: number;
}

interface Prepared {
  extraction: Extraction;
  text: string;
  statements: StatementRow[];
}

function prepare(from: number, to: number, seed: number): Prepared[] {
  const out: Prepared[] = [];
  for (let i = from; i < to; i++) {
    const a = generateArticle(i, seed);
    const extraction = extractArticle({ meta: { file: a.name, title: null, published: a.published, source: null, dateline: null }, text: a.text });
    out.push({ extraction, text: a.text, statements: toRows(extraction, a.text).statements });
  }
  return out;
}

async function graphCounts(db: Db): Promise<Record<string, number>> {
  const [row] = await db.readTx((tx) =>
    tx.runText(`CALL () { MATCH (a:Article) RETURN count(a) AS articles }
CALL () { MATCH (s:Statement) RETURN count(s) AS statements }
CALL () { MATCH (e:Entity) RETURN count(e) AS entities }
CALL () { MATCH (p:Person) RETURN count(p) AS persons }
CALL () { MATCH (s:Source) RETURN count(s) AS sources }
RETURN articles, statements, entities, persons, sources`),
  );
  return Object.fromEntries(Object.entries(row ?? {}).map(([k, v]) => [k, Number(v)]));
}

async function writeBare(db: Db, p: Prepared): Promise<void> {
  if (p.statements.length > 0) await db.writeTx((tx) => tx.runText(BARE_CREATE, { rows: p.statements }));
}

async function warmUp(db: InstrumentedDb, articles: number): Promise<void> {
  const batch = prepare(0, articles, WARM_UP_SEED);
  for (const p of batch) await ingestExtraction(db, p.extraction, p.text);
  for (const p of batch) await writeBare(db, p);
  for (const p of batch) await deleteArticle(db, articleId(p.extraction, p.text));
  // Merge records outlive the articles that caused them; the timed run starts from an empty graph.
  await db.writeTx((tx) => tx.runText('MATCH (n) DETACH DELETE n'), 120_000);
  db.times.clear();
  db.commit = { count: 0, ms: 0 };
}

export async function benchIngest(db: InstrumentedDb, sizes: number[], seed = 1): Promise<IngestBench> {
  await warmUp(db, Math.min(WARM_UP, Math.min(...sizes)));
  const checkpoints = [...new Set(sizes)].sort((a, b) => a - b);
  const largest = checkpoints.at(-1) ?? 0;
  const out: IngestCheckpoint[] = [];
  let done = 0;
  let statements = 0;
  let productSeconds = 0;
  let bareSeconds = 0;
  let extractSeconds = 0;
  let notNew = 0;
  let previous = { articles: 0, seconds: 0 };
  let commitMs = 0;
  while (done < largest) {
    const end = Math.min(done + CHUNK, checkpoints.find((c) => c > done) ?? largest);
    const t0 = performance.now();
    const batch = prepare(done, end, seed);
    extractSeconds += (performance.now() - t0) / 1000;

    const commitBefore = db.commit.ms;
    for (const p of batch) {
      const t = performance.now();
      const r = await ingestExtraction(db, p.extraction, p.text);
      productSeconds += (performance.now() - t) / 1000;
      statements += r.statements;
      if (r.status !== 'new') notNew++;
    }
    commitMs += db.commit.ms - commitBefore;
    for (const p of batch) {
      const t = performance.now();
      await writeBare(db, p);
      bareSeconds += (performance.now() - t) / 1000;
    }
    await db.writeTx((tx) => tx.runText(BARE_DELETE), 120_000);
    done = end;
    console.error(`  ingest: ${done}/${largest} articles, ${statements} statements, ${(done / productSeconds).toFixed(1)} articles/s`);

    if (checkpoints.includes(done)) {
      const productRate = statements / productSeconds;
      const bareRate = statements / bareSeconds;
      out.push({
        articles: done,
        statements,
        seconds: productSeconds,
        articlesPerSecond: done / productSeconds,
        statementsPerSecond: productRate,
        msPerArticle: (1000 * productSeconds) / done,
        marginalMsPerArticle: (1000 * (productSeconds - previous.seconds)) / (done - previous.articles),
        bare: { seconds: bareSeconds, statementsPerSecond: bareRate },
        ratioToBare: productRate / bareRate,
      });
      previous = { articles: done, seconds: productSeconds };
    }
  }
  const first = out[0];
  const last = out.at(-1);
  const queries = db.timeTable().filter((q) => q.name !== AD_HOC);
  const inQueries = queries.reduce((sum, q) => sum + q.ms, 0);
  return {
    sizes: out,
    growth: first && last ? last.msPerArticle / first.msPerArticle : 1,
    marginalGrowth: first && last ? last.marginalMsPerArticle / first.marginalMsPerArticle : 1,
    extractSeconds,
    notNew,
    graph: await graphCounts(db),
    queries,
    commitMsPerArticle: commitMs / Math.max(1, done),
    outsideQueriesMsPerArticle: (productSeconds * 1000 - inQueries - commitMs) / Math.max(1, done),
  };
}

/** Fills the graph with the first `articles` of the corpus, untimed (for the query benchmark alone). */
export async function loadCorpus(db: Db, articles: number, seed = 1): Promise<void> {
  for (let done = 0; done < articles; done += CHUNK) {
    for (const p of prepare(done, Math.min(articles, done + CHUNK), seed)) await ingestExtraction(db, p.extraction, p.text);
    console.error(`  loading: ${Math.min(articles, done + CHUNK)}/${articles} articles`);
  }
}

const GROWTH_AIM = 1.5;
const RATIO_AIM = 0.5;
const n = (v: number) => v.toLocaleString('en-GB');

export function ingestRows(b: IngestBench): Row[] {
  const rows: Row[] = [];
  for (const s of b.sizes) {
    const at = `${n(s.articles)} articles (${n(s.statements)} statements)`;
    rows.push(
      { section: 'ingest', metric: `${at}: ingestExtraction`, value: s.articlesPerSecond, unit: 'articles/s' },
      {
        section: 'ingest',
        metric: `${at}: ingestExtraction`,
        value: s.statementsPerSecond,
        unit: 'statements/s',
        baseline: `bare UNWIND CREATE: ${s.bare.statementsPerSecond.toFixed(0)} statements/s`,
      },
      {
        section: 'ingest',
        metric: `${at}: product rate ÷ bare rate`,
        value: s.ratioToBare,
        unit: '×',
        aim: `≥ ${RATIO_AIM}`,
        met: s.ratioToBare >= RATIO_AIM,
      },
    );
  }
  const first = b.sizes[0];
  const last = b.sizes.at(-1);
  if (first && last && last !== first) {
    const span = `${n(last.articles)} vs ${n(first.articles)} articles`;
    rows.push(
      {
        section: 'ingest',
        metric: `per-article time, ${span} (average from empty)`,
        value: b.growth,
        unit: '×',
        baseline: `${first.msPerArticle.toFixed(1)} → ${last.msPerArticle.toFixed(1)} ms/article`,
        aim: `≤ ${GROWTH_AIM} (near linear)`,
        met: b.growth <= GROWTH_AIM,
      },
      {
        section: 'ingest',
        metric: `per-article time, ${span} (last segment vs first)`,
        value: b.marginalGrowth,
        unit: '×',
        baseline: `${first.marginalMsPerArticle.toFixed(1)} → ${last.marginalMsPerArticle.toFixed(1)} ms/article`,
        aim: `≤ ${GROWTH_AIM} (near linear)`,
        met: b.marginalGrowth <= GROWTH_AIM,
      },
    );
  }
  const articles = last?.articles ?? 1;
  for (const q of b.queries.slice(0, 3)) {
    rows.push({ section: 'ingest', metric: `where the time goes: ${q.name} (${(q.count / articles).toFixed(1)} calls/article)`, value: q.ms / articles, unit: 'ms/article' });
  }
  rows.push(
    { section: 'ingest', metric: 'where the time goes: commit (index updates, transaction log)', value: b.commitMsPerArticle, unit: 'ms/article' },
    { section: 'ingest', metric: 'where the time goes: outside queries and commit (JS, begin)', value: b.outsideQueriesMsPerArticle, unit: 'ms/article' },
  );
  if (b.notNew > 0) {
    rows.push({ section: 'ingest', metric: 'articles not ingested as new (hash collisions or resolution)', value: b.notNew, unit: 'articles', aim: '0', met: false });
  }
  return rows;
}
