// Mutations through GraphQL with the write token: ingest and delete an article, merge two
// entities by hand and split them again.
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { articleFixture } from '../../tests/fixtures/api/build.ts';
import { client, connectTestDb, deleteAll, ingestAll, testApp, WRITE_TOKEN, type CountingDb } from '../../tests/fixtures/api/harness.ts';

const AUTH = { authorization: `Bearer ${WRITE_TOKEN}` };
const URL_ID = 'https://news.example/api-test/kremlin-briefing';

/** Two names for one Kremlin spokesman that entity resolution does not join by itself. */
const BRIEFING = articleFixture({
  id: 'api-test:1997-03-20-briefing',
  published: '1997-03-20',
  text:
    'MOSCOW -- Sergei Yastrzhembsky told reporters: "The president will go to Helsinki." ' +
    'The Kremlin spokesman said: "NATO expansion remains a mistake."',
  entities: [
    { id: 'person:api-test-yastrzhembsky', type: 'Person', name: 'Sergei Yastrzhembsky' },
    { id: 'person:api-test-kremlin-spokesman', type: 'Person', name: 'Kremlin spokesman', surfaces: ['Kremlin spokesman'] },
    { id: 'org:nato', type: 'Organisation', name: 'NATO' },
  ],
  statements: [
    { speaker: 'person:api-test-yastrzhembsky', text: 'The president will go to Helsinki.', audience: ['reporters'] },
    { speaker: 'person:api-test-kremlin-spokesman', text: 'NATO expansion remains a mistake.', about: ['org:nato'] },
  ],
});

interface Entity {
  id: string;
  name: string;
  aliases: string[];
  statementsMade: { text: string }[];
  merges: { mergedId: string; mergedName: string; manual: boolean; reason: string; at: string }[];
}

const ENTITY_FIELDS = 'id name aliases statementsMade { text } merges { mergedId mergedName manual reason at }';

let db: CountingDb;
let gql: ReturnType<typeof client>;

beforeAll(async () => {
  db = await connectTestDb(inject('neo4jUri'));
  await ingestAll(db, [BRIEFING]);
  gql = client(testApp(db));
});

afterAll(async () => {
  await deleteAll(db, [BRIEFING]);
  await gql('mutation ($id: ID!) { deleteArticle(id: $id) }', { id: URL_ID }, AUTH);
  await db.close();
});

describe('ingestArticle and deleteArticle', () => {
  const INGEST = `mutation ($input: ArticleInput!) { ingestArticle(input: $input) {
    status statements entities article { id title published source url text } } }`;
  const input = {
    text: 'MOSCOW -- Foreign Minister Yevgeny Primakov said on Monday that talks with NATO would continue.',
    title: 'Talks Continue',
    published: '1997-05-12',
    source: 'Test Wire',
    url: URL_ID,
  };

  it('ingests an article once, then finds it unchanged', async () => {
    const first = await gql<{ ingestArticle: { status: string; article: Record<string, string> } }>(INGEST, { input }, AUTH);
    expect(first.errors).toEqual([]);
    expect(first.data?.ingestArticle.status).toMatch(/^(new|updated)$/);
    expect(first.data?.ingestArticle.article).toEqual({
      id: URL_ID,
      title: 'Talks Continue',
      published: '1997-05-12',
      source: 'Test Wire',
      url: URL_ID,
      text: input.text,
    });
    const again = await gql<{ ingestArticle: { status: string } }>(INGEST, { input }, AUTH);
    expect(again.data?.ingestArticle.status).toBe('unchanged');
  });

  it('refuses a bad date and an empty text', async () => {
    const badDate = await gql(INGEST, { input: { ...input, published: '12/05/1997' } }, AUTH);
    expect(badDate.errors[0]).toMatchObject({ message: expect.stringMatching(/input.published/), extensions: { code: 'BAD_USER_INPUT' } });
    const empty = await gql(INGEST, { input: { ...input, text: '  ' } }, AUTH);
    expect(empty.errors[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('deletes it, and says so only once', async () => {
    const DELETE = 'mutation ($id: ID!) { deleteArticle(id: $id) }';
    expect((await gql(DELETE, { id: URL_ID }, AUTH)).data).toEqual({ deleteArticle: true });
    expect((await gql('query ($id: ID!) { article(id: $id) { id } }', { id: URL_ID })).data).toEqual({ article: null });
    expect((await gql(DELETE, { id: URL_ID }, AUTH)).data).toEqual({ deleteArticle: false });
  });
});

describe('mergeEntities and splitEntity', () => {
  const MERGE = `mutation ($keep: ID!, $merge: ID!) { mergeEntities(keep: $keep, merge: $merge) { ${ENTITY_FIELDS} } }`;
  const SPLIT = `mutation ($id: ID!, $mergedId: ID!) { splitEntity(id: $id, mergedId: $mergedId) { ${ENTITY_FIELDS} } }`;
  const keep = 'person:api-test-yastrzhembsky';
  const merge = 'person:api-test-kremlin-spokesman';

  it('merges by hand: the kept entity takes the statements and records the merge', async () => {
    const res = await gql<{ mergeEntities: Entity }>(MERGE, { keep, merge }, AUTH);
    expect(res.errors).toEqual([]);
    const e = res.data?.mergeEntities;
    expect(e?.id).toBe(keep);
    expect(e?.statementsMade.map((s) => s.text).sort()).toEqual(['NATO expansion remains a mistake.', 'The president will go to Helsinki.']);
    expect(e?.merges).toEqual([
      { mergedId: merge, mergedName: 'Kremlin spokesman', manual: true, reason: expect.any(String), at: expect.any(String) },
    ]);
    expect((await gql('query ($id: ID!) { entity(id: $id) { id } }', { id: merge })).data).toEqual({ entity: null });
  });

  it('splits again: the merged entity comes back with its statements', async () => {
    const res = await gql<{ splitEntity: Entity }>(SPLIT, { id: keep, mergedId: merge }, AUTH);
    expect(res.errors).toEqual([]);
    expect(res.data?.splitEntity).toMatchObject({ id: merge, name: 'Kremlin spokesman', statementsMade: [{ text: 'NATO expansion remains a mistake.' }] });
    const kept = await gql<{ entity: Entity }>(`query ($id: ID!) { entity(id: $id) { ${ENTITY_FIELDS} } }`, { id: keep });
    expect(kept.data?.entity.merges).toEqual([]);
    expect(kept.data?.entity.statementsMade).toEqual([{ text: 'The president will go to Helsinki.' }]);
  });

  it('names what is wrong: unknown entity, self-merge, no such merge', async () => {
    const unknown = await gql(MERGE, { keep, merge: 'person:api-test-nobody' }, AUTH);
    expect(unknown.errors[0]).toMatchObject({ message: expect.stringMatching(/person:api-test-nobody/), extensions: { code: 'NOT_FOUND' } });
    const self = await gql(MERGE, { keep, merge: keep }, AUTH);
    expect(self.errors[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    // Refused inside server/graph's transaction: still the user's mistake, said as it is.
    const mixed = await gql(MERGE, { keep, merge: 'org:nato' }, AUTH);
    expect(mixed.errors[0]).toMatchObject({ message: 'Cannot merge an Organisation into a Person', extensions: { code: 'BAD_USER_INPUT' } });
    const noMerge = await gql(SPLIT, { id: keep, mergedId: merge }, AUTH);
    expect(noMerge.errors[0]?.extensions?.code).toBe('NOT_FOUND');
  });
});
