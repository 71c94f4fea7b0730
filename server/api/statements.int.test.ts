// The statements connection: stable keyset pagination and every filter, against a real
// Neo4j, on a graph built by ingestExtraction from hand-written fixtures.
import { describe, expect, it } from 'vitest';
import { ALL_ARTICLES, BALANZINI_1997, FOUNDING_ACT_1997, KOZYREV_1994, LAVROV_2021 } from '../../tests/fixtures/api/articles.ts';
import { useGraph } from '../../tests/fixtures/api/harness.ts';

const api = useGraph(ALL_ARTICLES);
const gql: ReturnType<typeof api.gql> = (...args) => api.gql()(...args);

describe('statements', () => {
  const PAGE = `query ($filter: StatementFilter, $first: Int, $after: String, $order: StatementOrder) {
    statements(filter: $filter, first: $first, after: $after, order: $order) {
      totalCount pageInfo { hasNextPage endCursor } edges { cursor node { id date text } } } }`;
  interface Page {
    statements: {
      totalCount: number;
      pageInfo: { hasNextPage: boolean; endCursor: string | null };
      edges: { cursor: string; node: { id: string; date: string | null; text: string } }[];
    };
  }

  async function all(filter: Record<string, unknown>, order = 'NEWEST_FIRST', first = 2) {
    const ids: string[] = [];
    let after: string | null = null;
    for (let i = 0; i < 50; i++) {
      const res: Awaited<ReturnType<typeof gql<Page>>> = await gql<Page>(PAGE, { filter, first, after, order });
      expect(res.errors).toEqual([]);
      const page = res.data?.statements;
      ids.push(...(page?.edges.map((e) => e.node.id) ?? []));
      if (!page?.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor;
    }
    return ids;
  }

  it('pages are stable: concatenated, they are the one big page, with no duplicates', async () => {
    const filter = { about: 'org:nato', from: '1994-01-01', to: '2021-12-31' };
    for (const order of ['NEWEST_FIRST', 'OLDEST_FIRST']) {
      const big = await gql<Page>(PAGE, { filter, first: 100, order });
      const bigIds = big.data?.statements.edges.map((e) => e.node.id) ?? [];
      expect(bigIds.length).toBe(big.data?.statements.totalCount);
      expect(bigIds.length).toBeGreaterThanOrEqual(9);
      const paged = await all(filter, order, 2);
      expect(paged).toEqual(bigIds);
      expect(new Set(paged).size).toBe(paged.length);
    }
  });

  it('is newest first by default, ties broken by id', async () => {
    const res = await gql<Page>(PAGE, { filter: { article: FOUNDING_ACT_1997.id }, first: 10 });
    const nodes = res.data?.statements.edges.map((e) => e.node) ?? [];
    expect(nodes).toHaveLength(5);
    expect(nodes.map((n) => n.id)).toEqual(nodes.map((n) => n.id).sort().reverse());
  });

  it('filters by speaker, audience, about, text, dates, kind and article', async () => {
    const texts = async (filter: Record<string, unknown>) =>
      (await gql<Page>(PAGE, { filter, first: 100 })).data?.statements.edges.map((e) => e.node.text) ?? [];
    expect(await texts({ speaker: 'person:andrei-kozyrev' })).toEqual([KOZYREV_1994.extraction.statements[0]?.text]);
    expect(await texts({ audience: 'org:state-duma' })).toEqual([KOZYREV_1994.extraction.statements[0]?.text]);
    expect(await texts({ about: 'org:nato', from: '2021-01-01', to: '2021-12-31', speaker: 'person:sergey-lavrov' })).toHaveLength(2);
    expect(await texts({ about: 'org:nato', from: '2021-01-01', kind: 'indirect', speaker: 'person:sergey-lavrov' })).toEqual([
      'Moscow would suspend its mission to NATO',
    ]);
    expect(await texts({ text: 'equal dialogue', article: LAVROV_2021.id })).toEqual(['NATO is not interested in an equal dialogue']);
    expect(await texts({ text: 'enemies', article: FOUNDING_ACT_1997.id })).toEqual(['Russia and NATO are no longer enemies.']);
    expect(await texts({ article: BALANZINI_1997.id, to: '1997-01-01' })).toEqual([]);
  });

  it('refuses a bad date, a reversed range and a forged cursor with BAD_USER_INPUT', async () => {
    for (const variables of [
      { filter: { from: '1997-13-01' } },
      { filter: { from: '6 May 1997' } },
      { filter: { from: '2000-01-01', to: '1999-01-01' } },
      { after: 'bm90IGEgY3Vyc29y' },
      { first: 0 },
    ]) {
      const res = await gql(PAGE, variables);
      expect(res.errors[0]?.extensions?.code, JSON.stringify(variables)).toBe('BAD_USER_INPUT');
    }
  });
});
