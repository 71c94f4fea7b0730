// Articles, their mentions and statements, the articles connection and stats, against a
// real Neo4j, on a graph built by ingestExtraction from hand-written fixtures.
import { describe, expect, it } from 'vitest';
import { ALL_ARTICLES, BALANZINI_1997, FOUNDING_ACT_1997, KOZYREV_1994, LAVROV_2021, PRIMAKOV_1997 } from '../../tests/fixtures/api/articles.ts';
import { useGraph } from '../../tests/fixtures/api/harness.ts';

const api = useGraph(ALL_ARTICLES);
const gql: ReturnType<typeof api.gql> = (...args) => api.gql()(...args);

describe('articles', () => {
  it('gives an article with its text, mentions (offsets into the text) and statements', async () => {
    const res = await gql<{
      article: {
        title: string;
        published: string;
        text: string;
        mentions: { start: number; end: number; entity: { id: string } }[];
        statements: { text: string; span: { start: number; end: number } }[];
      };
    }>(
      `query ($id: ID!) { article(id: $id) { title published text mentions { start end entity { id } } statements { text span { start end } } } }`,
      { id: PRIMAKOV_1997.id },
    );
    expect(res.errors).toEqual([]);
    const a = res.data?.article;
    expect(a?.text).toBe(PRIMAKOV_1997.text);
    expect(a?.published).toBe('1997-05-06');
    for (const m of a?.mentions ?? []) expect(a?.text.slice(m.start, m.end).length).toBeGreaterThan(0);
    const strasbourg = a?.mentions.filter((m) => m.entity.id === 'place:strasbourg') ?? [];
    expect(strasbourg.map((m) => a?.text.slice(m.start, m.end))).toEqual(['STRASBOURG', 'Strasbourg']);
    expect(a?.statements).toHaveLength(4);
    for (const s of a?.statements ?? []) expect(a?.text.slice(s.span.start, s.span.end)).toBe(s.text);
  });

  it('pages through articles newest first', async () => {
    const Q = 'query ($after: String) { articles(first: 2, after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { node { id published } } } }';
    const ids: string[] = [];
    let after: string | null = null;
    let total = 0;
    for (let i = 0; i < 100; i++) {
      const res: Awaited<ReturnType<typeof gql<{ articles: { totalCount: number; pageInfo: { hasNextPage: boolean; endCursor: string | null }; edges: { node: { id: string } }[] } }>>> =
        await gql(Q, { after });
      const page = res.data?.articles;
      total = page?.totalCount ?? 0;
      ids.push(...(page?.edges.map((e) => e.node.id) ?? []));
      if (!page?.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor;
    }
    expect(ids.length).toBe(total);
    expect(new Set(ids).size).toBe(ids.length);
    const mine = ids.filter((id) => id.startsWith('api-test:'));
    expect(mine).toEqual([LAVROV_2021.id, FOUNDING_ACT_1997.id, BALANZINI_1997.id, PRIMAKOV_1997.id, KOZYREV_1994.id]);
  });

  it('stats count what the graph holds', async () => {
    const res = await gql<{
      stats: { articles: number; statements: number; sources: number; byType: { type: string; count: number }[]; byKind: { type: string; count: number }[]; firstDate: string; lastDate: string };
    }>('{ stats { articles entities statements sources byType { type count } byKind { type count } firstDate lastDate } }');
    expect(res.errors).toEqual([]);
    const s = res.data?.stats;
    expect(s?.articles).toBeGreaterThanOrEqual(5);
    expect(s?.statements).toBeGreaterThanOrEqual(14);
    expect(s?.sources).toBeGreaterThanOrEqual(1);
    expect(s?.byType.map((t) => t.type)).toEqual(expect.arrayContaining(['Person', 'Organisation', 'Country', 'Place', 'Source']));
    expect(s?.byKind.reduce((n, k) => n + k.count, 0)).toBe(s?.statements);
    expect(s && s.firstDate <= '1994-06-22' && s.lastDate >= '2021-10-18').toBe(true);
  });
});
