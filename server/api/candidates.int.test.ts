// A surname alone that no story ties to anyone stays its own person, with the full-name people
// it may be kept as candidates (Entity.candidates), through the real pipeline and Neo4j.
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { extractArticle } from '../extract/index.ts';
import { deleteArticle } from '../graph/delete-article.ts';
import { ingestExtraction } from '../graph/ingest.ts';
import { client, connectTestDb, testApp, type CountingDb } from '../../tests/fixtures/api/harness.ts';

const STORIES = [
  ['candidates-test:1', 'Harbour master Olaf Quennell said on Monday that the port would reopen.'],
  ['candidates-test:2', 'Ferry boss Ada Quennell said on Monday that the fares would rise.'],
  ['candidates-test:3', 'Mr Quennell said the bridge would close for a week of repairs.'],
] as const;

let db: CountingDb;
let gql: ReturnType<typeof client>;

beforeAll(async () => {
  db = await connectTestDb(inject('neo4jUri'));
  for (const [id, text] of STORIES) {
    await ingestExtraction(db, extractArticle({ meta: { file: `${id}.txt`, id, title: null, published: '2005-02-01', source: null, dateline: null }, text }), text);
  }
  gql = client(testApp(db));
});

afterAll(async () => {
  for (const [id] of STORIES) await deleteArticle(db, id);
  await db.close();
});

const candidatesOf = async (id: string) => {
  const res = await gql<{ entity: { candidates: { id: string }[] } | null }>('query ($id: ID!) { entity(id: $id) { candidates { id } } }', { id });
  expect(res.errors).toEqual([]);
  return res.data?.entity?.candidates.map((c) => c.id) ?? null;
};

describe('candidates of a surname alone', () => {
  it('keeps "Mr Quennell" apart, with every full-name Quennell as a candidate, most-mentioned first', async () => {
    expect(await candidatesOf('person:quennell')).toEqual(['person:ada-quennell', 'person:olaf-quennell']);
  });

  it('gives no candidates to a person named in full', async () => {
    expect(await candidatesOf('person:olaf-quennell')).toEqual([]);
  });
});
