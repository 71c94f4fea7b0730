import { describe, expect, it } from 'vitest';
import type { EdgeData, NodeData } from './to-elements.ts';
import { edgeWidth, mergeGraphs, nodeSize, toElements, withoutStatementNodes } from './to-elements.ts';
import type { Graph, GraphEdge, GraphNode } from './types.ts';

const node = (id: string, over: Partial<GraphNode> = {}): GraphNode => ({
  id,
  type: 'Person',
  label: id,
  kind: null,
  date: null,
  weight: 1,
  ...over,
});
const edge = (id: string, source: string, target: string, over: Partial<GraphEdge> = {}): GraphEdge => ({
  id,
  source,
  target,
  type: 'SAID_TO',
  count: 1,
  firstDate: '1997-05-06',
  lastDate: '1997-05-06',
  statementIds: [],
  ...over,
});

const nodesOf = (g: Graph) => toElements(g).filter((e) => e.group === 'nodes').map((e) => e.data as unknown as NodeData);
const edgesOf = (g: Graph) => toElements(g).filter((e) => e.group === 'edges').map((e) => e.data as unknown as EdgeData);

describe('toElements', () => {
  it('turns nodes and edges into cytoscape elements with their data', () => {
    const g: Graph = {
      nodes: [node('person:primakov', { label: 'Yevgeny Primakov', weight: 4 }), node('org:nato', { type: 'Organisation' })],
      edges: [edge('e1', 'person:primakov', 'org:nato', { count: 3, statementIds: ['a#1-2'] })],
    };
    const [p, n] = nodesOf(g);
    expect(p).toMatchObject({ id: 'person:primakov', type: 'Person', label: 'Yevgeny Primakov', name: 'Yevgeny Primakov', weight: 4 });
    expect(n?.type).toBe('Organisation');
    expect(edgesOf(g)).toEqual([
      {
        id: 'e1',
        source: 'person:primakov',
        target: 'org:nato',
        type: 'SAID_TO',
        count: 3,
        width: edgeWidth(3),
        firstDate: '1997-05-06',
        lastDate: '1997-05-06',
        statementIds: ['a#1-2'],
      },
    ]);
  });

  it('keeps one element per id', () => {
    const g: Graph = {
      nodes: [node('a'), node('a', { weight: 9 }), node('b')],
      edges: [edge('e', 'a', 'b'), edge('e', 'b', 'a')],
    };
    expect(nodesOf(g).map((n) => n.id)).toEqual(['a', 'b']);
    expect(nodesOf(g)[0]?.weight).toBe(9);
    expect(edgesOf(g)).toHaveLength(1);
    expect(edgesOf(g)[0]?.source).toBe('a');
  });

  it('drops edges whose source or target is not in the graph', () => {
    const g: Graph = { nodes: [node('a'), node('b')], edges: [edge('ok', 'a', 'b'), edge('x', 'a', 'gone'), edge('y', 'gone', 'b')] };
    expect(edgesOf(g).map((e) => e.id)).toEqual(['ok']);
  });

  it('gives an edge without an id, or with a node id, an id of its own', () => {
    const g: Graph = { nodes: [node('a'), node('b')], edges: [edge('', 'a', 'b'), edge('a', 'b', 'a', { type: 'SAID_ABOUT' })] };
    const ids = edgesOf(g).map((e) => e.id);
    expect(ids).toEqual(['a->b:SAID_TO', 'edge:a']);
  });

  it('shortens long labels to one line but keeps the full name', () => {
    const long = 'The Organisation for Security and Co-operation in Europe\nand more';
    const [n] = nodesOf({ nodes: [node('o', { label: long })], edges: [] });
    expect(n?.label.length).toBeLessThanOrEqual(36);
    expect(n?.label).not.toContain('\n');
    expect(n?.name).toBe(long);
  });

  it('labels a statement node with its date and the start of its text', () => {
    const [s] = nodesOf({ nodes: [node('s', { type: 'Statement', label: 'I want this meeting to be the last one', date: '1997-05-06', kind: 'direct' })], edges: [] });
    expect(s?.label.startsWith('1997-05-06\n')).toBe(true);
    expect(s?.kind).toBe('direct');
  });

  it('returns nothing for an empty graph', () => {
    expect(toElements({ nodes: [], edges: [] })).toEqual([]);
  });
});

describe('sizes', () => {
  it('widens edges with the count, within bounds', () => {
    expect(edgeWidth(1)).toBe(1);
    expect(edgeWidth(4)).toBeGreaterThan(edgeWidth(2));
    expect(edgeWidth(100000)).toBe(9);
    expect(edgeWidth(0)).toBe(1);
  });

  it('grows actor nodes with the weight; statement nodes stay small', () => {
    expect(nodeSize('Person', 0)).toBe(22);
    expect(nodeSize('Person', 16)).toBeGreaterThan(nodeSize('Person', 4));
    expect(nodeSize('Person', 1e6)).toBe(76);
    expect(nodeSize('Statement', 50)).toBe(14);
  });
});

describe('mergeGraphs', () => {
  it('unions graphs by id', () => {
    const a: Graph = { nodes: [node('a'), node('b')], edges: [edge('ab', 'a', 'b')] };
    const b: Graph = { nodes: [node('b', { weight: 5 }), node('c')], edges: [edge('ab', 'a', 'b'), edge('bc', 'b', 'c')] };
    const m = mergeGraphs(a, b);
    expect(m.nodes.map((n) => [n.id, n.weight])).toEqual([['a', 1], ['b', 5], ['c', 1]]);
    expect(m.edges.map((e) => e.id)).toEqual(['ab', 'bc']);
  });
});

describe('withoutStatementNodes', () => {
  it('drops statement nodes and their edges', () => {
    const g: Graph = {
      nodes: [node('a'), node('s', { type: 'Statement' }), node('b')],
      edges: [edge('as', 'a', 's', { type: 'SAID' }), edge('sb', 's', 'b', { type: 'TO' }), edge('ab', 'a', 'b')],
    };
    const out = withoutStatementNodes(g);
    expect(out.nodes.map((n) => n.id)).toEqual(['a', 'b']);
    expect(out.edges.map((e) => e.id)).toEqual(['ab']);
  });
});

describe('a large graph', () => {
  it('builds 1,000+ elements quickly and consistently', () => {
    const nodes = Array.from({ length: 800 }, (_, i) => node(`n${i}`, { weight: i % 17 }));
    const edges = Array.from({ length: 1600 }, (_, i) => edge(`e${i}`, `n${i % 800}`, `n${(i * 7 + 3) % 805}`));
    const t = performance.now();
    const els = toElements({ nodes, edges });
    expect(performance.now() - t).toBeLessThan(500);
    const ids = new Set(els.filter((e) => e.group === 'nodes').map((e) => e.data.id));
    for (const e of els.filter((x) => x.group === 'edges')) {
      expect(ids.has(e.data.source as string) && ids.has(e.data.target as string)).toBe(true);
    }
  });
});
