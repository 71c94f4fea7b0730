// Entity resolution on real BBC stories (tests/fixtures/bbc), ingested with the code `kg
// ingest` runs into the test run's Neo4j: one node per person across the articles, relatives
// and namesakes kept apart, each party described by name on that party, a city a place and
// "the House" of a British story never the US House of Representatives. The articles are
// deleted afterwards, so the shared database is left as it was found.
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

const fixtures = fileURLToPath(new URL('./fixtures/bbc', import.meta.url));
let db: Db;
let summary: Summary;
/** Article id → its file under fixtures/bbc ("politics/184.txt"). */
const ids = new Map<string, string>();
/** Ids merged away into another entity by ingesting these stories. */
const createdMerges = new Set<string>();

beforeAll(async () => {
  db = new Db(createDriver({ uri: inject('neo4jUri') }), { timeoutMs: 30_000 });
  await applySchema(db);
  const articles: ArticleInput[] = [];
  for await (const r of readArticles(['politics', 'business'].map((d) => path.join(fixtures, d)))) {
    if (!r.ok) throw new Error(`${r.file}: ${r.error}`);
    articles.push(r.article);
    ids.set(articleId(extractArticle(r.article), r.article.text), path.relative(fixtures, r.path));
  }
  const mergesBefore = new Set((await db.readTx((tx) => tx.runText('MATCH (m:MergeRecord) RETURN m.id AS id'))).map((r) => String(r.id)));
  summary = await ingestArticles(db, articles);
  // The merges these stories made (of entities they mention), to remove with them.
  const made = await rows(
    'MATCH (m:MergeRecord), (e:Entity)-[:MENTIONED_IN]->(a:Article) WHERE a.id IN $articles AND m.kept = e.id RETURN DISTINCT m.id AS id, m.merged AS merged',
  );
  for (const m of made) if (!mergesBefore.has(String(m.id))) createdMerges.add(String(m.merged));
}, 120_000);

afterAll(async () => {
  for (const id of ids.keys()) await deleteArticle(db, id);
  await db.writeTx((tx) => tx.runText('MATCH (m:MergeRecord) WHERE m.merged IN $created DELETE m', { created: [...createdMerges] }));
  await db.close();
});

/** Rows of a query over the fixture articles (all of them by default), given as $articles. */
async function rows(cypher: string, files?: string[], params: Record<string, unknown> = {}) {
  const articles = [...ids].filter(([, f]) => !files || files.includes(f)).map(([id]) => id);
  return db.readTx((tx) => tx.runText(cypher, { ...params, articles }));
}
/** Entities the fixtures mention: id, type, name, the files and every alias those articles used. */
async function mentioned(where: string, files?: string[], params: Record<string, string> = {}) {
  return rows(
    `MATCH (e:Entity)-[m:MENTIONED_IN]->(a:Article) WHERE a.id IN $articles AND ${where}
     RETURN e.id AS id, e.type AS type, e.name AS name, collect(DISTINCT a.file) AS files,
            reduce(all = [], xs IN collect(m.aliases) | all + xs) AS aliases`,
    files,
    params,
  );
}
const aliasesOf = async (id: string) => [...new Set((await mentioned('e.id = $id', undefined, { id })).flatMap((r) => r.aliases as string[]))].sort();

describe('BBC stories in the graph', () => {
  it('ingests all thirteen stories, merging across them only what names and context back', async () => {
    expect(summary).toMatchObject({ articles: 13, new: 13, failed: 0 });
    expect(ids.size).toBe(13);
    const merges = await rows('MATCH (m:MergeRecord) WHERE m.merged IN $created RETURN m.kept AS kept, m.merged AS merged', undefined, { created: [...createdMerges] });
    // "Lord Goldsmith" of a story that never gives his first name is the Peter Goldsmith of
    // another, by what the two stories share: decided for that story alone, with its reason on
    // the mention, and no merge record (the next "Lord Goldsmith" is decided by its own story).
    expect(merges).toEqual([]);
    const goldsmith = await rows(
      "MATCH (e:Entity)-[m:MENTIONED_IN]->(a:Article) WHERE a.id IN $articles AND 'person:goldsmith' IN coalesce(m.mergedFrom, []) RETURN e.id AS id, m.resolvedBy AS why",
    );
    expect(goldsmith).toEqual([{ id: 'person:peter-goldsmith', why: [expect.stringMatching(/surname of "Peter Goldsmith"/)] }]);
  });

  it('has exactly one Tony Blair, with the "Mr Blair" of every story, and Cherie Blair apart', async () => {
    const tony = await mentioned("e:Person AND e.name = 'Tony Blair'");
    expect(tony.map((r) => r.id)).toEqual(['person:tony-blair']);
    // 344 names him only as "Mr Blair", in a story about Labour: the table of office-holders says who that is.
    expect((tony[0]!.files as string[]).sort()).toEqual(['011.txt', '013.txt', '104.txt', '184.txt', '295.txt', '327.txt', '344.txt']);
    const tonyAliases = await aliasesOf('person:tony-blair');
    expect(tonyAliases).toContain('Mr Blair');
    expect(tonyAliases.filter((a) => /Cherie|Mrs|Booth/.test(a))).toEqual([]);
    const cherie = await mentioned("e:Person AND e.name STARTS WITH 'Cherie'");
    expect(cherie.map((r) => r.id)).toEqual(['person:cherie-blair']);
    expect((cherie[0]!.files as string[]).sort()).toEqual(['184.txt', '194.txt', '327.txt']);
    expect(await aliasesOf('person:cherie-blair')).toEqual(expect.arrayContaining(['Mrs Blair']));
  });

  it('gives what "the prime minister" told the press to Tony Blair', async () => {
    const [said] = await rows(
      `MATCH (sp)-[:SAID]->(s:Statement)-[:IN]->(a:Article) WHERE a.id IN $articles AND s.text STARTS WITH 'the matter had been dealt with'
       RETURN collect(sp.id) AS speakers`,
      ['politics/184.txt'],
    );
    expect(said!.speakers).toEqual(['person:tony-blair']);
  });

  it('keeps Mrs Howard off Michael Howard (she is Sandra Howard, "his wife, Sandra"), and leaves a "Mr Howard" beside two Howards open', async () => {
    expect((await aliasesOf('person:michael-howard')).filter((a) => /Mrs/.test(a))).toEqual([]);
    const wife = await mentioned("e:Person AND e.name = 'Sandra Howard'", ['politics/011.txt']);
    expect(wife.map((r) => r.id)).toEqual(['person:sandra-howard']);
    expect(await mentioned("e:Person AND e.name = 'John Howard'")).toHaveLength(1);
    expect(await aliasesOf('person:john-howard')).not.toContain('Mr Howard');
  });

  it('never merges Prince William into Rowan Williams', async () => {
    expect((await aliasesOf('person:rowan-williams')).filter((a) => /William\b|Prince/.test(a))).toEqual([]);
    expect(await mentioned("e:Person AND e.name = 'William'")).toHaveLength(1);
  });

  it('keeps Labour and the Conservatives two parties, each described party on its own', async () => {
    const parties = await mentioned("e:Organisation AND e.id IN ['org:labour-party', 'org:conservative-party']");
    expect(parties.map((r) => r.id).sort()).toEqual(['org:conservative-party', 'org:labour-party']);
    expect(await aliasesOf('org:conservative-party')).toEqual(expect.arrayContaining(['Tory party', 'Tories', 'Conservative party', 'Conservatives']));
    expect((await aliasesOf('org:labour-party')).filter((a) => /Tor|Conservative/.test(a))).toEqual([]);
    const [merges] = await rows(
      "MATCH (m:MergeRecord) WHERE m.kept IN ['org:labour-party', 'org:conservative-party'] OR m.merged IN ['org:labour-party', 'org:conservative-party'] RETURN count(m) AS n",
    );
    expect(Number(merges!.n)).toBe(0);
  });

  it('never links "the House" of a British story to the US House of Representatives', async () => {
    const politics = [...ids.values()].filter((f) => f.startsWith('politics/'));
    expect(await mentioned("e.id = 'org:house-of-representatives'", politics)).toEqual([]);
    expect((await mentioned("e.id IN ['org:house-of-commons', 'org:house-of-lords']", politics)).length).toBeGreaterThan(0);
  });

  it('makes London a place, never also an organisation', async () => {
    expect(await mentioned("e:Organisation AND e.name = 'London'")).toEqual([]);
    expect((await mentioned("e:Place AND e.name = 'London'")).length).toBeGreaterThan(0);
  });

  it('links no description to a body it cannot mean', async () => {
    expect((await aliasesOf('org:rosneft')).filter((a) => /holding|shell/.test(a))).toEqual([]);
    expect((await aliasesOf('org:imf')).filter((a) => /pension/.test(a))).toEqual([]);
    // "The paper" after the Observer is the Observer's, or no one's: never the Financial Times' twice.
    const ft = await mentioned("e.id = 'org:financial-times'", ['business/212.txt']);
    expect((ft[0]!.aliases as string[]).filter((a) => /paper/i.test(a)).length).toBeLessThanOrEqual(1);
  });

  // Fails until the graph writes a place named like a known state as that state's Country, as
  // the extractor does within one article: politics/295 names Iraq only as where a war is (a
  // Place in that article, as the gold conventions have it), so the graph holds place:iraq
  // beside the country:iraq of the other stories.
  it('has Iraq as one Country, never also a Place', async () => {
    expect((await mentioned("e.id = 'country:iraq'")).length).toBe(1);
    expect(await mentioned("e.id = 'place:iraq'")).toEqual([]);
  });
});
