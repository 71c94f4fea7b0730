// Neighbourhood and path as the client's Graph (unique nodes, no dangling edge), against a
// real Neo4j, on a graph built by ingestExtraction from hand-written fixtures.
import { describe, expect, it } from 'vitest';
import { ALL_ARTICLES } from '../../tests/fixtures/api/articles.ts';
import { useGraph } from '../../tests/fixtures/api/harness.ts';

const api = useGraph(ALL_ARTICLES);
const gql: ReturnType<typeof api.gql> = (...args) => api.gql()(...args);

interface Graph {
  nodes: { id: string; type: string; label: string; weight: number }[];
  edges: { id: string; source: string; target: string; type: string; count: number; statementIds: string[] }[];
}

const GRAPH = 'nodes { id type label weight } edges { id source target type count firstDate lastDate statementIds }';

function checkGraph(g: Graph) {
  const ids = new Set(g.nodes.map((n) => n.id));
  expect(ids.size).toBe(g.nodes.length);
  expect(new Set(g.edges.map((e) => e.id)).size).toBe(g.edges.length);
  for (const e of g.edges) {
    expect(ids.has(e.source), e.id).toBe(true);
    expect(ids.has(e.target), e.id).toBe(true);
  }
}

describe('neighbourhood and path', () => {
  it('aggregates statements into SAID_TO and SAID_ABOUT edges, with roles and affiliations', async () => {
    const res = await gql<{ neighbourhood: Graph }>(`{ neighbourhood(id: "org:nato", depth: 1) { ${GRAPH} } }`);
    expect(res.errors).toEqual([]);
    const g = res.data?.neighbourhood as Graph;
    checkGraph(g);
    const solana = g.edges.find((e) => e.id === 'SAID_ABOUT:person:javier-solana->org:nato');
    expect(solana).toMatchObject({ type: 'SAID_ABOUT', count: 2 });
    expect(solana?.statementIds).toHaveLength(2);
    expect(g.edges.some((e) => e.type === 'AFFILIATED_WITH' && e.target === 'org:nato')).toBe(true);
    expect(g.edges.some((e) => e.type === 'HOLDS_ROLE' && e.target === 'org:nato')).toBe(true);
    expect(g.nodes.find((n) => n.id === 'org:nato')?.weight).toBeGreaterThanOrEqual(9);
  });

  it('with statements, gives statement nodes and SAID, TO, ABOUT edges instead', async () => {
    const res = await gql<{ neighbourhood: Graph }>(
      `{ neighbourhood(id: "person:andrei-kozyrev", depth: 1, withStatements: true) { ${GRAPH} } }`,
    );
    const g = res.data?.neighbourhood as Graph;
    checkGraph(g);
    expect(g.nodes.filter((n) => n.type === 'Statement')).toHaveLength(1);
    expect(g.edges.map((e) => e.type).sort()).toEqual(['ABOUT', 'SAID', 'TO']);
  });

  it('grows with depth, within the limit', async () => {
    const nodes = async (depth: number, limit = 150) =>
      (await gql<{ neighbourhood: Graph }>(`{ neighbourhood(id: "person:andrei-kozyrev", depth: ${depth}, limit: ${limit}) { ${GRAPH} } }`))
        .data?.neighbourhood.nodes ?? [];
    const one = await nodes(1);
    const two = await nodes(2);
    expect(one.map((n) => n.id).sort()).toEqual(['org:nato', 'org:state-duma', 'person:andrei-kozyrev']);
    expect(two.length).toBeGreaterThan(one.length);
    expect(two.map((n) => n.id)).toContain('person:sergey-lavrov');
    expect(await nodes(3, 4)).toHaveLength(4);
  });

  it('refuses a depth outside 1–3', async () => {
    for (const depth of [0, 4]) {
      const res = await gql(`{ neighbourhood(id: "org:nato", depth: ${depth}) { nodes { id } } }`);
      expect(res.errors[0]?.message).toMatch(/depth must be at (least 1|most 3)/);
      expect(res.errors[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    }
  });

  it('finds a path linking Kozyrev (1994) and Lavrov (2021) through statements about NATO', async () => {
    const res = await gql<{ path: Graph }>(`{ path(from: "person:andrei-kozyrev", to: "person:sergey-lavrov") { ${GRAPH} } }`);
    expect(res.errors).toEqual([]);
    const g = res.data?.path as Graph;
    checkGraph(g);
    expect(g.nodes.map((n) => n.id)).toEqual(['person:andrei-kozyrev', expect.any(String), 'person:sergey-lavrov']);
    expect(g.edges).toHaveLength(2);
    const via = g.nodes[1]?.id;
    expect(g.edges.every((e) => e.source === via || e.target === via)).toBe(true);
  });

  it('returns an empty graph when no path is short enough, and refuses maxHops over 6', async () => {
    const res = await gql<{ path: Graph }>(`{ path(from: "person:andrei-kozyrev", to: "person:sergey-lavrov", maxHops: 1) { ${GRAPH} } }`);
    expect(res.data?.path).toEqual({ nodes: [], edges: [] });
    const bad = await gql(`{ path(from: "person:andrei-kozyrev", to: "person:sergey-lavrov", maxHops: 7) { nodes { id } } }`);
    expect(bad.errors[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });
});
