import { describe, expect, it } from 'vitest';
import type { Filters } from './filter-graph.ts';
import type { Entity, Graph, GraphEdge, Statement } from './types.ts';
import { orderPath, viewStatements, yearBounds } from './view-model.ts';

const edge = (source: string, target: string, over: Partial<GraphEdge> = {}): GraphEdge => ({
  id: `${source}-${target}`,
  source,
  target,
  type: 'SAID_TO',
  count: 1,
  firstDate: null,
  lastDate: null,
  statementIds: [],
  ...over,
});
const nodes = (...ids: string[]) => ids.map((id) => ({ id, type: 'Person', label: id, kind: null, date: null, weight: 1 }));

describe('orderPath', () => {
  it('orders a path from one end to the other whatever the edge directions', () => {
    const g: Graph = { nodes: nodes('c', 'a', 'b', 'd'), edges: [edge('b', 'a'), edge('b', 'c'), edge('d', 'c')] };
    expect(orderPath(g, 'a', 'd')).toEqual(['a', 'b', 'c', 'd']);
  });

  it('falls back to the node order when the ends are not connected', () => {
    const g: Graph = { nodes: nodes('a', 'b'), edges: [] };
    expect(orderPath(g, 'a', 'b')).toEqual(['a', 'b']);
  });
});

const statement = (id: string, speaker: string | null, date: string | null, kind: 'direct' | 'indirect' = 'direct'): Statement => ({
  id,
  kind,
  text: id,
  date,
  cue: 'said',
  speaker: speaker ? { id: speaker, type: 'Person', name: speaker } : null,
  audience: [],
  audienceText: [],
  about: [],
  via: null,
  article: { id: 'a1', title: null, published: date, source: null, url: null },
  span: { start: 0, end: 1 },
});
const entity = (id: string, made: Statement[], about: Statement[]): Entity => ({
  id,
  type: 'Person',
  name: id,
  aliases: [],
  titles: [],
  affiliation: null,
  roles: [],
  wikidata: null,
  candidates: [],
  counts: { mentions: 1, articles: 1, statementsMade: made.length, statementsAbout: about.length, statementsHeard: 0 },
  statementsMade: made,
  statementsAbout: about,
});
const open: Filters = { types: [], from: null, to: null, kind: null, hidden: [], keep: [] };

describe('viewStatements', () => {
  const lavrov = entity('lavrov', [statement('s1', 'lavrov', '2021-12-27'), statement('s2', 'lavrov', '1997-05-06', 'indirect')], [
    statement('s3', 'stoltenberg', '2021-12-20'),
    statement('s1', 'lavrov', '2021-12-27'),
  ]);

  it('collects statements made and about, once each', () => {
    expect(viewStatements([lavrov], new Set(['lavrov', 'stoltenberg']), open).map((s) => s.id)).toEqual(['s1', 's2', 's3']);
  });

  it('leaves out statements whose speaker is not in view', () => {
    expect(viewStatements([lavrov], new Set(['lavrov']), open).map((s) => s.id)).toEqual(['s1', 's2']);
  });

  it('applies the date and kind filters', () => {
    const visible = new Set(['lavrov', 'stoltenberg']);
    expect(viewStatements([lavrov], visible, { ...open, to: 2020 }).map((s) => s.id)).toEqual(['s2']);
    expect(viewStatements([lavrov], visible, { ...open, kind: 'indirect' }).map((s) => s.id)).toEqual(['s2']);
  });
});

describe('yearBounds', () => {
  it('spans the corpus dates and the loaded graphs', () => {
    const g: Graph = { nodes: [], edges: [edge('a', 'b', { firstDate: '1991-01-01', lastDate: '2023-02-02' })] };
    expect(yearBounds({ firstDate: '1994-05-26', lastDate: '2021-12-27' }, [])).toEqual({ min: 1994, max: 2021 });
    expect(yearBounds({ firstDate: '1994-05-26', lastDate: '2021-12-27' }, [g])).toEqual({ min: 1991, max: 2023 });
  });

  it('widens a single year into a range, and has none with no dates at all', () => {
    expect(yearBounds({ firstDate: '1997-05-06', lastDate: '1997-05-06' }, [])).toEqual({ min: 1996, max: 1997 });
    expect(yearBounds(null, [])).toBeNull();
    expect(yearBounds({ firstDate: null, lastDate: null }, [{ nodes: [], edges: [] }])).toBeNull();
  });
});
