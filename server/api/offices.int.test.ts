// People the reference table of office-holders knows, end to end: extracted from hand-written
// stories by the real pipeline, ingested into the test run's Neo4j and read through the API.
// A surname alone becomes the holder in office on the story's date; the person gets the
// Wikidata QID and the table's dated offices (HOLDS_ROLE {title, from, to, source}), written
// once however many stories name them.
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Extraction } from '../../common/extraction.ts';
import { extractArticle } from '../extract/index.ts';
import { deleteArticle } from '../graph/delete-article.ts';
import { ingestExtraction } from '../graph/ingest.ts';
import { client, connectTestDb, testApp, type CountingDb } from '../../tests/fixtures/api/harness.ts';

const story = (id: string, published: string, text: string) => {
  const extraction: Extraction = extractArticle({ meta: { file: `${id}.txt`, id, title: null, published, source: null, dateline: null }, text });
  return { id, text, extraction };
};

const STORIES = [
  story('offices-test:1', '2004-12-20', 'UK Home Secretary Charles Clarke told Labour MPs on Monday that the identity card bill would pass.'),
  story('offices-test:2', '2004-12-21', 'Mr Clarke told the Commons that Labour would not delay the bill. Tory MPs said the plan was flawed.'),
  story('offices-test:3', '2004-12-01', 'Mr Clarke told the Commons that Labour would not delay the bill.'),
];

let db: CountingDb;
let gql: ReturnType<typeof client>;

beforeAll(async () => {
  db = await connectTestDb(inject('neo4jUri'));
  for (const s of STORIES) await ingestExtraction(db, s.extraction, s.text);
  // Again: the table's offices are written once.
  await ingestExtraction(db, STORIES[1]!.extraction, `${STORIES[1]!.text} `);
  gql = client(testApp(db));
});

afterAll(async () => {
  for (const s of STORIES) await deleteArticle(db, s.id);
  await db.close();
});

interface Role {
  title: string;
  from: string | null;
  to: string | null;
  source: string | null;
  asOf: string | null;
  organisation: { id: string; type: string };
}

async function entity(id: string) {
  const res = await gql<{ entity: { name: string; wikidata: string | null; roles: Role[]; articles: { id: string }[] } | null }>(
    'query ($id: ID!) { entity(id: $id) { name wikidata roles { title from to source asOf organisation { id type } } articles { id } } }',
    { id },
  );
  expect(res.errors).toEqual([]);
  return res.data?.entity ?? null;
}

describe('office-holders in the graph', () => {
  it('links "Mr Clarke" of a story dated after 15 December 2004 to Charles Clarke, with his QID', async () => {
    const clarke = await entity('person:charles-clarke');
    expect(clarke?.wikidata).toBe('Q333758');
    expect(clarke?.articles.map((a) => a.id).sort()).toEqual(['offices-test:1', 'offices-test:2']);
  });

  it('leaves the "Mr Clarke" of 1 December 2004, before he took office, unlinked', async () => {
    const rows = await db.readTx((tx) =>
      tx.runText("MATCH (e:Entity)-[:MENTIONED_IN]->(:Article {id: 'offices-test:3'}) WHERE e:Person RETURN e.id AS id, e.wikidata AS wikidata"),
    );
    expect(rows).toHaveLength(1);
    expect(rows[0]!.id).not.toBe('person:charles-clarke');
    expect(rows[0]!.wikidata).toBeNull();
  });

  it('gives the dated office from the table once, beside the title the story gives', async () => {
    const roles = (await entity('person:charles-clarke'))!.roles;
    const table = roles.filter((r) => r.source === 'office-holders');
    expect(table).toEqual([
      { title: 'home secretary', from: '2004-12-15', to: '2006-05-05', source: 'office-holders', asOf: null, organisation: { id: 'country:united-kingdom', type: 'Country' } },
    ]);
    const fromStory = roles.filter((r) => r.source === 'offices-test:1');
    expect(fromStory.map((r) => [r.title, r.asOf])).toEqual([['UK Home Secretary', '2004-12-20']]);
  });
});
