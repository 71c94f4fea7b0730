// DataLoader at work: the number of Cypher queries a request runs stays the same however
// many statements (and related entities and articles) it returns: no N+1.
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { BALANZINI_1997, FOUNDING_ACT_1997, PRIMAKOV_1997 } from '../../tests/fixtures/api/articles.ts';
import { articleFixture } from '../../tests/fixtures/api/build.ts';
import { client, connectTestDb, deleteAll, ingestAll, testApp, type CountingDb } from '../../tests/fixtures/api/harness.ts';

/** Primakov touring capitals: one statement to and about each, in one article. */
function tour(id: string, published: string, countries: string[]) {
  return articleFixture({
    id,
    published,
    text: countries.map((c) => `Primakov told ${c}: "Russia will keep talking to ${c} about NATO."`).join(' '),
    entities: [
      { id: 'person:yevgeny-primakov', type: 'Person', name: 'Yevgeny Primakov', aliases: ['Primakov'], surfaces: ['Primakov'] },
      { id: 'org:nato', type: 'Organisation', name: 'NATO' },
      ...countries.map((c) => ({ id: `country:${c.toLowerCase()}`, type: 'Country' as const, name: c })),
    ],
    statements: countries.map((c) => ({
      speaker: 'person:yevgeny-primakov',
      text: `Russia will keep talking to ${c} about NATO.`,
      audience: [`country:${c.toLowerCase()}`],
      about: ['org:nato', `country:${c.toLowerCase()}`],
    })),
  });
}

const SHORT_TOUR = tour('api-test:1997-06-01-primakov-tour', '1997-06-01', ['France', 'Germany']);
const LONG_TOUR = tour('api-test:1997-07-01-primakov-tour', '1997-07-01', ['Poland', 'Hungary', 'Italy', 'Spain', 'Norway', 'Canada']);
const ALL = [PRIMAKOV_1997, SHORT_TOUR, BALANZINI_1997, FOUNDING_ACT_1997, LONG_TOUR];

const ENTITY = `query ($id: ID!) { entity(id: $id) {
  name counts { statementsMade } articles { id title }
  statementsMade(first: 100) {
    id text date audienceText
    speaker { name affiliation { name } roles { title organisation { name } } }
    audience { name counts { statementsHeard } }
    about { name spokenAboutBy { count entity { name } } }
    article { title text mentions { start entity { name } } }
  } } }`;

const STATEMENTS = `query ($first: Int) { statements(first: $first, filter: { about: "org:nato" }) {
  totalCount edges { node { text speaker { name counts { statementsMade } } about { name } audience { name } article { title } } } } }`;

let db: CountingDb;
let gql: ReturnType<typeof client>;

beforeAll(async () => {
  db = await connectTestDb(inject('neo4jUri'));
  gql = client(testApp(db));
});

afterAll(async () => {
  await deleteAll(db, ALL);
  await db.close();
});

async function measure<T>(query: string, variables: Record<string, unknown>): Promise<{ queries: number; names: string[]; data: T | null }> {
  db.queries = 0;
  db.names = [];
  const res = await gql<T>(query, variables);
  expect(res.errors).toEqual([]);
  return { queries: db.queries, names: [...db.names], data: res.data };
}

describe('DataLoader batching', () => {
  // At most one query per loader per level of the response (15 for this query); which
  // batches coincide depends on when the database answers, never on how much data there is.
  const BOUND = 15;

  it('runs the same bounded number of queries for an entity with 4 statements as with 11', async () => {
    await ingestAll(db, [PRIMAKOV_1997, SHORT_TOUR]);
    type E = { entity: { statementsMade: unknown[] } };
    const small = await measure<E>(ENTITY, { id: 'person:yevgeny-primakov' });
    await ingestAll(db, [BALANZINI_1997, FOUNDING_ACT_1997, LONG_TOUR]);
    const large = await measure<E>(ENTITY, { id: 'person:yevgeny-primakov' });
    expect(large.data?.entity.statementsMade.length).toBeGreaterThanOrEqual((small.data?.entity.statementsMade.length ?? 0) + 7);
    for (const run of [small, large]) {
      expect(run.queries, run.names.join(' ')).toBeLessThanOrEqual(BOUND);
      expect(run.names.filter((n) => n === 'api/statements-by-ids')).toHaveLength(1);
      expect(run.names.filter((n) => n === 'api/article-mentions')).toHaveLength(1);
    }
  });

  it('runs as many queries for a page of 2 statements as for a page of 12', async () => {
    type S = { statements: { edges: unknown[] } };
    const two = await measure<S>(STATEMENTS, { first: 2 });
    const twelve = await measure<S>(STATEMENTS, { first: 12 });
    expect(twelve.data?.statements.edges).toHaveLength(12);
    // Page, count, statements, then entities, articles and counts: one batch each.
    for (const run of [two, twelve]) expect(run.queries, run.names.join(' ')).toBeLessThanOrEqual(6);
  });
});
