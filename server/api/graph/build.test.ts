import { describe, expect, it } from 'vitest';
import { buildGraph, edgeId, toActorEdge, toStatementElements } from './build.ts';
import type { GraphEdge, GraphNode } from '../types.ts';

const node = (id: string, label = id): GraphNode => ({ id, type: 'Person', label, kind: null, date: null, weight: 1 });
const edge = (type: string, source: string, target: string): GraphEdge => ({
  id: edgeId(type, source, target),
  source,
  target,
  type,
  count: 1,
  firstDate: null,
  lastDate: null,
  statementIds: [],
});

describe('buildGraph', () => {
  it('keeps the first of duplicate nodes and edges', () => {
    const g = buildGraph([node('a', 'first'), node('b'), node('a', 'second')], [edge('SAID_TO', 'a', 'b'), edge('SAID_TO', 'a', 'b')]);
    expect(g.nodes.map((n) => n.label)).toEqual(['first', 'b']);
    expect(g.edges).toHaveLength(1);
  });

  it('drops edges whose source or target is not a node', () => {
    const g = buildGraph([node('a'), node('b')], [edge('SAID_TO', 'a', 'b'), edge('SAID_ABOUT', 'a', 'x'), edge('HOLDS_ROLE', 'y', 'b')]);
    expect(g.edges.map((e) => e.id)).toEqual(['SAID_TO:a->b']);
  });
});

describe('row mapping', () => {
  it('reads an aggregated actor edge', () => {
    const e = toActorEdge({
      source: 'person:a', target: 'org:b', type: 'SAID_ABOUT', count: 2, firstDate: '1994-01-01', lastDate: '2021-02-03', statementIds: ['s1', 's2'],
    });
    expect(e).toEqual({
      id: 'SAID_ABOUT:person:a->org:b', source: 'person:a', target: 'org:b', type: 'SAID_ABOUT', count: 2,
      firstDate: '1994-01-01', lastDate: '2021-02-03', statementIds: ['s1', 's2'],
    });
  });

  it('gives a statement node SAID, TO and ABOUT edges and a short label', () => {
    const { node: n, edges } = toStatementElements({
      id: 's1', kind: 'direct', text: 'x'.repeat(200), date: '1997-05-06', speakerId: 'p', audienceIds: ['q'], aboutIds: ['r'],
    });
    expect(n.label.length).toBeLessThanOrEqual(80);
    expect(n.kind).toBe('direct');
    expect(edges.map((e) => e.id)).toEqual(['SAID:p->s1', 'TO:s1->q', 'ABOUT:s1->r']);
  });
});
