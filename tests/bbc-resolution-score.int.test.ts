// Entity resolution on 25 real BBC stories (tests/fixtures/bbc-resolution), scored pairwise
// against hand-checked gold mentions (gold.json there): the stories are ingested with the
// code `kg ingest` runs into the test run's Neo4j, each gold mention is linked to the entity
// whose MENTIONED_IN span overlaps it most, and two mentions count as resolved together when
// they are linked to the same entity. The articles, and the merge records ingesting them
// made, are deleted afterwards, so the shared database is left as it was found.
//
// The report is printed on every run: P/R/F1; each actor split over several entities (or
// left unlinked) and each entity holding several actors, with the mentions on each side; then
// every wrong and missed pair.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { ArticleInput } from '../common/extraction.ts';
import { applySchema, createDriver, Db } from '../server/db/index.ts';
import { extractArticle } from '../server/extract/index.ts';
import { deleteArticle } from '../server/graph/delete-article.ts';
import { ingestArticles, type Summary } from '../server/graph/ingest-articles.ts';
import { articleId } from '../server/graph/to-rows.ts';
import { readArticles } from '../server/io/read-articles.ts';
import { describeErrors, label, linkMentions, locateMentions, scoreResolution, type EntitySpans, type GoldMention, type LocatedMention, type ResolutionScore } from './resolution-score.ts';

const fixtures = fileURLToPath(new URL('./fixtures/bbc-resolution', import.meta.url));
const SECTIONS = ['business', 'entertainment', 'politics', 'sport'];
const STORIES = 25;
// The pairwise F1 measured (0.472 when this test was written; 0.763 with roles as mentions,
// office-holders and surnames resolved by context; 0.783 with people named in the same stories as context; 0.795 with names and organisations read better; 0.964 with namesakes kept apart by who was named first, given names alone, party leaders and unnamed office-holders from the tables; 0.971 with relatives named by a given name), less 0.02, rounded down. Raise it as
// resolution improves; the target is 0.95.
const F1_FLOOR = 0.95;

let db: Db;
let summary: Summary;
/** Article id → its file under fixtures/bbc-resolution ("politics/153.txt"). */
const ids = new Map<string, string>();
/** File → the text as read (and stored: spans index it from its first character, the title line included). */
const texts = new Map<string, string>();
/** Ids merged away into another entity by ingesting these stories. */
const createdMerges = new Set<string>();

beforeAll(async () => {
  db = new Db(createDriver({ uri: inject('neo4jUri') }), { timeoutMs: 30_000 });
  await applySchema(db);
  const articles: ArticleInput[] = [];
  for await (const r of readArticles(SECTIONS.map((d) => path.join(fixtures, d)))) {
    if (!r.ok) throw new Error(`${r.file}: ${r.error}`);
    articles.push(r.article);
    const file = path.relative(fixtures, r.path).split(path.sep).join('/');
    ids.set(articleId(extractArticle(r.article), r.article.text), file);
    texts.set(file, r.article.text);
  }
  const mergesBefore = new Set((await db.readTx((tx) => tx.runText('MATCH (m:MergeRecord) RETURN m.id AS id'))).map((r) => String(r.id)));
  summary = await ingestArticles(db, articles);
  // The merges these stories made (of entities they mention), to remove with them.
  const made = await rows(
    'MATCH (m:MergeRecord), (e:Entity)-[:MENTIONED_IN]->(a:Article) WHERE a.id IN $articles AND m.kept = e.id RETURN DISTINCT m.id AS id, m.merged AS merged',
  );
  for (const m of made) if (!mergesBefore.has(String(m.id))) createdMerges.add(String(m.merged));
}, 240_000);

afterAll(async () => {
  for (const id of ids.keys()) await deleteArticle(db, id);
  await db.writeTx((tx) => tx.runText('MATCH (m:MergeRecord) WHERE m.merged IN $created DELETE m', { created: [...createdMerges] }));
  await db.close();
});

/** Rows of a query over the fixture articles, given as $articles. */
async function rows(cypher: string, params: Record<string, unknown> = {}) {
  return db.readTx((tx) => tx.runText(cypher, { ...params, articles: [...ids.keys()] }));
}

const numbers = (v: unknown): number[] => (Array.isArray(v) ? v.map(Number) : []);

/** Every entity's spans in every fixture article, `absorbedSpans` (the same node's) included. */
async function entitySpans(): Promise<EntitySpans[]> {
  const found = await rows(
    `MATCH (e:Entity)-[m:MENTIONED_IN]->(a:Article) WHERE a.id IN $articles
     RETURN e.id AS entity, a.id AS article, m.spans AS spans, m.absorbedSpans AS absorbed`,
  );
  return found.map((r) => ({ entity: String(r.entity), file: ids.get(String(r.article))!, spans: [...numbers(r.spans), ...numbers(r.absorbed)] }));
}

interface GraphResolution {
  mentions: LocatedMention[];
  predicted: (string | null)[];
  score: ResolutionScore;
  errors: string[];
}

/** Scores the graph's resolution of the fixture stories against gold.json. */
async function scoreGraph(): Promise<GraphResolution> {
  const gold = JSON.parse(readFileSync(path.join(fixtures, 'gold.json'), 'utf8')) as { mentions: GoldMention[] };
  const mentions = locateMentions(gold.mentions, (file) => {
    const text = texts.get(file);
    if (text === undefined) throw new Error(`gold names ${file}, which is not among the stories read`);
    return text;
  });
  const predicted = linkMentions(mentions, await entitySpans());
  return { mentions, predicted, score: scoreResolution(mentions, predicted), errors: describeErrors(mentions, predicted) };
}

function report({ mentions, score, errors }: GraphResolution): string {
  const pct = (x: number) => x.toFixed(3);
  const pair = (p: ResolutionScore['wrongPairs'][number]) => `${label(p.a)} [${p.a.actor} → ${p.entityA ?? '-'}] ~ ${label(p.b)} [${p.b.actor} → ${p.entityB ?? '-'}]`;
  return [
    `BBC resolution: P ${pct(score.precision)} R ${pct(score.recall)} F1 ${pct(score.f1)} ` +
      `(pairs: ${score.correctPairs} right of ${score.predictedPairs} predicted, ${score.goldPairs} gold; ${mentions.length} mentions, ${score.unlinked.length} unlinked)`,
    ...errors.map((e) => `  ${e}`),
    `wrong pairs (${score.wrongPairs.length}):`,
    ...score.wrongPairs.map((p) => `  ${pair(p)}`),
    `missed pairs (${score.missedPairs.length}):`,
    ...score.missedPairs.map((p) => `  ${pair(p)}`),
  ].join('\n');
}

describe('BBC entity resolution, scored', () => {
  it(`ingests all ${STORIES} stories`, () => {
    expect(summary).toMatchObject({ articles: STORIES, new: STORIES, failed: 0 });
    expect(ids.size).toBe(STORIES);
  });

  it('stores each text whole, so spans index the file from its first character (title line included)', async () => {
    const stored = await rows('MATCH (a:Article) WHERE a.id IN $articles RETURN a.id AS id, a.text AS text');
    expect(stored).toHaveLength(STORIES);
    for (const r of stored) expect(r.text, String(r.id)).toBe(texts.get(ids.get(String(r.id))!));
    // Two names checked by hand against the graph's own spans.
    const spans = await entitySpans();
    const sliced = (file: string) => spans.filter((e) => e.file === file).flatMap((e) => pairsOf(e.spans).map(([s, t]) => texts.get(file)!.slice(s, t)));
    expect(sliced('business/041.txt')).toContain('Alan Greenspan');
    expect(sliced('politics/011.txt')).toContain('Charles Kennedy');
  });

  it('links the gold mentions to entities with pairwise F1 above the floor', async () => {
    const result = await scoreGraph();
    console.log(report(result));
    expect(result.score.f1).toBeGreaterThanOrEqual(F1_FLOOR);
  });
});

function pairsOf(spans: readonly number[]): [number, number][] {
  const out: [number, number][] = [];
  for (let i = 0; i + 1 < spans.length; i += 2) out.push([spans[i]!, spans[i + 1]!]);
  return out;
}
