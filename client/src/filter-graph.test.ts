import { describe, expect, it } from 'vitest';
import { edgePasses, statementPasses, visibleElements, type Filters } from './filter-graph.ts';
import type { EdgeData, NodeData } from './to-elements.ts';

const node = (id: string, over: Partial<NodeData> = {}): NodeData => ({
  id,
  type: 'Person',
  label: id,
  name: id,
  kind: null,
  date: null,
  weight: 1,
  size: 22,
  ...over,
});
const edge = (id: string, source: string, target: string, first: string | null, last = first): EdgeData => ({
  id,
  source,
  target,
  type: 'SAID_TO',
  count: 1,
  width: 1,
  firstDate: first,
  lastDate: last,
  statementIds: [],
});
const open: Filters = {
  types: ['Person', 'Organisation', 'Country', 'Place', 'Source', 'Statement'],
  from: null,
  to: null,
  kind: null,
  hidden: [],
  keep: [],
};
const sorted = (s: Set<string>) => [...s].sort();

describe('statementPasses', () => {
  it('checks the year range inclusively and the kind', () => {
    expect(statementPasses('2021-12-27', 'direct', { from: 1994, to: 2020, kind: null })).toBe(false);
    expect(statementPasses('2020-12-31', 'direct', { from: 1994, to: 2020, kind: null })).toBe(true);
    expect(statementPasses('1994-01-01', 'direct', { from: 1994, to: null, kind: null })).toBe(true);
    expect(statementPasses('1997-05-06', 'indirect', { from: null, to: null, kind: 'direct' })).toBe(false);
  });

  it('lets undated statements through', () => {
    expect(statementPasses(null, null, { from: 2000, to: 2001, kind: null })).toBe(true);
  });
});

describe('edgePasses', () => {
  it('passes an edge whose date range overlaps the years', () => {
    const e = { firstDate: '1997-05-06', lastDate: '2021-12-27' };
    expect(edgePasses(e, { from: 2000, to: 2010 })).toBe(true);
    expect(edgePasses(e, { from: 2022, to: null })).toBe(false);
    expect(edgePasses(e, { from: null, to: 1996 })).toBe(false);
    expect(edgePasses({ firstDate: null, lastDate: null }, { from: 2022, to: 2023 })).toBe(true);
  });
});

describe('visibleElements', () => {
  const nodes = [node('lavrov'), node('nato', { type: 'Organisation' }), node('kozyrev'), node('russia', { type: 'Country' })];
  const edges = [
    edge('l-n', 'lavrov', 'nato', '2021-12-27'),
    edge('k-n', 'kozyrev', 'nato', '1994-05-26'),
    edge('k-r', 'kozyrev', 'russia', null),
  ];

  it('shows everything with no filters', () => {
    const v = visibleElements(nodes, edges, open);
    expect(v.nodes.size).toBe(4);
    expect(v.edges.size).toBe(3);
  });

  it('hides 2021 edges when the range ends in 2020, and the nodes left unconnected', () => {
    const v = visibleElements(nodes, edges, { ...open, to: 2020 });
    expect(sorted(v.edges)).toEqual(['k-n', 'k-r']);
    expect(sorted(v.nodes)).toEqual(['kozyrev', 'nato', 'russia']);
  });

  it('keeps the focus even when its edges are filtered out', () => {
    const v = visibleElements(nodes, edges, { ...open, to: 2020, keep: ['lavrov'] });
    expect(v.nodes.has('lavrov')).toBe(true);
  });

  it('hides types not ticked, and their edges', () => {
    const v = visibleElements(nodes, edges, { ...open, types: ['Person', 'Country'] });
    expect(sorted(v.nodes)).toEqual(['kozyrev', 'russia']);
    expect(sorted(v.edges)).toEqual(['k-r']);
  });

  it('hides nodes the analyst hid', () => {
    const v = visibleElements(nodes, edges, { ...open, hidden: ['russia'] });
    expect(v.nodes.has('russia')).toBe(false);
    expect(v.edges.has('k-r')).toBe(false);
  });

  it('filters statement nodes by kind and date', () => {
    const s = [node('s1', { type: 'Statement', kind: 'direct', date: '1997-05-06' }), node('s2', { type: 'Statement', kind: 'indirect', date: '1997-05-06' })];
    const e = [edge('a', 'kozyrev', 's1', null), edge('b', 'kozyrev', 's2', null)];
    const v = visibleElements([node('kozyrev'), ...s], e, { ...open, kind: 'direct' });
    expect(sorted(v.nodes)).toEqual(['kozyrev', 's1']);
  });

  it('keeps a node that never had edges', () => {
    expect(visibleElements([node('alone')], [], { ...open, to: 1990 }).nodes.has('alone')).toBe(true);
  });
});
